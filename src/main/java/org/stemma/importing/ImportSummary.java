package org.stemma.importing;

import java.util.List;

/**
 * The result of one import, file by file in the order read.
 *
 * @param outcomes   one per file reached (and per folder that could not be entered)
 * @param cancelled  whether the analyst cancelled; what was added before stays added
 * @param notReached files found but not read because of the cancellation
 */
public record ImportSummary(List<FileOutcome> outcomes, boolean cancelled, int notReached) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** Files added, near twins included. */
    public List<FileOutcome> added() {
        return outcomes.stream()
                .filter(o -> o instanceof FileOutcome.Added || o instanceof FileOutcome.NearTwin).toList();
    }

    public List<FileOutcome.NearTwin> nearTwins() {
        return of(FileOutcome.NearTwin.class);
    }

    /** Files imported before and changed since, whose articles were updated in place. */
    public List<FileOutcome.Updated> updated() {
        return of(FileOutcome.Updated.class);
    }

    public List<FileOutcome.Duplicate> duplicates() {
        return of(FileOutcome.Duplicate.class);
    }

    public List<FileOutcome.Refused> refused() {
        return of(FileOutcome.Refused.class);
    }

    private <T extends FileOutcome> List<T> of(Class<T> kind) {
        return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
