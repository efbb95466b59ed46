package org.stemma.align;

import org.stemma.text.QuoteMarks;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The word-level differences between the two sides of a pair. Quotations are compared with their
 * counterpart quotation, because that is where an analyst looks for drift ("meaningful" quoted in one
 * outlet, "important" in the copy) even when the copy moved the quote within the sentence. Words that
 * were only moved within the pair are reported as moves (both positions), not as changed words.
 */
final class PairDiff {

    /** The changes, and how many words of each side are unchanged. */
    record Result(List<Change> changes, int sameLeft, int sameRight) {
    }

    /** @param strict each word's form without the numbers and spellings rules, or null (then its id says all) */
    record Side(String text, Span region, List<Token> tokens, int[] ids, String[] strict) {
    }

    private record Hunk(int[] left, int[] right, int leftAnchor, int rightAnchor) {
    }

    private PairDiff() {
    }

    static Result diff(Side left, Side right) {
        List<Token> leftTokens = left.tokens;
        List<Token> rightTokens = right.tokens;
        int[] leftIds = left.ids;
        int[] rightIds = right.ids;
        List<int[]> leftStreams = new ArrayList<>();
        List<int[]> rightStreams = new ArrayList<>();
        streams(left, right, leftStreams, rightStreams);

        boolean[] leftChanged = new boolean[leftTokens.size()];
        boolean[] rightChanged = new boolean[rightTokens.size()];
        List<Hunk> hunks = new ArrayList<>();
        List<Change> equivalents = new ArrayList<>();
        for (int s = 0; s < leftStreams.size(); s++) {
            int[] l = leftStreams.get(s);
            int[] r = rightStreams.get(s);
            List<Diff.Hunk> found = Diff.diff(symbols(l, leftIds), symbols(r, rightIds));
            if (left.strict != null && right.strict != null) {
                equivalents(left, l, right, r, found, equivalents);
            }
            for (Diff.Hunk h : found) {
                Hunk hunk = new Hunk(Arrays.copyOfRange(l, h.leftFrom(), h.leftTo()),
                        Arrays.copyOfRange(r, h.rightFrom(), h.rightTo()),
                        anchor(left, l, h.leftFrom()), anchor(right, r, h.rightFrom()));
                hunks.add(hunk);
                for (int i : hunk.left) {
                    leftChanged[i] = true;
                }
                for (int j : hunk.right) {
                    rightChanged[j] = true;
                }
            }
        }
        int[] movedTo = unmarkMoved(leftChanged, leftIds, rightChanged, rightIds);

        List<Change> changes = moves(left, right, movedTo);
        changes.addAll(equivalents);
        for (Hunk h : hunks) {
            Change c = change(left, h.left, h.leftAnchor, leftChanged, right, h.right, h.rightAnchor, rightChanged);
            if (c != null) {
                changes.add(c);
            }
        }
        changes.sort((a, b) -> a.left().compareTo(b.left()));
        return new Result(changes, count(leftChanged, false), count(rightChanged, false));
    }

    /**
     * The words the diff kept as unchanged that are equal only by a rule (Kiev and Kyiv, "five thousand"
     * and "5,000"): each an {@link Change.Kind#EQUIVALENT} change.
     */
    private static void equivalents(Side left, int[] l, Side right, int[] r, List<Diff.Hunk> hunks, List<Change> out) {
        int li = 0;
        int ri = 0;
        for (int h = 0; h <= hunks.size(); h++) {
            int leftTo = h < hunks.size() ? hunks.get(h).leftFrom() : l.length;
            for (; li < leftTo && ri < r.length; li++, ri++) {
                if (!left.strict[l[li]].equals(right.strict[r[ri]])) {
                    Span ls = left.tokens.get(l[li]).span();
                    Span rs = right.tokens.get(r[ri]).span();
                    out.add(new Change(Change.Kind.EQUIVALENT, ls, rs, ls.of(left.text), rs.of(right.text),
                            List.of(ls), List.of(rs)));
                }
            }
            if (h < hunks.size()) {
                li = hunks.get(h).leftTo();
                ri = hunks.get(h).rightTo();
            }
        }
    }

