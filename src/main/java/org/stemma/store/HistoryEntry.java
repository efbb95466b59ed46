package org.stemma.store;

import java.time.Instant;

/**
 * One recorded change to a claim.
 *
 * @param label  what the analyst did, as the Undo menu names it ("Add claim", "Undo Set status")
 * @param before the claim as JSON before the change; {@code null} when it was created
 * @param after  the claim as JSON after the change; {@code null} when it was deleted
 */
public record HistoryEntry(long id, long claimId, Instant at, Kind kind, String label, String before, String after) {

    public enum Kind { CREATE, UPDATE, DELETE }
}
