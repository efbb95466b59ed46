package org.stemma.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Every pair of articles of a {@link CandidateIndex} worth aligning, tallied over the whole corpus at
 * once ({@link CandidateIndex#pairs()}). Each article's pool is gathered as for
 * {@link CandidateIndex#similarTo}; then each pair is scored once (two articles usually propose each
 * other) with the corpus-common 3-grams left out, and only when the two share one of their sampled
 * 3-grams ({@link #isSample}): the same score as {@link CandidateIndex#shared}. The marks' postings and
 * the 3-grams' are first laid out flat ({@link Inverted}), and an article's shared 3-gram counts with
 * every other are tallied from those postings in one pass rather than by merging its 3-grams with each
 * candidate's (decision 1004); articles are split over the cores.
 *
 * <p>One use, under the index's read lock.
 */
final class PairTally {

    private final List<CandidateIndex.Slot> slots;
    private final FrequencySketch trigramFrequency;
    /** From how many articles on a 3-gram or mark is too common to count ({@link CandidateIndex#commonAbove()}). */
    private final int cap;
    /** Adds a slot's votes of shared buckets and rare words, as {@link CandidateIndex#similarTo} gathers them. */
    private final BiConsumer<Votes, CandidateIndex.Slot> proposals;

    PairTally(List<CandidateIndex.Slot> slots, FrequencySketch trigramFrequency, int cap,
              BiConsumer<Votes, CandidateIndex.Slot> proposals) {
        this.slots = slots;
        this.trigramFrequency = trigramFrequency;
        this.cap = cap;
        this.proposals = proposals;
    }

    /** The pairs at {@link CandidateIndex#PAIR_SCORE} or more, each once, best first (then by ids). */
    List<CandidatePair> pairs() {
        int n = slots.size();
        int[][] proper = new int[n][];
        int[][] marks = new int[n][];
        IntStream.range(0, n).parallel().filter(s -> slots.get(s) != null).forEach(s -> {
            proper[s] = uncommon(slots.get(s).fingerprint().trigrams());
            marks[s] = slots.get(s).fingerprint().marks();
        });
        Inverted byMarks = Inverted.of(marks, 1, cap);
        int[][] pools = new int[n][];
        inChunks(n, (from, to) -> {
            Votes votes = new Votes(n);
            for (int s = from; s < to; s++) {
                if (slots.get(s) != null) {
                    proposals.accept(votes, slots.get(s));
                    for (int g : byMarks.groupsOf[s]) {
                        votes.marks(byMarks.slots, byMarks.start[g], byMarks.start[g + 1]);
                    }
                    pools[s] = votes.pool(CandidateIndex.POOL);
                    votes.clear();
                }
            }
        });
        Inverted byTrigram = Inverted.of(proper, 2, Integer.MAX_VALUE);
        // Each pair is scored from one side only, so each slot's list is its own and none repeats another's.
        List<List<CandidatePair>> bySlot = new ArrayList<>(Collections.nCopies(n, List.of()));
        inChunks(n, (from, to) -> {
            int[] shared = new int[n];
            int[] sampledShared = new int[n];
            int[] touched = new int[n];
            for (int s = from; s < to; s++) {
                if (slots.get(s) == null) {
                    continue;
                }
                int touchedCount = 0;
                for (int g : byTrigram.groupsOf[s]) {
                    boolean sample = isSample(byTrigram.values[g]);
                    for (int e = byTrigram.start[g]; e < byTrigram.start[g + 1]; e++) {
                        int t = byTrigram.slots[e];
                        if (shared[t]++ == 0) {
                            touched[touchedCount++] = t;
                        }
                        sampledShared[t] += sample ? 1 : 0;
                    }
                }
                List<CandidatePair> mine = new ArrayList<>();
                for (int t : pools[s]) {
                    // Scored from the smaller slot, or from this one when the other did not propose it.
                    boolean mutual = Arrays.binarySearch(pools[t], s) >= 0;
                    if (t == s || mutual && t < s || sampledShared[t] == 0) {
                        continue;
                    }
                    int smaller = Math.min(slots.get(s).fingerprint().trigrams().length, slots.get(t).fingerprint().trigrams().length);
                    double score = smaller == 0 ? 0 : (double) shared[t] / smaller;
                    if (score >= CandidateIndex.PAIR_SCORE) {
                        long a = slots.get(s).id();
                        long b = slots.get(t).id();
                        mine.add(a < b ? new CandidatePair(a, b, score) : new CandidatePair(b, a, score));
                    }
                }
                for (int i = 0; i < touchedCount; i++) {
                    shared[touched[i]] = 0;
                    sampledShared[touched[i]] = 0;
                }
                bySlot.set(s, mine);
            }
        });
        List<CandidatePair> list = new ArrayList<>();
        bySlot.forEach(list::addAll);
        list.sort(Comparator.comparingDouble(CandidatePair::score).reversed()
                .thenComparingLong(CandidatePair::a).thenComparingLong(CandidatePair::b));
        return list;
    }

    /** Runs {@code work} over slots {@code 0..n} in chunks on the common pool, each chunk with its own arrays. */
    private static void inChunks(int n, BiConsumer<Integer, Integer> work) {
        int chunk = 256;
        IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> work.accept(c * chunk, Math.min(n, c * chunk + chunk)));
    }

    /** The 3-grams no more than {@code cap} articles hold, still sorted. */
    private int[] uncommon(int[] trigrams) {
        int[] out = new int[trigrams.length];
        int k = 0;
        for (int t : trigrams) {
            if (trigramFrequency.estimate(t) <= cap) {
                out[k++] = t;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * One 3-gram in {@value #SAMPLE} is sampled (by hash, so the same 3-grams in every article). A pair at
     * {@link CandidateIndex#PAIR_SCORE} shares some 30 3-grams of a 600-3-gram article, so it shares no sampled one with
     * odds of about e^-7.5; a related pair shares far more.
     */
    private static final int SAMPLE = 4;

    private static boolean isSample(int trigram) {
        return (Fingerprint.mix(trigram) & (SAMPLE - 1)) == 0;
    }
}
