package org.stemma.model;

/** What became of a passage in another article: carried with the same wording, altered, or absent. */
public enum CounterpartKind {
    SAME, ALTERED, ABSENT
}
