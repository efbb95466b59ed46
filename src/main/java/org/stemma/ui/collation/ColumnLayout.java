package org.stemma.ui.collation;

import java.util.Arrays;
import java.util.Set;

/**
 * How wide each shown column is. When every column fits at a readable width they share the space; when
 * not (50 witnesses in one window) the view is narrow: each column is a strip showing only how far its
 * cells depart from the base, and the base, the selected and the hovered column keep their text.
 *
 * @param widths one per shown column, in display order
 */
public record ColumnLayout(boolean narrow, double[] widths) {

    /** The narrowest a column of text may be. */
    public static final double READABLE = 200;
    /** A narrowed column. */
    public static final double STRIP = 14;
    /** The least a widened column keeps when the window is very small. */
    private static final double SQUEEZED = 120;

    /**
     * @param available the width for the columns (the side strips and scroll bar taken off)
     * @param wide      display positions that keep their text in narrow mode (the base, selected, hovered)
     */
    static ColumnLayout of(double available, int columns, Set<Integer> wide) {
        double[] widths = new double[columns];
        if (columns == 0) {
            return new ColumnLayout(false, widths);
        }
        if (columns * READABLE <= available) {
            Arrays.fill(widths, Math.floor(available / columns));
            return new ColumnLayout(false, widths);
        }
        long kept = wide.stream().filter(p -> p >= 0 && p < columns).count();
        double each = Math.max(SQUEEZED, Math.floor((available - (columns - kept) * STRIP) / Math.max(1, kept)));
        for (int p = 0; p < columns; p++) {
            widths[p] = wide.contains(p) ? each : STRIP;
        }
        return new ColumnLayout(true, widths);
    }

    public boolean isStrip(int position) {
        return widths[position] <= STRIP;
    }

    /** The display position at {@code x} from the first column's left edge, or -1. */
    public int positionAt(double x) {
        double left = 0;
        for (int p = 0; p < widths.length; p++) {
            if (x >= left && x < left + widths[p]) {
                return p;
            }
            left += widths[p];
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnLayout l && l.narrow == narrow && Arrays.equals(l.widths, widths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths) * 31 + (narrow ? 1 : 0);
    }

    @Override
    public String toString() {
        return (narrow ? "narrow " : "wide ") + Arrays.toString(widths);
    }
}
