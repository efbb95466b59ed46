package org.stemma.align;

import org.stemma.text.Span;

import java.util.List;

/**
 * A passage of the left article and its counterpart in the right one. A side may span several sentences
 * (a split or merged sentence); it is {@code null} for a passage found only on the other side. An
 * {@link Kind#EQUIVALENT} pair is the same by the comparison's options but not as written: its changes
 * are all {@link Change.Kind#EQUIVALENT}.
 *
 * @param leftSentences indexes into the left document's sentence list
 * @param similarity    share of words the two sides have in common, 0..1
 */
public record AlignedPair(Kind kind, Span left, Span right, List<Integer> leftSentences,
                          List<Integer> rightSentences, double similarity, List<Change> changes) {

    public enum Kind {
        IDENTICAL("identical"), EQUIVALENT("equivalent"), CHANGED("changed"), LEFT_ONLY("left-only"),
        RIGHT_ONLY("right-only");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public boolean isMatch() {
            return this == IDENTICAL || this == EQUIVALENT || this == CHANGED;
        }
    }

    public AlignedPair {
        leftSentences = List.copyOf(leftSentences);
        rightSentences = List.copyOf(rightSentences);
        changes = List.copyOf(changes);
    }

    /** The same pair seen from the other side. */
    public AlignedPair swapped() {
        Kind k = switch (kind) {
            case LEFT_ONLY -> Kind.RIGHT_ONLY;
            case RIGHT_ONLY -> Kind.LEFT_ONLY;
            case IDENTICAL, EQUIVALENT, CHANGED -> kind;
        };
        List<Change> flipped = changes.stream().map(Change::swapped).toList();
        return new AlignedPair(k, right, left, rightSentences, leftSentences, similarity, flipped);
    }
}
