package org.stemma.ui.claims;

import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The underlines the claims of one article draw: the article cut into runs where the same claims
 * apply, each with the colours of all their tags, so overlapping claims all stay visible (decision
 * record 0700); and which claims lie under a clicked character. Plain Java, built off the JavaFX thread
 * if need be; offsets are the article's own.
 */
public final class ClaimHighlights {

    /** The colour of a claim that has no tag yet. */
    public static final String UNTAGGED = "#6b6b6b";

    /**
     * A stretch covered by the same claims.
     *
     * @param claimIds the claims covering it, by position
     * @param colours  the distinct colours of their tags in that order (at least one)
     */
    public record Run(Span span, List<Long> claimIds, List<String> colours) {
        public Run {
            claimIds = List.copyOf(claimIds);
            colours = List.copyOf(colours);
        }

        /** How many claims cover the run. */
        public int depth() {
            return claimIds.size();
        }
    }

    private static final Comparator<Claim> BY_POSITION = Comparator.<Claim>comparingInt(c -> c.anchor().start())
            .thenComparingInt(c -> c.anchor().end()).thenComparingLong(Claim::id);

    private final List<Claim> claims;
    private final List<Run> runs;

    private ClaimHighlights(List<Claim> claims, List<Run> runs) {
        this.claims = claims;
        this.runs = runs;
    }

    /** The highlights of {@code claims}, all of one article. */
    public static ClaimHighlights of(List<Claim> claims) {
        List<Claim> sorted = claims.stream().sorted(BY_POSITION).toList();
        TreeSet<Integer> cutSet = new TreeSet<>();
        for (Claim c : sorted) {
            cutSet.add(c.anchor().start());
            cutSet.add(c.anchor().end());
        }
        List<Integer> cuts = List.copyOf(cutSet);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            List<Claim> covering = covering(sorted, cuts.get(i), cuts.get(i + 1));
            if (!covering.isEmpty()) {
                runs.add(new Run(new Span(cuts.get(i), cuts.get(i + 1)), covering.stream().map(Claim::id).toList(),
                        colours(covering)));
            }
        }
        return new ClaimHighlights(sorted, List.copyOf(runs));
    }

    /** The runs, in text order, only where there are claims. */
    public List<Run> runs() {
        return runs;
    }

    /** The claims covering {@code offset}, the innermost (shortest) first. */
    public List<Claim> claimsAt(int offset) {
        return claims.stream()
                .filter(c -> c.anchor().start() <= offset && offset < c.anchor().end())
                .sorted(Comparator.<Claim>comparingInt(c -> c.anchor().end() - c.anchor().start()).thenComparing(BY_POSITION))
                .toList();
    }

    private static List<Claim> covering(List<Claim> sorted, int from, int to) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : sorted) {
            if (c.anchor().start() >= to) {
                break;
            }
            if (c.anchor().start() <= from && c.anchor().end() >= to) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> colours(List<Claim> covering) {
        Set<String> colours = new LinkedHashSet<>();
        for (Claim c : covering) {
            if (c.tags().isEmpty()) {
                colours.add(UNTAGGED);
            }
            c.tags().stream().map(Tag::colour).forEach(colours::add);
        }
        return List.copyOf(colours);
    }
}
