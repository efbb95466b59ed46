package org.stemma.text;

import java.util.Arrays;
import java.util.List;

/**
 * One small normalisation step, and chains of them, after Lucene's analysis chain: every fingerprint and
 * comparison form in Stemma is a chain of the steps in {@link Folds}, so two of them differ only in the
 * steps they name, never in how a shared step is written.
 */
@FunctionalInterface
public interface Fold {

    String apply(String text);

    /** This step, then {@code next}. */
    default Fold then(Fold next) {
        return text -> next.apply(apply(text));
    }

    /** The steps in order; an empty chain leaves text as it is. */
    static Fold chain(Fold... steps) {
        List<Fold> list = List.copyOf(Arrays.asList(steps));
        return text -> {
            String out = text;
            for (Fold step : list) {
                out = step.apply(out);
            }
            return out;
        };
    }
}
