package org.stemma.align;

import org.stemma.model.CounterpartKind;
import org.stemma.text.Span;

import java.util.List;

/**
 * Where a passage of one article stands in another.
 *
 * @param span    the counterpart sentences in the other article, or {@code null} when absent
 * @param changes     the edits that touch the passage (empty when the wording is the same); words that
 *                    only moved within their sentence leave the wording the same
 * @param equivalents the words inside the passage written otherwise but equal by the comparison's rules
 *                    (Kiev and Kyiv declared the same): not changes, named so the analyst sees them
 */
public record Counterpart(CounterpartKind kind, Span span, List<Change> changes, List<Change> equivalents) {

    public Counterpart {
        changes = List.copyOf(changes);
        equivalents = List.copyOf(equivalents);
    }

    /**
     * Finds the counterpart of {@code passage}, a span of the comparison's left article, in its right
     * article: the right side of every pair the passage overlaps, and the changes inside the passage.
     */
    public static Counterpart of(Comparison comparison, Span passage) {
        Span found = null;
        List<Change> changes = new java.util.ArrayList<>();
        List<Change> equivalents = new java.util.ArrayList<>();
        for (AlignedPair pair : comparison.pairs()) {
            if (!pair.kind().isMatch() || !pair.left().overlaps(passage)) {
                continue;
            }
            found = found == null ? pair.right() : found.union(pair.right());
            for (Change change : pair.changes()) {
                if (change.isMove() || !touches(change, passage)) {
                    continue;
                }
                (change.isEdit() ? changes : equivalents).add(change);
            }
        }
        if (found == null) {
            return new Counterpart(CounterpartKind.ABSENT, null, List.of(), List.of());
        }
        return new Counterpart(changes.isEmpty() ? CounterpartKind.SAME : CounterpartKind.ALTERED, found, changes,
                equivalents);
    }

    private static boolean touches(Change change, Span passage) {
        if (change.leftWords().isEmpty()) {
            int at = change.left().start();
            return at > passage.start() && at < passage.end();
        }
        return change.leftWords().stream().anyMatch(w -> w.overlaps(passage));
    }
}
