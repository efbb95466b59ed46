package org.stemma.index;

import org.stemma.analysis.AnalyzedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Given an article or a passage, the articles likely to carry its text, without aligning against all of
 * them (decision record 0910). Candidates come from three sources, so that both close copies and spun
 * rewrites that keep few exact phrases are found:
 * <ul>
 *   <li><b>MinHash/LSH</b> over each article's word 3-grams (64 minima, 32 bands of 2): articles sharing
 *   a good part of their phrases fall into a common bucket;</li>
 *   <li><b>rare-word postings</b>: the articles sharing the most of its rarer words (names, numbers,
 *   uncommon terms), each weighted by its inverse document frequency.</li>
 * </ul>
 * and <b>winnowed 3-gram marks</b> ({@link Fingerprint#marks()}): any run of ten words two articles share
 * gives them a mark in common, which finds an excerpt of a few paragraphs inside a longer article.
 * Every candidate is then scored exactly from the fingerprints: the share of the smaller article's word
 * 3-grams that the other also holds. What very many articles hold (a newsletter line, a stock phrase,
 * a common word) is no evidence of copying: a word, 3-gram or LSH bucket found in more than
 * {@link #commonAbove()} articles is ignored.
 *
 * <p>Incremental ({@link #add}, {@link #remove}) and safe for concurrent reads.
 */
public final class CandidateIndex {

    /** Below this estimated share, an article is not a candidate at all. */
    public static final double MIN_SCORE = 0.03;
    /** From this estimated share on, a pair is worth aligning ({@link #pairs()}). */
    public static final double PAIR_SCORE = 0.05;

    private static final int HASHES = 64;
    private static final int ROWS = 2;
    /** Candidates by rare words kept for exact scoring beyond the limit asked for. */
    static final int POOL = 200;
    private static final long[] MULTIPLIERS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = Fingerprint.mix(s + 0x9E3779B97F4A7C15L);
            MULTIPLIERS[i] = s | 1;
        }
    }

    /** An indexed article; slots are reused after a removal, so an empty one is null. */
    record Slot(long id, Fingerprint fingerprint, long[] bands) {
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Slot> slots = new ArrayList<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private final Map<Integer, Postings> byWord = new HashMap<>();
    private final Map<Long, Postings> byBand = new HashMap<>();
    private final IntMultimap byMark = new IntMultimap();
    private final FrequencySketch trigramFrequency = new FrequencySketch();

    /** Indexes an analysed article under {@code id}, replacing what was indexed under it. */
    public void add(long id, AnalyzedDocument doc) {
        add(id, Fingerprint.of(doc));
    }

    /** Indexes an article by its fingerprint (e.g. one stored with the project). */
    public void add(long id, Fingerprint fingerprint) {
        long[] bands = fingerprint.bands();
        lock.writeLock().lock();
        try {
            removeLocked(id);
            int slot = freeSlots.isEmpty() ? slots.size() : freeSlots.remove(freeSlots.size() - 1);
            Slot s = new Slot(id, fingerprint, bands);
            if (slot == slots.size()) {
                slots.add(s);
            } else {
                slots.set(slot, s);
            }
            slotOf.put(id, slot);
            for (int w : fingerprint.words()) {
                byWord.computeIfAbsent(w, k -> new Postings()).add(slot);
            }
            for (long b : bands) {
                byBand.computeIfAbsent(b, k -> new Postings()).add(slot);
            }
            for (int m : fingerprint.marks()) {
                byMark.put(m, slot);
            }
            trigramFrequency.add(fingerprint.trigrams(), 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(long id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(long id) {
        lock.readLock().lock();
        try {
            return slotOf.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Articles ranked by estimated shared text with article {@code id}, which is left out; empty for an unknown id. */
    public List<Candidate> similarTo(long id, int limit) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(id);
            if (slot == null) {
                return List.of();
            }
            List<Candidate> found = new ArrayList<>();
            for (int[] c : similarSlots(slot, MIN_SCORE)) {
                found.add(new Candidate(slots.get(c[0]).id(), Float.intBitsToFloat(c[1])));
            }
            found.sort(RANKED);
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Indexed articles ranked by estimated shared text with an article not in the index (e.g. one being imported). */
    public List<Candidate> similarTo(Fingerprint fingerprint, int limit) {
        long[] bands = fingerprint.bands();
        lock.readLock().lock();
        try {
            List<Candidate> found = new ArrayList<>();
            for (int[] c : similarSlots(fingerprint, bands, -1, MIN_SCORE)) {
                found.add(new Candidate(slots.get(c[0]).id(), Float.intBitsToFloat(c[1])));
            }
            found.sort(RANKED);
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The estimated share of text articles {@code a} and {@code b} have in common (0 when either is unknown). */
    public double shared(long a, long b) {
        lock.readLock().lock();
        try {
            Integer x = slotOf.get(a);
            Integer y = slotOf.get(b);
            return x == null || y == null ? 0
                    : score(slots.get(x).fingerprint(), slots.get(y).fingerprint(), commonAbove());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Articles likely to carry {@code passage} (folded as the engine compares words), ranked by the share
     * of its word 3-grams they hold (of its words, for a passage under three words).
     */
    public List<Candidate> carrying(String passage, int limit) {
        Fingerprint p = Fingerprint.ofPassage(passage);
        if (p.words().length == 0) {
            return List.of();
        }
        boolean byWords = p.trigrams().length <= 1;
        lock.readLock().lock();
        try {
            int cap = commonAbove();
            Votes votes = new Votes(slots.size());
            List<Postings> lists = new ArrayList<>();
            for (int w : p.words()) {
                Postings list = byWord.get(w);
                if (list != null) {
                    lists.add(list);
                }
            }
            lists.sort(Comparator.comparingInt(Postings::size));
            // A passage of common words only is still looked up by its two rarest.
            int considered = 0;
            while (considered < lists.size() && (considered < 2 || lists.get(considered).size() <= cap)) {
                considered++;
            }
            for (Postings list : lists.subList(0, considered)) {
                votes.words(list, slotOf.size());
            }
            for (int m : p.marks()) {
                votes.marks(byMark, m, Integer.MAX_VALUE);
            }
            int[] pool = votes.pool(Math.max(POOL, 4 * limit));
            List<Candidate> found = new ArrayList<>();
            for (int t : pool) {
                Fingerprint f = slots.get(t).fingerprint();
                double score = byWords ? share(p.words(), f.words()) : share(p.trigrams(), f.trigrams());
                if (score > 0) {
                    found.add(new Candidate(slots.get(t).id(), score));
                }
            }
            found.sort(RANKED);
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Every pair of articles worth aligning (estimated share at least {@link #PAIR_SCORE}), each once,
     * best first: the same score as {@link #shared}, tallied over the whole corpus at once ({@link PairTally}).
     */
    public List<CandidatePair> pairs() {
        lock.readLock().lock();
        try {
            int cap = commonAbove();
            return new PairTally(slots, trigramFrequency, cap,
                    (votes, slot) -> gather(votes, slot.fingerprint(), slot.bands(), cap)).pairs();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * From how many articles on a word, 3-gram or bucket is too common to say anything about copying:
     * one in twenty of the corpus, and never fewer than 50 (so a large family of copies still counts).
     */
    public int commonAbove() {
        return Math.max(50, slotOf.size() / 20);
    }

    private static final Comparator<Candidate> RANKED = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingLong(Candidate::id);

    /** Candidates of a slot scoring at least {@code min}, as {slot, float bits of the score}. */
    private List<int[]> similarSlots(int slot, double min) {
        Slot me = slots.get(slot);
        return similarSlots(me.fingerprint(), me.bands(), slot, min);
    }

    /** Candidates of a fingerprint (slot {@code self} left out, -1 for none), as {slot, float bits of the score}. */
    private List<int[]> similarSlots(Fingerprint fingerprint, long[] bands, int self, double min) {
        int cap = commonAbove();
        List<int[]> out = new ArrayList<>();
        for (int t : pool(fingerprint, bands, cap)) {
            if (t == self) {
                continue;
            }
            double score = score(fingerprint, slots.get(t).fingerprint(), cap);
            if (score >= min) {
                out.add(new int[] {t, Float.floatToIntBits((float) score)});
            }
        }
        return out;
    }

    /** The slots the postings propose for a fingerprint: shared buckets, the best by rare words and by marks. */
    private int[] pool(Fingerprint fingerprint, long[] bands, int cap) {
        Votes votes = new Votes(slots.size());
        gather(votes, fingerprint, bands, cap);
        for (int m : fingerprint.marks()) {
            votes.marks(byMark, m, cap);
        }
        return votes.pool(POOL);
    }

    /** The votes of shared buckets and rare words (the marks' are counted by the caller). */
    private void gather(Votes votes, Fingerprint fingerprint, long[] bands, int cap) {
        for (long b : bands) {
            Postings list = byBand.get(b);
            if (list != null && list.size() <= cap) {
                votes.band(list);
            }
        }
        for (int w : fingerprint.words()) {
            Postings list = byWord.get(w);
            if (list != null && list.size() >= 2 && list.size() <= cap) {
                votes.words(list, slotOf.size());
            }
        }
    }

    /** The share of the smaller article's 3-grams that both hold, not counting 3-grams common in the corpus. */
    private double score(Fingerprint a, Fingerprint b, int cap) {
        int[] x = a.trigrams();
        int[] y = b.trigrams();
        int smaller = Math.min(x.length, y.length);
        if (smaller == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                if (trigramFrequency.estimate(x[i]) <= cap) {
                    shared++;
                }
                i++;
                j++;
            }
        }
        return (double) shared / smaller;
    }

    /** The share of {@code part}'s values found in {@code whole}; both sorted. */
    private static double share(int[] part, int[] whole) {
        int found = 0;
        for (int v : part) {
            if (Fingerprint.holds(whole, v)) {
                found++;
            }
        }
        return (double) found / part.length;
    }

    private void removeLocked(long id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        Slot s = slots.get(slot);
        for (int w : s.fingerprint().words()) {
            unlist(byWord, w, slot);
        }
        for (long b : s.bands()) {
            unlist(byBand, b, slot);
        }
        for (int m : s.fingerprint().marks()) {
            byMark.remove(m, slot);
        }
        trigramFrequency.add(s.fingerprint().trigrams(), -1);
        slots.set(slot, null);
        freeSlots.add(slot);
    }

    private static <K> void unlist(Map<K, Postings> map, K key, int slot) {
        Postings list = map.get(key);
        if (list != null) {
            list.remove(slot);
            if (list.size() == 0) {
                map.remove(key);
            }
        }
    }

    /** The LSH band keys of a set of 3-grams: one per band of {@link #ROWS} minima; none for an empty set. */
    static long[] bands(int[] trigrams) {
        if (trigrams.length == 0) {
            return new long[0];
        }
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (int t : trigrams) {
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (Fingerprint.mix(t * MULTIPLIERS[h]) >>> 32);
                if (v < minima[h]) {
                    minima[h] = v;
                }
            }
        }
        long[] bands = new long[HASHES / ROWS];
        for (int band = 0; band < bands.length; band++) {
            long key = band;
            for (int r = 0; r < ROWS; r++) {
                key = Fingerprint.mix(key * 31 + minima[band * ROWS + r]);
            }
            bands[band] = key;
        }
        return bands;
    }
}
