package org.stemma.align;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns two analysed articles sentence to sentence and diffs every pair word by word. Page furniture
 * takes no part unless asked ({@link Furniture#INCLUDED}): it is then paired and counted like the article.
 * {@link CompareOptions} say what counts as a difference; words they make equal take part in the
 * alignment as equal and are reported as equivalents.
 */
public final class Aligner {

    /** Whether lines judged page furniture take part in the alignment and the scores. */
    public enum Furniture {
        LEFT_OUT, INCLUDED
    }

    private Aligner() {
    }

    /** The two articles aligned with their furniture left out. */
    public static Comparison compare(AnalyzedDocument left, AnalyzedDocument right) {
        return compare(left, right, Furniture.LEFT_OUT);
    }

    public static Comparison compare(AnalyzedDocument left, AnalyzedDocument right, Furniture furniture) {
        return compare(left, right, furniture, CompareOptions.DEFAULT);
    }

    public static Comparison compare(AnalyzedDocument left, AnalyzedDocument right, Furniture furniture,
                                     CompareOptions options) {
        List<Integer> ls = alignedSentences(left, furniture);
        List<Integer> rs = alignedSentences(right, furniture);
        RuleWords rules = new RuleWords(options);
        RuleWords.Units[] lu = units(rules, left, ls);
        RuleWords.Units[] ru = units(rules, right, rs);
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] lw = ids(lu, vocabulary);
        int[][] rw = ids(ru, vocabulary);
        List<SentenceMatcher.Group> groups = new SentenceMatcher(lw, rw, vocabulary.size()).match();

        List<AlignedPair> matched = new ArrayList<>();
        int[] rightGroup = new int[rs.size()];
        java.util.Arrays.fill(rightGroup, -1);
        boolean[] leftMatched = new boolean[ls.size()];
        long sameLeft = 0;
        long sameRight = 0;
        groups.sort((a, b) -> Integer.compare(a.left().get(0), b.left().get(0)));
        for (SentenceMatcher.Group g : groups) {
            Passage l = passage(left, ls, lu, lw, g.left());
            Passage r = passage(right, rs, ru, rw, g.right());
            PairDiff.Result diff = PairDiff.diff(new PairDiff.Side(left.text(), l.span, l.tokens, l.ids, l.strict),
                    new PairDiff.Side(right.text(), r.span, r.tokens, r.ids, r.strict));
            boolean identical = java.util.Arrays.equals(l.ids, r.ids);
            double similarity = (double) (diff.sameLeft() + diff.sameRight()) / (l.ids.length + r.ids.length);
            // Equal under the options: identical, or equivalent when some words are equal only by a rule.
            AlignedPair.Kind kind = !identical ? AlignedPair.Kind.CHANGED
                    : diff.changes().isEmpty() ? AlignedPair.Kind.IDENTICAL : AlignedPair.Kind.EQUIVALENT;
            matched.add(new AlignedPair(kind, l.span, r.span, original(ls, g.left()), original(rs, g.right()),
                    similarity, diff.changes()));
            sameLeft += identical ? l.ids.length : diff.sameLeft();
            sameRight += identical ? r.ids.length : diff.sameRight();
            g.left().forEach(i -> leftMatched[i] = true);
            for (int i : g.right()) {
                rightGroup[i] = matched.size() - 1;
            }
        }
        List<AlignedPair> pairs = inReadingOrder(left, right, ls, rs, matched, leftMatched, rightGroup);
        long totalLeft = total(lw);
        long totalRight = total(rw);
        return new Comparison(left, right, pairs,
                ratio(sameLeft + sameRight, totalLeft + totalRight), ratio(sameLeft, totalLeft), ratio(sameRight, totalRight));
    }

    /**
     * Left order first; a passage found only on the right follows the pair that holds the right sentence
     * before it, so both columns read top to bottom.
     */
    private static List<AlignedPair> inReadingOrder(AnalyzedDocument left, AnalyzedDocument right,
                                                    List<Integer> ls, List<Integer> rs, List<AlignedPair> matched,
                                                    boolean[] leftMatched, int[] rightGroup) {
        List<List<AlignedPair>> after = new ArrayList<>();
        for (int i = 0; i <= matched.size(); i++) {
            after.add(new ArrayList<>());
        }
        int previousGroup = -1;
        for (int r = 0; r < rs.size(); r++) {
            if (rightGroup[r] >= 0) {
                previousGroup = rightGroup[r];
            } else {
                after.get(previousGroup + 1).add(only(right, rs.get(r), AlignedPair.Kind.RIGHT_ONLY));
            }
        }
        List<AlignedPair> pairs = new ArrayList<>(after.get(0));
        int next = 0;
        for (int l = 0; l < ls.size(); l++) {
            if (!leftMatched[l]) {
                pairs.add(only(left, ls.get(l), AlignedPair.Kind.LEFT_ONLY));
            } else if (next < matched.size() && matched.get(next).leftSentences().get(0).equals(ls.get(l))) {
                pairs.add(matched.get(next));
                pairs.addAll(after.get(next + 1));
                next++;
            }
        }
        return pairs;
    }

    private static AlignedPair only(AnalyzedDocument doc, int sentence, AlignedPair.Kind kind) {
        Span span = doc.sentences().get(sentence).span();
        List<Integer> one = List.of(sentence);
        return kind == AlignedPair.Kind.LEFT_ONLY
                ? new AlignedPair(kind, span, null, one, List.of(), 0, List.of())
                : new AlignedPair(kind, null, span, List.of(), one, 0, List.of());
    }

    /** @param strict the units' strict forms, or null when they are the keys (default options) */
    private record Passage(Span span, List<Token> tokens, int[] ids, String[] strict) {
    }

    private static Passage passage(AnalyzedDocument doc, List<Integer> indexes, RuleWords.Units[] units,
                                   int[][] ids, List<Integer> group) {
        Span span = null;
        List<Token> tokens = new ArrayList<>();
        int size = group.stream().mapToInt(i -> ids[i].length).sum();
        int[] all = new int[size];
        String[] strict = units.length > 0 && units[group.get(0)].strict() != null ? new String[size] : null;
        int at = 0;
        for (int i : group) {
            Sentence s = doc.sentences().get(indexes.get(i));
            span = span == null ? s.span() : span.union(s.span());
            tokens.addAll(units[i].tokens());
            System.arraycopy(ids[i], 0, all, at, ids[i].length);
            if (strict != null) {
                System.arraycopy(units[i].strict(), 0, strict, at, ids[i].length);
            }
            at += ids[i].length;
        }
        return new Passage(span, tokens, all, strict);
    }

    private static RuleWords.Units[] units(RuleWords rules, AnalyzedDocument doc, List<Integer> sentences) {
        RuleWords.Units[] out = new RuleWords.Units[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rules.of(doc.text(), doc.sentences().get(sentences.get(i)));
        }
        return out;
    }

    private static List<Integer> original(List<Integer> indexes, List<Integer> group) {
        return group.stream().map(indexes::get).toList();
    }

    private static List<Integer> alignedSentences(AnalyzedDocument doc, Furniture furniture) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            if (furniture == Furniture.INCLUDED || !doc.sentences().get(i).boilerplate()) {
                out.add(i);
            }
        }
        return out;
    }

    private static int[][] ids(RuleWords.Units[] units, Map<String, Integer> vocabulary) {
        int[][] out = new int[units.length][];
        for (int i = 0; i < units.length; i++) {
            List<Token> tokens = units[i].tokens();
            out[i] = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                Integer id = vocabulary.get(tokens.get(t).form());
                if (id == null) {
                    id = vocabulary.size();
                    vocabulary.put(tokens.get(t).form(), id);
                }
                out[i][t] = id;
            }
        }
        return out;
    }

    private static long total(int[][] sentences) {
        long n = 0;
        for (int[] s : sentences) {
            n += s.length;
        }
        return n;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
