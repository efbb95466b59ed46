package org.stemma.claims;

import org.stemma.text.Span;

import java.util.Objects;

/**
 * What became of a claim's passage in another document, and whether the analyst agrees.
 *
 * @param id      0 for a counterpart not yet stored
 * @param span    where the passage is in the other document; {@code null} when {@link Kind#ABSENT}
 * @param text    the other document's wording of it; {@code null} when absent
 * @param changes the differences from the claim's wording, as JSON (its shape is the aligner's)
 */
public record Counterpart(long id, long claimId, long documentId, Kind kind, Span span, String text,
                          String changes, Review review) {

    public enum Kind { SAME, ALTERED, ABSENT }

    public enum Review { UNREVIEWED, CONFIRMED, REJECTED }

    public Counterpart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(review, "review");
        changes = changes == null ? "[]" : changes;
        if ((kind == Kind.ABSENT) != (span == null) || (span == null) != (text == null)) {
            throw new IllegalArgumentException("an absent counterpart has no span or text, any other has both");
        }
    }

    /** A freshly computed counterpart, not yet stored or reviewed. */
    public static Counterpart computed(long claimId, long documentId, Kind kind, Span span, String text, String changes) {
        return new Counterpart(0, claimId, documentId, kind, span, text, changes, Review.UNREVIEWED);
    }

    public Counterpart withReview(Review newReview) {
        return new Counterpart(id, claimId, documentId, kind, span, text, changes, newReview);
    }

    public Counterpart withId(long newId) {
        return new Counterpart(newId, claimId, documentId, kind, span, text, changes, review);
    }

    /** True when both say the same thing about the same document, whatever their ids and reviews. */
    public boolean sameFinding(Counterpart other) {
        return claimId == other.claimId && documentId == other.documentId && kind == other.kind
                && Objects.equals(span, other.span) && Objects.equals(text, other.text);
    }
}
