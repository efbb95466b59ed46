package org.stemma.quotes;

import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Articles that carry a quotation's words without its marks: a sentence outside every quotation that
 * holds most of the reference's words in order ("turned indirect": the marks dropped, or reported speech).
 * One pass over the corpus' words, looking only at the rarest words of each long quotation.
 */
final class Indirect {

    private static final int MIN_WORDS = 6;
    private static final int RARE = 3;
    private static final double COVERAGE = 0.6;
    /** A word in more sentences than this is no clue to where a quotation went. */
    private static final int MAX_CARRIERS = 200;

    private final Map<Integer, List<Member>> found = new HashMap<>();

    Indirect(ToIntFunction<String> ids, List<Ledger.Source> sources, List<List<QuotedWords>> groups) {
        // How many sentences of the corpus hold each word: the rarest words of a quotation find its carriers.
        Map<Integer, Integer> df = new HashMap<>();
        Map<Long, int[]> sentenceIds = new HashMap<>();
        for (Ledger.Source s : sources) {
            List<Sentence> sentences = s.document().sentences();
            for (int k = 0; k < sentences.size(); k++) {
                int[] words = sentences.get(k).tokens().stream().mapToInt(t -> ids.applyAsInt(t.form())).toArray();
                sentenceIds.put(s.id() << 20 | k, words);
                Arrays.stream(words).distinct().forEach(w -> df.merge(w, 1, Integer::sum));
            }
        }
        Map<Integer, List<Integer>> byRareWord = new HashMap<>();
        Map<Integer, int[]> references = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            QuotedWords longest = groups.get(g).stream().max((a, b) -> Integer.compare(a.ids.length, b.ids.length)).orElseThrow();
            if (longest.ids.length < MIN_WORDS) {
                continue;
            }
            references.put(g, longest.ids);
            new HashSet<>(box(longest.ids)).stream().filter(id -> df.getOrDefault(id, 0) <= MAX_CARRIERS)
                    .sorted((a, b) -> Integer.compare(df.getOrDefault(a, 0), df.getOrDefault(b, 0)))
                    .limit(RARE).forEach(id -> byRareWord.computeIfAbsent(id, k -> new ArrayList<>()).add(group));
        }
        if (byRareWord.isEmpty()) {
            return;
        }
        for (Ledger.Source s : sources) {
            Set<Integer> carried = new HashSet<>();
            List<Sentence> sentences = s.document().sentences();
            for (int k = 0; k < sentences.size(); k++) {
                Sentence sentence = sentences.get(k);
                if (sentence.boilerplate() || quoted(s, sentence.span())) {
                    continue;
                }
                int[] words = sentenceIds.get(s.id() << 20 | k);
                Map<Integer, Integer> hits = new HashMap<>();
                for (int w : words) {
                    List<Integer> gs = byRareWord.get(w);
                    if (gs != null) {
                        gs.forEach(g -> hits.merge(g, 1, Integer::sum));
                    }
                }
                for (Map.Entry<Integer, Integer> hit : hits.entrySet()) {
                    int g = hit.getKey();
                    if (hit.getValue() < 2 || carried.contains(g)
                            || groups.get(g).stream().anyMatch(q -> q.document == s.id())) {
                        continue;
                    }
                    int[] ref = references.get(g);
                    if (lcs(ref, words) >= COVERAGE * ref.length) {
                        carried.add(g);
                        found.computeIfAbsent(g, x -> new ArrayList<>()).add(member(s, sentence));
                    }
                }
            }
        }
    }

    /** The unquoted carriers of group {@code group} (its index in the groups given). */
    List<Member> carriers(int group) {
        return found.getOrDefault(group, List.of());
    }

    private static Member member(Ledger.Source s, Sentence sentence) {
        return new Member(s.id(), null, sentence.span(), sentence.span().of(s.document().text()), null,
                s.document().document().metadata().date(), EnumSet.of(LedgerEntry.Flag.INDIRECT), List.of());
    }

    private static boolean quoted(Ledger.Source s, Span sentence) {
        for (Quotation q : s.quotations()) {
            for (Span p : q.parts()) {
                if (p.overlaps(sentence)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Integer> box(int[] ids) {
        List<Integer> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }

    /** Length of the longest common subsequence: the reference's words found in order. */
    static int lcs(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
