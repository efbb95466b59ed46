package org.stemma.model;

import org.stemma.text.Span;

import java.util.Objects;

/**
 * What became of a claim's passage in another document, as the aligner found it and as the analyst
 * reviewed it; the stored form of the aligner's counterpart.
 *
 * @param id      0 for a counterpart not yet stored
 * @param span    where the passage is in the other document; {@code null} when {@link CounterpartKind#ABSENT}
 * @param text    the other document's wording of it; {@code null} when absent
 * @param changes the changed words as a JSON array, in the shape of {@code compare --json}:
 *                {@code {"left", "right", "leftStart", "leftEnd", "rightStart", "rightEnd"}}
 * @param equivalents the words written otherwise but equal by the difference rules it was computed under
 *                (Kiev and Kyiv declared the same), in the same shape; not changes (decision 1421)
 */
public record ClaimCounterpart(long id, long claimId, long documentId, CounterpartKind kind, Span span, String text,
                               String changes, Review review, String equivalents) {

    public enum Review { UNREVIEWED, CONFIRMED, REJECTED }

    public ClaimCounterpart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(review, "review");
        changes = changes == null ? "[]" : changes;
        equivalents = equivalents == null ? "[]" : equivalents;
        if ((kind == CounterpartKind.ABSENT) != (span == null) || (span == null) != (text == null)) {
            throw new IllegalArgumentException("an absent counterpart has no span or text, any other has both");
        }
    }

    /** One without equivalent spellings (stored before version 10, or computed under rules with none). */
    public ClaimCounterpart(long id, long claimId, long documentId, CounterpartKind kind, Span span, String text,
                            String changes, Review review) {
        this(id, claimId, documentId, kind, span, text, changes, review, "[]");
    }

    /** A freshly computed counterpart, not yet stored or reviewed, with no equivalent spellings. */
    public static ClaimCounterpart computed(long claimId, long documentId, CounterpartKind kind, Span span, String text,
                                            String changes) {
        return computed(claimId, documentId, kind, span, text, changes, "[]");
    }

    public static ClaimCounterpart computed(long claimId, long documentId, CounterpartKind kind, Span span, String text,
                                            String changes, String equivalents) {
        return new ClaimCounterpart(0, claimId, documentId, kind, span, text, changes, Review.UNREVIEWED, equivalents);
    }

    public ClaimCounterpart withReview(Review newReview) {
        return new ClaimCounterpart(id, claimId, documentId, kind, span, text, changes, newReview, equivalents);
    }

    public ClaimCounterpart withId(long newId) {
        return new ClaimCounterpart(newId, claimId, documentId, kind, span, text, changes, review, equivalents);
    }

    /** True when both say the same thing about the same document, whatever their ids and reviews. */
    public boolean sameFinding(ClaimCounterpart other) {
        return claimId == other.claimId && documentId == other.documentId && kind == other.kind
                && Objects.equals(span, other.span) && Objects.equals(text, other.text);
    }
}
