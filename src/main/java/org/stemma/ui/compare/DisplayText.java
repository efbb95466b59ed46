package org.stemma.ui.compare;

import org.stemma.text.Span;

import java.util.Arrays;
import java.util.List;

/**
 * The text a pane shows and how its offsets map to the article's. The text area splits paragraphs on
 * every line terminator and keeps a bare {@code \n}, so a CRLF becomes one character there; and the
 * analyst may hide page furniture. Both only drop characters, so the shown text is a sequence of runs
 * of the original, and every offset converts both ways by a binary search (see decision 0500). The
 * compare panes and the claim reader both use it, so a passage maps the same way in either.
 */
public final class DisplayText {

    private final String text;
    private final int[] modelStarts;
    private final int[] displayStarts;
    private final int[] lengths;
    /** Runs that begin at the LF of a CRLF whose CR was dropped. */
    private final boolean[] afterCr;
    private final int modelLength;

    private DisplayText(String text, int[] modelStarts, int[] displayStarts, int[] lengths, boolean[] afterCr,
                        int modelLength) {
        this.text = text;
        this.modelStarts = modelStarts;
        this.displayStarts = displayStarts;
        this.lengths = lengths;
        this.afterCr = afterCr;
        this.modelLength = modelLength;
    }

    /**
     * @param hidden ranges of {@code original} not to show, sorted and not overlapping
     */
    public static DisplayText of(String original, List<Span> hidden) {
        Builder b = new Builder(original.length());
        int at = 0;
        for (Span h : hidden) {
            b.copy(original, at, h.start());
            at = Math.max(at, h.end());
        }
        b.copy(original, at, original.length());
        return b.build();
    }

    /** The shown text: only {@code \n} line breaks. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The shown offset of an article offset; an offset in a hidden part goes to where that part was. */
    public int toDisplay(int modelOffset) {
        if (modelStarts.length == 0) {
            return 0;
        }
        int run = floor(modelStarts, Math.min(Math.max(modelOffset, 0), modelLength));
        if (run < 0) {
            return 0;
        }
        return displayStarts[run] + Math.min(modelOffset - modelStarts[run], lengths[run]);
    }

    /**
     * The article offset of a shown offset. At a shown line break that was a CRLF it goes before the CR,
     * so that a passage ending at a line's end leaves the line break out whole.
     */
    public int toModel(int displayOffset) {
        if (displayStarts.length == 0) {
            return 0;
        }
        int run = floor(displayStarts, Math.min(Math.max(displayOffset, 0), text.length()));
        if (afterCr[run] && displayOffset == displayStarts[run]) {
            return modelStarts[run] - 1;
        }
        return modelStarts[run] + Math.min(displayOffset - displayStarts[run], lengths[run]);
    }

    public Span toDisplay(Span model) {
        int start = toDisplay(model.start());
        return new Span(start, Math.max(start, toDisplay(model.end())));
    }

    public Span toModel(Span display) {
        int start = toModel(display.start());
        return new Span(start, Math.max(start, toModel(display.end())));
    }

    /** Index of the last element {@code <= key}, or -1. Later runs win ties, so a run's end maps to the next run. */
    private static int floor(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < sorted.length && sorted[i + 1] == key) {
            i++;
        }
        return i;
    }

    private static final class Builder {
        private final StringBuilder out;
        private final int modelLength;
        private int[] modelStarts = new int[16];
        private int[] displayStarts = new int[16];
        private int[] lengths = new int[16];
        private boolean[] afterCr = new boolean[16];
        private int runs;
        /** The offset just after the last dropped CR. */
        private int afterDroppedCr = -1;

        Builder(int modelLength) {
            this.out = new StringBuilder(modelLength);
            this.modelLength = modelLength;
        }

        /** Copies {@code [from, to)}, dropping the CR of each CRLF and turning a lone CR into LF. */
        void copy(String s, int from, int to) {
            int runStart = from;
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        run(s, runStart, i);
                        runStart = i + 1;
                        afterDroppedCr = i + 1;
                    } else {
                        run(s, runStart, i);
                        add(i, 1);
                        out.append('\n');
                        runStart = i + 1;
                    }
                }
            }
            run(s, runStart, to);
        }

        private void run(String s, int from, int to) {
            if (to > from) {
                add(from, to - from);
                out.append(s, from, to);
            }
        }

        private void add(int modelStart, int length) {
            if (runs > 0 && modelStarts[runs - 1] + lengths[runs - 1] == modelStart) {
                lengths[runs - 1] += length;
                return;
            }
            if (runs == modelStarts.length) {
                modelStarts = Arrays.copyOf(modelStarts, runs * 2);
                displayStarts = Arrays.copyOf(displayStarts, runs * 2);
                lengths = Arrays.copyOf(lengths, runs * 2);
                afterCr = Arrays.copyOf(afterCr, runs * 2);
            }
            modelStarts[runs] = modelStart;
            displayStarts[runs] = out.length();
            lengths[runs] = length;
            afterCr[runs] = modelStart == afterDroppedCr;
            runs++;
        }

        DisplayText build() {
            if (runs == 0) {
                add(0, 0);
            }
            return new DisplayText(out.toString(), Arrays.copyOf(modelStarts, runs),
                    Arrays.copyOf(displayStarts, runs), Arrays.copyOf(lengths, runs), Arrays.copyOf(afterCr, runs),
                    modelLength);
        }
    }
}
