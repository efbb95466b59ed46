package org.stemma.claims;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.align.Change;
import org.stemma.align.Counterpart.Kind;
import org.stemma.align.Counterpart;
import org.stemma.text.Span;

import java.util.Objects;

/**
 * What became of a claim's passage in another document, as the aligner found it and as the analyst
 * reviewed it; the stored form of an {@link Counterpart}.
 *
 * @param id      0 for a counterpart not yet stored
 * @param span    where the passage is in the other document; {@code null} when {@link Kind#ABSENT}
 * @param text    the other document's wording of it; {@code null} when absent
 * @param changes the changed words as a JSON array, in the shape of {@code compare --json}:
 *                {@code {"left", "right", "leftStart", "leftEnd", "rightStart", "rightEnd"}}
 */
public record ClaimCounterpart(long id, long claimId, long documentId, Kind kind, Span span, String text,
                               String changes, Review review) {

    public enum Review { UNREVIEWED, CONFIRMED, REJECTED }

    public ClaimCounterpart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(review, "review");
        changes = changes == null ? "[]" : changes;
        if ((kind == Kind.ABSENT) != (span == null) || (span == null) != (text == null)) {
            throw new IllegalArgumentException("an absent counterpart has no span or text, any other has both");
        }
    }

    /** A freshly computed counterpart, not yet stored or reviewed. */
    public static ClaimCounterpart computed(long claimId, long documentId, Kind kind, Span span, String text,
                                            String changes) {
        return new ClaimCounterpart(0, claimId, documentId, kind, span, text, changes, Review.UNREVIEWED);
    }

    /** The aligner's finding for a claim in the document {@code documentId}, whose text is {@code otherText}. */
    public static ClaimCounterpart of(long claimId, long documentId, String otherText, Counterpart found) {
        JsonArray changes = new JsonArray();
        for (Change change : found.changes()) {
            JsonObject o = new JsonObject();
            o.addProperty("left", change.leftText());
            o.addProperty("right", change.rightText());
            o.addProperty("leftStart", change.left().start());
            o.addProperty("leftEnd", change.left().end());
            o.addProperty("rightStart", change.right().start());
            o.addProperty("rightEnd", change.right().end());
            changes.add(o);
        }
        String text = found.span() == null ? null : found.span().of(otherText);
        return computed(claimId, documentId, found.kind(), found.span(), text, changes.toString());
    }

    public ClaimCounterpart withReview(Review newReview) {
        return new ClaimCounterpart(id, claimId, documentId, kind, span, text, changes, newReview);
    }

    public ClaimCounterpart withId(long newId) {
        return new ClaimCounterpart(newId, claimId, documentId, kind, span, text, changes, review);
    }

    /** True when both say the same thing about the same document, whatever their ids and reviews. */
    public boolean sameFinding(ClaimCounterpart other) {
        return claimId == other.claimId && documentId == other.documentId && kind == other.kind
                && Objects.equals(span, other.span) && Objects.equals(text, other.text);
    }
}
