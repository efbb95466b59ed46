package org.stemma.exchange;

import com.ibm.icu.text.Normalizer2;

import java.util.Arrays;

/**
 * An article's text as a REFI-QDA project carries it (decision record 1200): NFC, LF line ends, no
 * byte-order mark; with the map from offsets into the stored text (UTF-16 indexes into the original) to
 * REFI positions (code points into the carried text). The text is normalised in pieces cut where NFC
 * allows it, so every piece maps to a known place and a claim's ends land exactly.
 */
public final class RefiText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final String text;
    /** UTF-16 index into the original where each piece starts, ending with the original's length. */
    private final int[] from;
    /** Code point position in the carried text where each piece starts, ending with its length. */
    private final int[] to;

    private RefiText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public static RefiText of(String original) {
        int n = original.length();
        int[] from = new int[n + 2];
        int[] to = new int[n + 2];
        int pieces = 0;
        StringBuilder out = new StringBuilder(n);
        int points = 0;
        int i = 0;
        if (n > 0 && original.charAt(0) == '\uFEFF') {
            i = 1; // a byte-order mark left in the text: REFI text has none
        }
        while (i < n) {
            from[pieces] = i;
            to[pieces++] = points;
            if (original.charAt(i) == '\r') {
                i += i + 1 < n && original.charAt(i + 1) == '\n' ? 2 : 1;
                out.append('\n');
                points++;
                continue;
            }
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < n && original.charAt(j) != '\r' && !NFC.hasBoundaryBefore(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            String piece = NFC.normalize(original.substring(i, j));
            out.append(piece);
            points += piece.codePointCount(0, piece.length());
            i = j;
        }
        from[pieces] = n;
        to[pieces++] = points;
        return new RefiText(out.toString(), Arrays.copyOf(from, pieces), Arrays.copyOf(to, pieces));
    }

    /** The text to write: NFC, LF line ends, no byte-order mark. */
    public String text() {
        return text;
    }

    /** The REFI position of a passage starting at {@code index} of the original (at or before it). */
    public int start(int index) {
        int k = Arrays.binarySearch(from, index);
        return to[k >= 0 ? k : Math.max(0, -k - 2)];
    }

    /** The REFI position of a passage ending at {@code index} of the original (at or after it). */
    public int end(int index) {
        int k = Arrays.binarySearch(from, index);
        return to[k >= 0 ? k : Math.min(-k - 1, to.length - 1)];
    }

    /**
     * The UTF-16 index of REFI position {@code position} (a code point count) in {@code text}, or -1 when
     * the text is shorter.
     */
    public static int index(String text, int position) {
        if (position < 0) {
            return -1;
        }
        try {
            return text.offsetByCodePoints(0, position);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
