package org.stemma.store;

import org.stemma.corpus.Metadata;

/** A stored article without its text: what a list of the corpus shows. */
public record DocumentHeader(long id, String name, Metadata metadata, SourceInfo source, String contentHash) {
}
