package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each sentence's counterpart on the other side, wherever it stands: first sentences that are the
 * same after folding, then the best-scoring pairs by weighted word overlap (rare words weigh more), and
 * finally sentences that were split or merged, attached to the pair next to them. Candidates come from
 * an inverted index that skips very common words, so the cost grows about linearly with the text.
 */
final class SentenceMatcher {

    /** Weighted Dice below which two sentences are not considered the same passage. */
    static final double MIN_SIMILARITY = 0.35;
    /** Share of a sentence's weight found in a neighbour's counterpart for it to count as split off. */
    static final double MIN_CONTAINMENT = 0.6;
    private static final int CANDIDATES_PER_SENTENCE = 8;

    /** A group of left sentences matched to a group of right sentences (indexes into the inputs). */
    record Group(List<Integer> left, List<Integer> right) {
    }

    private record Candidate(int left, int right, double dice, double leftContained, double rightContained) {
    }

    private final int[][] leftWords;
    private final int[][] rightWords;
    private final int[][] left;
    private final int[][] right;
    private final double[] weight;
    private final double[] leftWeight;
    private final double[] rightWeight;

    /** Sentences as sequences of word ids; {@code vocabulary} is the number of ids. */
    SentenceMatcher(int[][] leftWords, int[][] rightWords, int vocabulary) {
        this.leftWords = leftWords;
        this.rightWords = rightWords;
        this.left = distinctSorted(leftWords);
        this.right = distinctSorted(rightWords);
        int[] df = new int[vocabulary];
        for (int[] s : left) {
            for (int t : s) {
                df[t]++;
            }
        }
        for (int[] s : right) {
            for (int t : s) {
                df[t]++;
            }
        }
        int sentences = left.length + right.length;
        weight = new double[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            weight[t] = Math.log(1.0 + (double) sentences / Math.max(1, df[t]));
        }
        leftWeight = totals(left);
        rightWeight = totals(right);
    }

    List<Group> match() {
        int[] leftMatch = new int[left.length];
        int[] rightMatch = new int[right.length];
        Arrays.fill(leftMatch, -1);
        Arrays.fill(rightMatch, -1);
        matchIdentical(leftMatch, rightMatch);
        List<Candidate> candidates = candidates(leftMatch, rightMatch);
        candidates.sort((a, b) -> Double.compare(b.dice, a.dice));
        for (Candidate c : candidates) {
            if (c.dice >= MIN_SIMILARITY && leftMatch[c.left] < 0 && rightMatch[c.right] < 0) {
                leftMatch[c.left] = c.right;
                rightMatch[c.right] = c.left;
            }
        }
        return groups(leftMatch, rightMatch, candidates);
    }

    private void matchIdentical(int[] leftMatch, int[] rightMatch) {
        Map<String, List<Integer>> byContent = new HashMap<>();
        for (int r = right.length - 1; r >= 0; r--) {
            byContent.computeIfAbsent(Arrays.toString(rightWords[r]), k -> new ArrayList<>()).add(r);
        }
        for (int l = 0; l < left.length; l++) {
            List<Integer> same = byContent.get(Arrays.toString(leftWords[l]));
            if (same != null && !same.isEmpty() && left[l].length > 0) {
                int r = same.remove(same.size() - 1);
                leftMatch[l] = r;
                rightMatch[r] = l;
            }
        }
    }

    /** For every unmatched left sentence, its best unmatched right sentences by shared rare words. */
    private List<Candidate> candidates(int[] leftMatch, int[] rightMatch) {
        int[][] postings = postings(rightMatch);
        int unmatchedRight = (int) Arrays.stream(rightMatch).filter(m -> m < 0).count();
        int maxPostings = 64 + unmatchedRight / 50;
        double[] overlap = new double[right.length];
        int[] touched = new int[right.length];
        List<Candidate> out = new ArrayList<>();
        for (int l = 0; l < left.length; l++) {
            if (leftMatch[l] >= 0) {
                continue;
            }
            int touchedCount = 0;
            for (int t : left[l]) {
                int[] rs = postings[t];
                if (rs == null || rs.length > maxPostings) {
                    continue;
                }
                for (int r : rs) {
                    if (overlap[r] == 0) {
                        touched[touchedCount++] = r;
                    }
                    overlap[r] += weight[t];
                }
            }
            int[] best = top(touched, touchedCount, overlap);
            for (int i = 0; i < touchedCount; i++) {
                overlap[touched[i]] = 0;
            }
            for (int r : best) {
                double common = commonWeight(left[l], right[r]);
                double dice = 2 * common / (leftWeight[l] + rightWeight[r]);
                out.add(new Candidate(l, r, dice, common / leftWeight[l], common / rightWeight[r]));
            }
        }
        return out;
    }

