package org.stemma.claims;

import org.stemma.model.ClaimCounterpart.Review;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.text.Span;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the claim editor asks for when the analyst presses OK.
 *
 * @param claimId    the claim to change, or 0 for a new claim on {@code span}
 * @param documentId the article the passage is in
 * @param span       the passage, in the article's own offsets
 * @param tags       the tags the claim should carry; those with id 0 are created with their colour
 * @param reviews    the analyst's review of counterparts, by counterpart id (only those to change)
 */
public record ClaimDraft(long claimId, long documentId, Span span, List<Tag> tags, ClaimStatus status, String note,
                         Map<Long, Review> reviews) {

    public ClaimDraft {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
        reviews = Map.copyOf(reviews);
    }

    public boolean isNew() {
        return claimId == 0;
    }
}
