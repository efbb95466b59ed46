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

    /** One figure: its label, its value as shown, and a style class for its swatch (or empty). */
    public record Item(String label, String value, String styleClass) {
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
                new Item("Similarity", percent(similarity), ""),
                new Item("Left found in right", percent(leftInRight), ""),
                new Item("Right found in left", percent(rightInLeft), ""),
                new Item("Identical", Long.toString(identical), Mark.IDENTICAL.styleClass()),
                new Item("Changed", Long.toString(changed), Mark.CHANGED.styleClass()),
                new Item("Only left", Long.toString(leftOnly), Mark.ONLY.styleClass()),
                new Item("Only right", Long.toString(rightOnly), Mark.ONLY.styleClass()),
                new Item("Homoglyphs", leftHomoglyphs + " left · " + rightHomoglyphs + " right",
                        leftHomoglyphs + rightHomoglyphs > 0 ? Mark.HOMOGLYPH.styleClass() : ""),
                new Item("Invisible", leftInvisible + " left · " + rightInvisible + " right",
                        leftInvisible + rightInvisible > 0 ? Mark.INVISIBLE_MARK.styleClass() : "")));
        if (equivalentWords > 0) {
            items.add(4, new Item("Equivalent", equivalentWords + (equivalentWords == 1 ? " word" : " words"),
                    Mark.EQUIVALENT.styleClass()));
        }
        return List.copyOf(items);
    }

    private static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
