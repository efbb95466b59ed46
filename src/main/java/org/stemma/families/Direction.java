package org.stemma.families;

import org.stemma.align.AlignedPair;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.findings.Finding;
import org.stemma.findings.Homoglyph;
import org.stemma.model.PairScore;
import org.stemma.text.ComparisonForm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The evidence on which of two related articles is the source, as log-odds: positive when {@code a} is
 * the source of {@code b}. Each clue adds its weight; decision 1000 gives the weights and why.
 */
final class Direction {

    /** Log-odds from which a direction is stated (about 3 to 1). */
    static final double STATED = 1.0;

    static final double DATE_DAYS = 2.0;
    static final double DATE_MINUTES = 1.0;
    static final double CONTAINMENT = 1.5;
    static final double DISGUISE = 1.5;
    /** A copy that inherits an intermediate's variants: its source is that intermediate. */
    static final double INHERITED = 1.0;

    /** One piece of evidence; {@code weight} is for a being the source of b. */
    record Clue(double weight, String text) {
    }

    private final List<Clue> clues = new ArrayList<>();

    /** A cut copy is mostly its source's text: below this share of it in the other, lengths say nothing. */
    static final double CUT_COPY = 0.5;

    /** @param comparison the pair's comparison with a on the left, asked for only when disguises may tell */
    Direction(AnalyzedDocument a, String aLabel, AnalyzedDocument b, String bLabel, PairScore score,
              Supplier<Comparison> comparison) {
        dates(a, aLabel, b, bLabel);
        containment(aLabel, bLabel, score);
        if (Math.max(disguises(a), disguises(b)) >= 2) {
            disguises(comparison.get(), aLabel, bLabel);
        }
    }

    List<Clue> clues() {
        return clues;
    }

    void add(Clue clue) {
        clues.add(clue);
    }

    double logOdds() {
        return clues.stream().mapToDouble(Clue::weight).sum();
    }

    /** Probability that a is the source of b. */
    double probability() {
        return 1 / (1 + Math.exp(-logOdds()));
    }

    private void dates(AnalyzedDocument a, String aLabel, AnalyzedDocument b, String bLabel) {
        PublicationDate da = PublicationDate.parse(a.document().metadata().date());
        PublicationDate db = PublicationDate.parse(b.document().metadata().date());
        if (da == null || db == null) {
            String missing = da == null && db == null ? "neither states a date"
                    : (da == null ? aLabel : bLabel) + " states no date";
            clues.add(new Clue(0, "dates: " + missing));
            return;
        }
        long days = da.daysTo(db);
        long minutes = da.minutesTo(db);
        if (days == 0 && minutes == 0) {
            clues.add(new Clue(0, "dates: both dated " + da));
            return;
        }
        double weight = days != 0 ? Math.signum(days) * DATE_DAYS : Math.signum(minutes) * DATE_MINUTES;
        boolean aFirst = weight > 0;
        clues.add(new Clue(weight, "dates: " + (aFirst ? aLabel : bLabel) + " (" + (aFirst ? da : db)
                + ") is earlier than " + (aFirst ? bLabel : aLabel) + " (" + (aFirst ? db : da) + ")"));
    }

    /**
     * A copy trimmed from its source is contained in it, not the other way. The asymmetry must be both
     * absolute and relative (a tenth each), so two rewrites that each keep a sixth of the other say nothing.
     */
    private void containment(String aLabel, String bLabel, PairScore s) {
        double diff = s.aInB() - s.bInA();
        double high = Math.max(s.aInB(), s.bInA());
        if (high < CUT_COPY) {
            clues.add(new Clue(0, String.format("containment: neither is mostly found in the other (%d%% and %d%%): "
                    + "each adds text of its own, and their lengths say nothing", pct(s.aInB()), pct(s.bInA()))));
            return;
        }
        if (Math.abs(diff) < 0.1 || Math.abs(diff) / high < 0.1) {
            clues.add(new Clue(0, String.format("containment: %s and %s hold about the same share of each other (%d%% and %d%%)",
                    aLabel, bLabel, pct(s.aInB()), pct(s.bInA()))));
            return;
        }
        double weight = -Math.signum(diff) * CONTAINMENT * Math.min(1, Math.abs(diff) / 0.3);
        boolean aContained = diff > 0;
        String copy = aContained ? aLabel : bLabel;
        String source = aContained ? bLabel : aLabel;
        clues.add(new Clue(weight, String.format("containment: %d%% of %s is found in %s, only %d%% of %s in %s: %s reads as cut from %s",
                pct(Math.max(s.aInB(), s.bInA())), copy, source, pct(Math.min(s.aInB(), s.bInA())), source, copy, copy, source)));
    }

    /**
     * A spinner hides a copy's letters; an original has no reason to, and a copy keeps the look-alikes it
     * was given. So only look-alikes in the text the two share (aligned passages) count, and only where the other reads the
     * same word plainly: an excerpt of a spun article carries the look-alikes of the passage it quotes, not
     * those of the rest, and is no more disguised than its source where they meet. Only passages that read
     * nearly alike (decision 1003's copied passages) count: an excerpt's own story aligns sentences of a
     * common pattern with its spun source, whose look-alikes there say nothing.
     */
    private void disguises(Comparison c, String aLabel, String bLabel) {
        int ownA = 0;
        int ownB = 0;
        for (AlignedPair p : c.pairs()) {
            if (p.kind().isMatch() && p.similarity() >= PairScore.CLOSE) {
                Set<String> inA = disguisedWords(c.left(), p.left());
                Set<String> inB = disguisedWords(c.right(), p.right());
                ownA += (int) inA.stream().filter(w -> !inB.contains(w)).count();
                ownB += (int) inB.stream().filter(w -> !inA.contains(w)).count();
            }
        }
        long few = Math.min(ownA, ownB);
        long many = Math.max(ownA, ownB);
        double strength = many < 2 ? 0 : few == 0 ? 1 : many >= 3 * few ? 0.5 : 0;
        if (strength == 0) {
            return;
        }
        boolean aDisguised = ownA > ownB;
        String copy = aDisguised ? aLabel : bLabel;
        String other = aDisguised ? bLabel : aLabel;
        clues.add(new Clue((aDisguised ? -1 : 1) * DISGUISE * strength, String.format(
                "disguises: %s hides %d words (look-alike letters or invisible characters) that %s writes plainly in the passages "
                        + "they share nearly alike, %s %s: a spinner disguises a copy", copy, many, other, other,
                few == 0 ? "none" : few + " the other way")));
    }

    /** The words of {@code doc} within {@code span} that carry a look-alike or invisible character, in comparison form. */
    private static Set<String> disguisedWords(AnalyzedDocument doc, org.stemma.text.Span span) {
        Set<String> out = new HashSet<>();
        int invisible = 0;
        for (Finding f : doc.findings()) {
            if (f.isDisguise() && span.contains(f.start())) {
                // An invisible character has no word of its own to match by: the passage's n-th stands for it.
                out.add(f instanceof Homoglyph h ? ComparisonForm.of(h.word()) : "invisible " + ++invisible);
            }
        }
        return out;
    }

    private static long disguises(AnalyzedDocument doc) {
        return doc.findings().stream().filter(Finding::isDisguise).count();
    }

    static int pct(double share) {
        return (int) Math.round(share * 100);
    }
}
