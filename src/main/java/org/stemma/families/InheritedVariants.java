package org.stemma.families;

import org.stemma.align.AlignedPair;
import org.stemma.align.Change;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.findings.Homoglyph;
import org.stemma.text.ComparisonForm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared error: where a copy departs from its source (a changed number, a respelled name, a dropped
 * word, a disguised letter), a further copy made from that copy carries the same departure, and a copy
 * made from the source does not. Counting a third article's readings at those places tells whether it
 * descends from the copy or is its sibling.
 */
final class InheritedVariants {

    /**
     * How {@code witness} reads where {@code copy} departs from {@code source}.
     *
     * @param withCopy   departures the witness shares
     * @param withSource places where the witness reads as the source does
     * @param examples   a few shared departures, as the analyst would quote them
     */
    record Vote(int withCopy, int withSource, List<String> examples) {
        /**
         * A copy of the copy keeps its departures nearly everywhere: reading as the source at one of them
         * in twenty (one stray reading allowed, for the aligner) is at most what it shows. A sibling made
         * the same way (the same spinner's synonyms, one house style) shares many departures by
         * coincidence, yet reads as the source at a fifth or more of them (decision 1020).
         */
        boolean inherits() {
            return withSource == 0 ? withCopy >= 1 : withCopy >= 2 && withSource <= Math.max(1, withCopy / STRAY);
        }
    }

    /** Shared departures per reading against the copy that a line of descent still allows. */
    static final int STRAY = 20;

    private InheritedVariants() {
    }

    /**
     * @param sourceToCopy    the comparison with the source on the left and the copy on the right
     * @param sourceToWitness the comparison with the source on the left and the witness on the right
     */
    static Vote vote(Comparison sourceToCopy, Comparison sourceToWitness) {
        int withCopy = 0;
        int withSource = 0;
        List<String> examples = new ArrayList<>();
        for (AlignedPair pair : sourceToCopy.pairs()) {
            for (Change change : pair.changes()) {
                String reading = ComparisonForm.of(change.rightText());
                AlignedPair there = counterpart(sourceToWitness, change);
                if (there == null) {
                    continue;
                }
                Change same = null;
                for (Change c : there.changes()) {
                    if (samePlace(c, change)) {
                        same = c;
                        break;
                    }
                }
                if (same == null) {
                    withSource++;
                } else if (ComparisonForm.of(same.rightText()).equals(reading)) {
                    withCopy++;
                    if (examples.size() < 3) {
                        examples.add(describe(change));
                    }
                }
            }
        }
        int disguised = sharedDisguises(sourceToCopy.left(), sourceToCopy.right(), sourceToWitness.right(), examples);
        return new Vote(withCopy + disguised, withSource, examples);
    }

    /** The witness's pair that holds the source words of {@code change}, or null when it lacks them. */
    private static AlignedPair counterpart(Comparison sourceToWitness, Change change) {
        for (AlignedPair p : sourceToWitness.pairs()) {
            if (p.kind().isMatch() && (p.left().overlaps(change.left())
                    || change.left().isEmpty() && p.left().contains(change.left().start()))) {
                return p;
            }
        }
        return null;
    }

    private static boolean samePlace(Change c, Change change) {
        if (change.left().isEmpty() || c.left().isEmpty()) {
            return c.left().isEmpty() && change.left().isEmpty() && c.left().start() == change.left().start();
        }
        return c.left().overlaps(change.left());
    }

    private static String describe(Change change) {
        if (change.rightText().isEmpty()) {
            return "drops \u201c" + change.leftText() + "\u201d";
        }
        if (change.leftText().isEmpty()) {
            return "adds \u201c" + change.rightText() + "\u201d";
        }
        return "\u201c" + change.leftText() + "\u201d \u2192 \u201c" + change.rightText() + "\u201d";
    }

    /** Words disguised the same way (same word, same look-alike) in copy and witness but not in the source. */
    private static int sharedDisguises(AnalyzedDocument source, AnalyzedDocument copy, AnalyzedDocument witness,
                                       List<String> examples) {
        Set<String> inSource = disguisedWords(source);
        Set<String> inWitness = disguisedWords(witness);
        int n = 0;
        for (String w : disguisedWords(copy)) {
            if (inWitness.contains(w) && !inSource.contains(w)) {
                n++;
                if (examples.size() < 3) {
                    examples.add("the same look-alike in \u201c" + w.substring(w.indexOf(' ') + 1) + "\u201d");
                }
            }
        }
        return n;
    }

    private static Set<String> disguisedWords(AnalyzedDocument doc) {
        Set<String> out = new HashSet<>();
        for (Homoglyph h : doc.findings(Homoglyph.class)) {
            out.add(h.codePoint() + " " + h.word());
        }
        return out;
    }
}
