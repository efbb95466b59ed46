package org.stemma.ui.compare;

/**
 * The glyph at the start of each line of a pane: the non-colour cue of what its sentences are. A line
 * with sentences of several kinds shows the one that most needs attention.
 */
final class LineGlyph {

    static final String IDENTICAL = "=";
    static final String CHANGED = "≈";
    static final String ONLY = "+";
    static final String FURNITURE = "·";
    static final String FINDING = "◆";

    private LineGlyph() {
    }

    static String kind(int mask) {
        if (Mark.has(mask, Mark.ONLY)) {
            return ONLY;
        }
        if (Mark.has(mask, Mark.CHANGED)) {
            return CHANGED;
        }
        if (Mark.has(mask, Mark.IDENTICAL)) {
            return IDENTICAL;
        }
        return Mark.has(mask, Mark.BOILERPLATE) ? FURNITURE : "";
    }

    static String kindStyleClass(int mask) {
        if (Mark.has(mask, Mark.ONLY)) {
            return "glyph-only";
        }
        if (Mark.has(mask, Mark.CHANGED)) {
            return "glyph-changed";
        }
        if (Mark.has(mask, Mark.IDENTICAL)) {
            return "glyph-identical";
        }
        return "glyph-furniture";
    }

    /** The finding marker, when the line holds a homoglyph or an invisible character. */
    static String finding(int mask) {
        return Mark.has(mask, Mark.HOMOGLYPH) || Mark.has(mask, Mark.INVISIBLE) ? FINDING : "";
    }
}
