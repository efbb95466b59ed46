package org.stemma.importing;

import org.stemma.text.SortedIds;
import org.stemma.text.ComparisonForm;

import java.util.Arrays;

/**
 * Word 4-gram shingles as sorted, distinct 64-bit hashes. A word is a run of letters, digits or
 * underscores, as in the extraction benchmarks' tokenizer.
 */
final class Shingles {

    static final int N = 4;

    private Shingles() {
    }

    /** Shingles of words lower-cased. */
    static long[] of(CharSequence text) {
        return shingles(words(text, false));
    }

    /** Shingles of words in their comparison form, so a look-alike letter or curly apostrophe makes no difference. */
    static long[] folded(CharSequence text) {
        return shingles(words(text, true));
    }

    static long[] words(CharSequence text, boolean fold) {
        long[] hashes = new long[16];
        int n = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = fold ? ComparisonForm.of(word) : word.toString().toLowerCase(java.util.Locale.ROOT);
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = hash(w);
                word.setLength(0);
            }
        }
        return Arrays.copyOf(hashes, n);
    }

    private static long[] shingles(long[] words) {
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - N + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + N, words.length); j++) {
                h = mix(h ^ words[j]);
            }
            out[i] = h;
        }
        return SortedIds.of(out);
    }

    /** 64-bit FNV-1a over the UTF-16 units. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
