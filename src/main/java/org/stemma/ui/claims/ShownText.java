package org.stemma.ui.claims;

import java.util.Arrays;

/**
 * An article's text as a RichTextFX area holds it, and the offset conversions both ways. The area keeps
 * only {@code \n} between paragraphs, so every CRLF loses its CR there (a lone CR becomes an LF, which
 * keeps offsets). Claims are stored in the article's own offsets.
 */
public final class ShownText {

    private final String text;
    /** Article offsets of the dropped CRs, ascending. */
    private final int[] dropped;

    private ShownText(String text, int[] dropped) {
        this.text = text;
        this.dropped = dropped;
    }

    public static ShownText of(String original) {
        StringBuilder shown = new StringBuilder(original.length());
        int[] dropped = new int[16];
        int count = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\r' && i + 1 < original.length() && original.charAt(i + 1) == '\n') {
                if (count == dropped.length) {
                    dropped = Arrays.copyOf(dropped, count * 2);
                }
                dropped[count++] = i;
            } else {
                shown.append(c == '\r' ? '\n' : c);
            }
        }
        return new ShownText(shown.toString(), Arrays.copyOf(dropped, count));
    }

    public String text() {
        return text;
    }

    /** The shown offset of an article offset; the offset of a dropped CR goes to its LF. */
    public int toShown(int articleOffset) {
        int i = Arrays.binarySearch(dropped, articleOffset);
        int before = i >= 0 ? i : -i - 1;
        return articleOffset - before;
    }

    /** The article offset of a shown offset; an offset at an LF that followed a CR goes before the CR. */
    public int toArticle(int shownOffset) {
        int low = 0;
        int high = dropped.length;
        // Dropped CR number k stood at shown offset dropped[k] - k; count those strictly before shownOffset.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dropped[mid] - mid < shownOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return shownOffset + low;
    }
}