    /** Unquoted words form one stream; each quotation paired with its counterpart forms its own. */
    private static void streams(Side left, Side right, List<int[]> leftStreams, List<int[]> rightStreams) {
        List<int[]> lq = quotedTokens(left);
        List<int[]> rq = quotedTokens(right);
        boolean[] leftInQuote = new boolean[left.tokens.size()];
        boolean[] rightInQuote = new boolean[right.tokens.size()];
        boolean byOrder = lq.size() == rq.size();
        boolean[] rightUsed = new boolean[rq.size()];
        for (int i = 0; i < lq.size(); i++) {
            int best = byOrder ? i : -1;
            double bestScore = 0.3;
            for (int j = 0; !byOrder && j < rq.size(); j++) {
                double score = dice(lq.get(i), left.ids, rq.get(j), right.ids);
                if (!rightUsed[j] && score >= bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best < 0) {
                continue;
            }
            rightUsed[best] = true;
            leftStreams.add(lq.get(i));
            rightStreams.add(rq.get(best));
            for (int t : lq.get(i)) {
                leftInQuote[t] = true;
            }
            for (int t : rq.get(best)) {
                rightInQuote[t] = true;
            }
        }
        leftStreams.add(0, outside(leftInQuote));
        rightStreams.add(0, outside(rightInQuote));
    }

    private static List<int[]> quotedTokens(Side side) {
        List<int[]> quotes = new ArrayList<>();
        for (Span q : QuoteMarks.find(side.text, side.region)) {
            int[] inside = IntStream.range(0, side.tokens.size())
                    .filter(t -> q.contains(side.tokens.get(t).start()))
                    .toArray();
            if (inside.length > 0) {
                quotes.add(inside);
            }
        }
        return quotes;
    }

    private static int[] outside(boolean[] inQuote) {
        return IntStream.range(0, inQuote.length).filter(t -> !inQuote[t]).toArray();
    }

    private static int[] symbols(int[] positions, int[] ids) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = ids[positions[i]];
        }
        return out;
    }

    private static double dice(int[] a, int[] aIds, int[] b, int[] bIds) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int t : a) {
            counts.merge(aIds[t], 1, Integer::sum);
        }
        int common = 0;
        for (int t : b) {
            Integer c = counts.get(bIds[t]);
            if (c != null && c > 0) {
                counts.put(bIds[t], c - 1);
                common++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /**
     * A word deleted in one place and inserted in another was moved, not changed: it is unmarked, and
     * {@code movedTo[i]} is where left word {@code i} went (-1 when it did not move). A word follows its
     * left neighbour's move when it can, so a moved phrase stays one phrase.
     */
    private static int[] unmarkMoved(boolean[] leftChanged, int[] leftIds, boolean[] rightChanged, int[] rightIds) {
        Map<Integer, List<Integer>> inserted = new HashMap<>();
        for (int j = 0; j < rightChanged.length; j++) {
            if (rightChanged[j]) {
                inserted.computeIfAbsent(rightIds[j], k -> new ArrayList<>()).add(j);
            }
        }
        int[] movedTo = new int[leftChanged.length];
        Arrays.fill(movedTo, -1);
        for (int i = 0; i < leftChanged.length; i++) {
            List<Integer> same = leftChanged[i] ? inserted.get(leftIds[i]) : null;
            if (same == null || same.isEmpty()) {
                continue;
            }
            int j = same.remove(longestRun(i, same, leftChanged, leftIds, rightChanged, rightIds));
            leftChanged[i] = false;
            rightChanged[j] = false;
            movedTo[i] = j;
        }
        return movedTo;
    }

    /**
     * Of the places a left word could have moved to, the one where the most of the words after it follow
     * it on both sides ("the mayor said" moves as one phrase, not as "the" and "mayor said").
     */
    private static int longestRun(int i, List<Integer> candidates, boolean[] leftChanged, int[] leftIds,
                                  boolean[] rightChanged, int[] rightIds) {
        int best = 0;
        int bestLength = -1;
        for (int c = 0; c < candidates.size(); c++) {
            int j = candidates.get(c);
            int length = 0;
            while (i + length + 1 < leftIds.length && j + length + 1 < rightIds.length
                    && leftChanged[i + length + 1] && rightChanged[j + length + 1]
                    && leftIds[i + length + 1] == rightIds[j + length + 1]) {
                length++;
            }
            if (length > bestLength) {
                best = c;
                bestLength = length;
            }
        }
        return best;
    }

    /** Runs of moved words that stay neighbours on both sides, each one {@link Change.Kind#MOVED} change. */
    private static List<Change> moves(Side left, Side right, int[] movedTo) {
        List<Change> moves = new ArrayList<>();
        int i = 0;
        while (i < movedTo.length) {
            if (movedTo[i] < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < movedTo.length && movedTo[end] == movedTo[end - 1] + 1) {
                end++;
            }
            Span l = new Span(left.tokens.get(i).start(), left.tokens.get(end - 1).end());
            Span r = new Span(right.tokens.get(movedTo[i]).start(), right.tokens.get(movedTo[end - 1]).end());
            List<Span> lw = new ArrayList<>();
            List<Span> rw = new ArrayList<>();
            for (int k = i; k < end; k++) {
                lw.add(left.tokens.get(k).span());
                rw.add(right.tokens.get(movedTo[k]).span());
            }
            moves.add(new Change(Change.Kind.MOVED, l, r, l.of(left.text), r.of(right.text), lw, rw));
            i = end;
        }
        return moves;
    }

    private static Change change(Side left, int[] lh, int leftAnchor, boolean[] leftChanged,
                                 Side right, int[] rh, int rightAnchor, boolean[] rightChanged) {
        List<Span> lw = words(left, lh, leftChanged);
        List<Span> rw = words(right, rh, rightChanged);
        if (lw.isEmpty() && rw.isEmpty()) {
            return null;
        }
        Span ls = extent(lw, leftAnchor);
        Span rs = extent(rw, rightAnchor);
        return new Change(Change.Kind.EDIT, ls, rs, shown(left, lh, leftChanged), shown(right, rh, rightChanged), lw, rw);
    }

    /** From the first to the last changed word; for an empty side, the point where the words would be. */
    private static Span extent(List<Span> words, int anchor) {
        if (words.isEmpty()) {
            return new Span(anchor, anchor);
        }
        return new Span(words.get(0).start(), words.get(words.size() - 1).end());
    }

    /**
     * The changed words as the analyst reads them: runs of neighbouring words as written, separated by
     * " … " where unchanged or moved words stand between them.
     */
    private static String shown(Side side, int[] hunk, boolean[] changed) {
        StringBuilder sb = new StringBuilder();
        int runStart = -1;
        for (int i = 0; i <= hunk.length; i++) {
            boolean in = i < hunk.length && changed[hunk[i]] && (runStart < 0 || hunk[i] == hunk[i - 1] + 1);
            if (runStart >= 0 && !in) {
                if (sb.length() > 0) {
                    sb.append(" … ");
                }
                sb.append(side.text, side.tokens.get(hunk[runStart]).start(), side.tokens.get(hunk[i - 1]).end());
                runStart = -1;
            }
            if (i < hunk.length && changed[hunk[i]] && runStart < 0) {
                runStart = i;
            }
        }
        return sb.toString();
    }

    /** Where a hunk starting at {@code from} in a stream stands in the text. */
    private static int anchor(Side side, int[] stream, int from) {
        if (from < stream.length) {
            return side.tokens.get(stream[from]).start();
        }
        return stream.length > 0 ? side.tokens.get(stream[stream.length - 1]).end() : side.region.start();
    }

    private static List<Span> words(Side side, int[] hunk, boolean[] changed) {
        List<Span> words = new ArrayList<>();
        for (int t : hunk) {
            if (changed[t]) {
                words.add(side.tokens.get(t).span());
            }
        }
        return words;
    }

    private static int count(boolean[] flags, boolean value) {
        int n = 0;
        for (boolean f : flags) {
            if (f == value) {
                n++;
            }
        }
        return n;
    }
}