    /** The unmatched right sentences holding each word id, in sentence order; null for none. */
    private int[][] postings(int[] rightMatch) {
        int[] counts = new int[weight.length];
        for (int r = 0; r < right.length; r++) {
            if (rightMatch[r] < 0) {
                for (int t : right[r]) {
                    counts[t]++;
                }
            }
        }
        int[][] postings = new int[weight.length][];
        for (int r = 0; r < right.length; r++) {
            if (rightMatch[r] < 0) {
                for (int t : right[r]) {
                    if (postings[t] == null) {
                        postings[t] = new int[counts[t]];
                        counts[t] = 0;
                    }
                    postings[t][counts[t]++] = r;
                }
            }
        }
        return postings;
    }

    /**
     * The touched sentences of highest overlap, best first, ties in the order touched (as a stable sort
     * would give them), by insertion into a short list rather than sorting them all.
     */
    private static int[] top(int[] touched, int count, double[] overlap) {
        int[] best = new int[Math.min(count, CANDIDATES_PER_SENTENCE)];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int r = touched[i];
            int at = size;
            while (at > 0 && overlap[best[at - 1]] < overlap[r]) {
                at--;
            }
            if (at < best.length) {
                System.arraycopy(best, at, best, at + 1, Math.min(size, best.length - 1) - at);
                best[at] = r;
                size = Math.min(size + 1, best.length);
            }
        }
        return best;
    }

    /**
     * Pairs become groups; an unmatched sentence whose words sit inside the counterpart of its
     * neighbour joins that neighbour's group (a sentence split in two, or two merged into one).
     */
    private List<Group> groups(int[] leftMatch, int[] rightMatch, List<Candidate> candidates) {
        Map<Integer, Group> byLeft = new HashMap<>();
        Map<Integer, Group> byRight = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (int l = 0; l < left.length; l++) {
            if (leftMatch[l] >= 0) {
                Group g = new Group(new ArrayList<>(List.of(l)), new ArrayList<>(List.of(leftMatch[l])));
                groups.add(g);
                byLeft.put(l, g);
                byRight.put(leftMatch[l], g);
            }
        }
        candidates.sort((a, b) -> Double.compare(
                Math.max(b.leftContained, b.rightContained), Math.max(a.leftContained, a.rightContained)));
        for (Candidate c : candidates) {
            if (byLeft.containsKey(c.left) == byRight.containsKey(c.right)) {
                continue;
            }
            if (!byLeft.containsKey(c.left) && c.leftContained >= MIN_CONTAINMENT) {
                Group g = byRight.get(c.right);
                if (adjacent(g.left(), c.left)) {
                    g.left().add(c.left);
                    g.left().sort(null);
                    byLeft.put(c.left, g);
                }
            } else if (!byRight.containsKey(c.right) && c.rightContained >= MIN_CONTAINMENT) {
                Group g = byLeft.get(c.left);
                if (adjacent(g.right(), c.right)) {
                    g.right().add(c.right);
                    g.right().sort(null);
                    byRight.put(c.right, g);
                }
            }
        }
        return groups;
    }

    private static boolean adjacent(List<Integer> group, int index) {
        return index == group.get(0) - 1 || index == group.get(group.size() - 1) + 1;
    }

    private double commonWeight(int[] a, int[] b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += weight[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static int[][] distinctSorted(int[][] sentences) {
        int[][] out = new int[sentences.length][];
        for (int s = 0; s < sentences.length; s++) {
            out[s] = Arrays.stream(sentences[s]).sorted().distinct().toArray();
        }
        return out;
    }

    private double[] totals(int[][] sentences) {
        double[] totals = new double[sentences.length];
        for (int s = 0; s < sentences.length; s++) {
            for (int t : sentences[s]) {
                totals[s] += weight[t];
            }
        }
        return totals;
    }
}
