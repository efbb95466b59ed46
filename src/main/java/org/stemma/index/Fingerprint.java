package org.stemma.index;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;
import org.stemma.text.Tokenizer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the candidate index keeps of an article: the hashes of its distinct words and of its distinct
 * word 3-grams, both in the comparison form (so a Cyrillic look-alike or a curly apostrophe makes no
 * difference), over the article proper (page furniture left out unless the article is nothing else).
 * Small (some 5 KB for a 1,000-word article) and stable for a given text and engine, so the session
 * stores it with the analysis.
 *
 * @param words    sorted distinct 32-bit hashes of the word forms
 * @param trigrams sorted distinct 32-bit hashes of consecutive word triples (one triple for 1-3 words)
 * @param marks    the 3-grams chosen by winnowing (the smallest hash of every {@value #WINDOW} consecutive
 *                 ones), sorted distinct: any run of {@value #WINDOW} + 2 words that two texts share gives
 *                 them a mark in common, whatever surrounds it
 * @param bands    the MinHash/LSH band keys of the 3-grams ({@link CandidateIndex}), computed once
 */
public record Fingerprint(int[] words, int[] trigrams, int[] marks, long[] bands) {

    /** Winnowing window, in 3-grams: about one 3-gram in {@code (WINDOW + 1) / 2} is a mark. */
    public static final int WINDOW = 8;
    public static final Fingerprint EMPTY = new Fingerprint(new int[0], new int[0], new int[0], new long[0]);
    /** First int of the encoding with band keys; the first encoding began with a count (never negative). */
    private static final int WITH_BANDS = -2;

    /** The fingerprint of an analysed article. */
    public static Fingerprint of(AnalyzedDocument doc) {
        List<String> forms = new ArrayList<>();
        boolean anyProper = doc.sentences().stream().anyMatch(s -> !s.boilerplate());
        for (Sentence s : doc.sentences()) {
            if (!s.boilerplate() || !anyProper) {
                for (Token t : s.tokens()) {
                    forms.add(t.form());
                }
            }
        }
        return of(forms);
    }

    /** The fingerprint of a passage, words folded as in an analysed article. */
    public static Fingerprint ofPassage(String passage) {
        return of(Tokenizer.tokens(passage, 0, passage.length()).stream().map(Token::form).toList());
    }

    static Fingerprint of(List<String> forms) {
        long[] w = new long[forms.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = mix(forms.get(i).hashCode() * 0x9E3779B97F4A7C15L + forms.get(i).length());
        }
        int[] words = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            words[i] = fold(w[i]);
        }
        int n = w.length == 0 ? 0 : Math.max(1, w.length - 2);
        int[] trigrams = new int[n];
        for (int i = 0; i < n; i++) {
            long h = w[i];
            if (i + 1 < w.length) {
                h ^= Long.rotateLeft(w[i + 1], 21);
            }
            if (i + 2 < w.length) {
                h ^= Long.rotateLeft(w[i + 2], 42);
            }
            trigrams[i] = fold(mix(h));
        }
        int[] distinctTrigrams = distinct(trigrams);
        return new Fingerprint(distinct(words), distinctTrigrams, distinct(winnow(trigrams)),
                CandidateIndex.bands(distinctTrigrams));
    }

    /** The smallest value of every window of {@link #WINDOW} (the rightmost on ties), each once per run. */
    private static int[] winnow(int[] sequence) {
        if (sequence.length <= WINDOW) {
            int min = Integer.MAX_VALUE;
            for (int v : sequence) {
                min = Math.min(min, v);
            }
            return sequence.length == 0 ? new int[0] : new int[] {min};
        }
        int[] out = new int[sequence.length];
        int n = 0;
        int chosen = -1;
        for (int end = WINDOW; end <= sequence.length; end++) {
            int start = end - WINDOW;
            if (chosen < start) {
                chosen = start;
                for (int i = start; i < end; i++) {
                    if (sequence[i] <= sequence[chosen]) {
                        chosen = i;
                    }
                }
                out[n++] = sequence[chosen];
            } else if (sequence[end - 1] <= sequence[chosen]) {
                chosen = end - 1;
                out[n++] = sequence[chosen];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether the sorted array holds {@code value}. */
    static boolean holds(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    /** The fingerprint as bytes, for the project file. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(20 + 4 * (words.length + trigrams.length + marks.length) + 8 * bands.length);
        b.putInt(WITH_BANDS).putInt(words.length).putInt(trigrams.length).putInt(marks.length).putInt(bands.length);
        for (int[] part : new int[][] {words, trigrams, marks}) {
            for (int v : part) {
                b.putInt(v);
            }
        }
        for (long v : bands) {
            b.putLong(v);
        }
        return b.array();
    }

    /** Whether {@code bytes} are in the current encoding (with band keys), else worth storing again. */
    public static boolean isCurrent(byte[] bytes) {
        return bytes.length >= 4 && ByteBuffer.wrap(bytes).getInt() == WITH_BANDS;
    }

    /** Reads what {@link #encode()} wrote (or the first encoding, without band keys, computing them). */
    public static Fingerprint decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        boolean withBands = isCurrent(bytes);
        if (withBands) {
            b.getInt();
        }
        int[][] parts = {new int[b.getInt()], new int[b.getInt()], new int[b.getInt()]};
        long[] bands = withBands ? new long[b.getInt()] : null;
        for (int[] part : parts) {
            for (int i = 0; i < part.length; i++) {
                part[i] = b.getInt();
            }
        }
        if (bands == null) {
            return new Fingerprint(parts[0], parts[1], parts[2], CandidateIndex.bands(parts[1]));
        }
        for (int i = 0; i < bands.length; i++) {
            bands[i] = b.getLong();
        }
        return new Fingerprint(parts[0], parts[1], parts[2], bands);
    }

    private static int[] distinct(int[] values) {
        int[] v = values.clone();
        Arrays.sort(v);
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[n++] = v[i];
            }
        }
        return Arrays.copyOf(v, n);
    }

    private static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }

    /** The finaliser of SplitMix64: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(words, f.words) && Arrays.equals(trigrams, f.trigrams)
                && Arrays.equals(marks, f.marks) && Arrays.equals(bands, f.bands);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(words) + Arrays.hashCode(trigrams)) + Arrays.hashCode(marks);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + words.length + " words, " + trigrams.length + " trigrams, " + marks.length + " marks]";
    }
}
