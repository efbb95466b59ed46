package org.stemma.ui.compare;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The marks of every character of one article, as runs over the article's own offsets: {@code run i}
 * covers {@code [start(i), start(i + 1))} and carries a set of {@link Mark}s as a bit mask. Built off the
 * JavaFX thread and handed to the text area as one styled document (one replace, not one call per span).
 */
public final class Highlights {

    private final int[] starts;
    private final int[] masks;
    private final int length;

    Highlights(int[] starts, int[] masks, int length) {
        this.starts = starts;
        this.masks = masks;
        this.length = length;
    }

    /** The marks at an article offset, as a bit mask. */
    public int maskAt(int offset) {
        if (offset < 0 || offset >= length || starts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(starts, offset);
        return masks[i >= 0 ? i : -i - 2];
    }

    public boolean has(int offset, Mark mark) {
        return Mark.has(maskAt(offset), mark);
    }

    /** The maximal stretches that carry {@code mark}, in article offsets. */
    public List<Span> spans(Mark mark) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < starts.length; i++) {
            boolean has = Mark.has(masks[i], mark);
            if (has && open < 0) {
                open = starts[i];
            } else if (!has && open >= 0) {
                out.add(new Span(open, starts[i]));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Span(open, length));
        }
        return out;
    }

    /**
     * The shown text with its styles as a document for the text area, built off the JavaFX thread so that
     * showing it is one cheap {@code replace} there.
     */
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> toDocument(DisplayText display) {
        String text = display.text();
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            ends[i] = display.toDisplay(i + 1 < starts.length ? starts[i + 1] : length);
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        int run = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            StyleSpansBuilder<Collection<String>> line = new StyleSpansBuilder<>();
            int at = from;
            while (run < ends.length && ends[run] <= at && at < to) {
                run++;
            }
            while (at < to) {
                int end = run < ends.length ? Math.min(ends[run], to) : to;
                line.add(run < masks.length ? Mark.styleClasses(masks[run]) : List.of(), end - at);
                at = end;
                if (run < ends.length && ends[run] <= at && at < to) {
                    run++;
                }
            }
            if (to == from) {
                line.add(List.of(), 0);
            }
            doc.addParagraph(text.substring(from, to), line.create());
            from = to + 1;
        }
        return doc.build();
    }

    /** Collects marked stretches and sweeps them into runs. */
    static final class Builder {
        private final int length;
        private long[] events = new long[64];
        private int count;

        Builder(int length) {
            this.length = length;
        }

        Builder mark(Span span, Mark mark) {
            return mark(span.start(), span.end(), mark);
        }

        Builder mark(int start, int end, Mark mark) {
            start = Math.max(0, start);
            end = Math.min(length, end);
            if (end > start) {
                event(start, mark.ordinal(), true);
                event(end, mark.ordinal(), false);
            }
            return this;
        }

        /** Offset in the high bits, so that sorting orders events by offset. */
        private void event(int offset, int mark, boolean open) {
            if (count == events.length) {
                events = Arrays.copyOf(events, count * 2);
            }
            events[count++] = ((long) offset << 8) | (open ? 0x80 : 0) | mark;
        }

        Highlights build() {
            long[] sorted = Arrays.copyOf(events, count);
            Arrays.sort(sorted);
            int[] depth = new int[Mark.values().length];
            int mask = 0;
            int[] starts = new int[count + 1];
            int[] masks = new int[count + 1];
            int runs = 0;
            starts[runs] = 0;
            masks[runs++] = 0;
            for (int e = 0; e < sorted.length; ) {
                int offset = (int) (sorted[e] >>> 8);
                for (; e < sorted.length && (int) (sorted[e] >>> 8) == offset; e++) {
                    int m = (int) (sorted[e] & 0x7F);
                    depth[m] += (sorted[e] & 0x80) != 0 ? 1 : -1;
                    mask = depth[m] > 0 ? mask | (1 << m) : mask & ~(1 << m);
                }
                if (offset >= length) {
                    break;
                }
                if (starts[runs - 1] == offset) {
                    masks[runs - 1] = mask;
                } else if (masks[runs - 1] != mask) {
                    starts[runs] = offset;
                    masks[runs++] = mask;
                }
            }
            return new Highlights(Arrays.copyOf(starts, runs), Arrays.copyOf(masks, runs), length);
        }
    }
}
