package org.stemma.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A passage of an article that the analyst marks, tags and judges.
 *
 * @param id         0 for a claim not yet stored
 * @param documentId the stored document the passage belongs to
 * @param tags       sorted by name
 */
public record Claim(long id, long documentId, Anchor anchor, List<Tag> tags, ClaimStatus status, String note,
                    Instant created, Instant modified) {

    private static final Comparator<Tag> BY_NAME = Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Tag::id);

    public Claim {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        tags = tags.stream().sorted(BY_NAME).toList();
        note = note == null ? "" : note;
    }

    /** This claim as an edit leaves it, modified {@code now}. */
    public Claim with(Anchor newAnchor, List<Tag> newTags, ClaimStatus newStatus, String newNote, Instant now) {
        return new Claim(id, documentId, newAnchor, newTags, newStatus, newNote, created, now);
    }
}
