package org.stemma.ui.compare;

import org.stemma.align.AlignedPair;
import org.stemma.align.Change;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.findings.Finding;

import java.util.List;

/**
 * The figures of a comparison that the summary bar shows.
 *
 * @param equivalent      passages the same only by the difference rules (Compare › Options)
 * @param equivalentWords words written otherwise but the same by those rules, in any passage; not changes
 */
public record Summary(double similarity, double leftInRight, double rightInLeft,
                      long identical, long equivalent, long changed, long leftOnly, long rightOnly,
                      long equivalentWords,
                      int leftHomoglyphs, int rightHomoglyphs, int leftInvisible, int rightInvisible) {

    /** One figure: its label, its value as shown, a style class for its swatch (or empty) and what it means. */
    public record Item(String label, String value, String styleClass, String meaning) {
    }

    public static Summary of(Comparison c) {
        return new Summary(c.similarity(), c.leftInRight(), c.rightInLeft(),
                c.count(AlignedPair.Kind.IDENTICAL), c.count(AlignedPair.Kind.EQUIVALENT), c.count(AlignedPair.Kind.CHANGED),
                c.count(AlignedPair.Kind.LEFT_ONLY), c.count(AlignedPair.Kind.RIGHT_ONLY),
                c.pairs().stream().flatMap(p -> p.changes().stream()).filter(Change::isEquivalent).count(),
                count(c.left(), Finding.Type.HOMOGLYPH), count(c.right(), Finding.Type.HOMOGLYPH),
                count(c.left(), Finding.Type.INVISIBLE), count(c.right(), Finding.Type.INVISIBLE));
    }

    private static int count(AnalyzedDocument doc, Finding.Type type) {
        return doc.findings(type).size();
    }

    /** The figures in order; "Equivalent" only when the difference rules made some words equivalent. */
    public List<Item> items() {
        List<Item> items = new java.util.ArrayList<>(List.of(
                new Item("Similarity", percent(similarity), "",
                        "Words in common over all words of both articles (page furniture left out)"),
                new Item("Left in right", percent(leftInRight), "", "How much of the left article is found in the right one"),
                new Item("Right in left", percent(rightInLeft), "", "How much of the right article is found in the left one"),
                new Item("Identical", Long.toString(identical), Mark.IDENTICAL.styleClass(), "Passages the same on both sides"),
                new Item("Changed", Long.toString(changed), Mark.CHANGED.styleClass(), "Passages paired but worded differently"),
                new Item("Only left", Long.toString(leftOnly), Mark.ONLY.styleClass(), "Passages of the left article with no counterpart"),
                new Item("Only right", Long.toString(rightOnly), Mark.ONLY.styleClass(), "Passages of the right article with no counterpart"),
                new Item("Homoglyphs", leftHomoglyphs + " left · " + rightHomoglyphs + " right",
                        leftHomoglyphs + rightHomoglyphs > 0 ? Mark.HOMOGLYPH.styleClass() : "",
                        "Letters from another script that look like Latin ones (a Cyrillic а for an a)"),
                new Item("Invisible", leftInvisible + " left · " + rightInvisible + " right",
                        leftInvisible + rightInvisible > 0 ? Mark.INVISIBLE_MARK.styleClass() : "",
                        "Characters that show nothing (zero-width spaces, joiners, soft hyphens)")));
        if (equivalentWords > 0) {
            items.add(4, new Item("Equivalent", equivalentWords + (equivalentWords == 1 ? " word" : " words"),
                    Mark.EQUIVALENT.styleClass(), "Words written otherwise but the same by the difference rules (Compare › Options)"));
        }
        return List.copyOf(items);
    }

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
