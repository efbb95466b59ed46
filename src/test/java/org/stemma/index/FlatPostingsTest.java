package org.stemma.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The flat postings and reusable votes that {@link PairTally} runs on (decision 1004), against plain collections. */
class FlatPostingsTest {

    @Test
    void invertedListsEachValuesSlotsHighestFirstAndEachSlotsGroupsInValueOrder() {
        Random random = new Random(7);
        int[][] sets = new int[300][];
        for (int s = 0; s < sets.length; s++) {
            sets[s] = s % 17 == 5 ? null : random.ints(random.nextInt(40), -60, 60).distinct().sorted().toArray();
        }
        Inverted inverted = Inverted.of(sets, 2, 9);
        Map<Integer, List<Integer>> expected = new TreeMap<>();
        for (int s = sets.length - 1; s >= 0; s--) {
            for (int v : sets[s] == null ? new int[0] : sets[s]) {
                expected.computeIfAbsent(v, k -> new ArrayList<>()).add(s);
            }
        }
        expected.values().removeIf(slots -> slots.size() < 2 || slots.size() > 9);
        assertEquals(expected.size(), inverted.values.length);
        int g = 0;
        for (Map.Entry<Integer, List<Integer>> e : expected.entrySet()) {
            assertEquals(e.getKey(), inverted.values[g]);
            assertEquals(e.getValue(), Arrays.stream(inverted.slots, inverted.start[g], inverted.start[g + 1]).boxed().toList());
            g++;
        }
        for (int s = 0; s < sets.length; s++) {
            List<Integer> mine = new ArrayList<>();
            for (int x = 0; x < inverted.values.length; x++) {
                if (expected.get(inverted.values[x]).contains(s)) {
                    mine.add(x);
                }
            }
            assertEquals(mine, Arrays.stream(inverted.groupsOf[s]).boxed().toList(), "slot " + s);
        }
    }

    @Test
    void poolTakesTheBestByWeightAndByMarksWithTiesInTheOrderFirstVotedForAsAStableSortDid() {
        Random random = new Random(11);
        int slots = 500;
        Votes votes = new Votes(slots);
        for (int round = 0; round < 20; round++) {
            List<Postings> words = new ArrayList<>();
            List<Postings> bands = new ArrayList<>();
            List<int[]> marks = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                words.add(postings(random, slots, 1 + random.nextInt(60)));
                bands.add(postings(random, slots, random.nextInt(4)));
                marks.add(random.ints(1 + random.nextInt(30), 0, slots).distinct().toArray());
            }
            for (int i = 0; i < 30; i++) {
                votes.band(bands.get(i));
                votes.words(words.get(i), slots);
                votes.marks(marks.get(i), 0, marks.get(i).length);
            }
            int k = 5 + random.nextInt(60);
            assertArrayEquals(stableSortPool(words, bands, marks, slots, k), votes.pool(k), "round " + round);
            votes.clear();
        }
    }

    /** The pool as the earlier code made it: sort every voted slot (stable), take the first k. */
    private static int[] stableSortPool(List<Postings> words, List<Postings> bands, List<int[]> marks, int slots, int k) {
        double[] weight = new double[slots];
        int[] marked = new int[slots];
        List<Integer> weighed = new ArrayList<>();
        List<Integer> markedOrder = new ArrayList<>();
        Set<Integer> pool = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < bands.get(i).size(); j++) {
                pool.add(bands.get(i).get(j));
            }
            Postings w = words.get(i);
            double idf = Math.log(1.0 + slots / (double) w.size());
            for (int j = 0; j < w.size(); j++) {
                if (weight[w.get(j)] == 0) {
                    weighed.add(w.get(j));
                }
                weight[w.get(j)] += idf;
            }
            for (int t : marks.get(i)) {
                if (marked[t]++ == 0) {
                    markedOrder.add(t);
                }
            }
        }
        weighed.sort((p, q) -> Double.compare(weight[q], weight[p]));
        pool.addAll(weighed.subList(0, Math.min(k, weighed.size())));
        markedOrder.sort((p, q) -> Integer.compare(marked[q], marked[p]));
        pool.addAll(markedOrder.subList(0, Math.min(k, markedOrder.size())));
        return new TreeSet<>(pool).stream().mapToInt(Integer::intValue).toArray();
    }

    private static Postings postings(Random random, int slots, int size) {
        Postings p = new Postings();
        random.ints(size, 0, slots).distinct().forEach(p::add);
        return p;
    }
}
