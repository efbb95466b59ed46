package org.stemma.quotes;

import org.stemma.text.SortedIds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quotation ledger of a corpus (decision record 1101): the same quotation in several articles is one
 * entry. Quotations are matched on their folded words, tolerant of edits; a short one ("meaningful" against
 * "important") by the sentence around it and its speaker. Candidates come from an index of each quotation's
 * rarest words, so the work grows with the number of quotations, not with the square of the articles.
 */
public final class Ledger {

    /** One article: its id in the corpus, its analysis and its quotations ({@link QuotationFinder#find}). */
    public record Source(long id, AnalyzedDocument document, List<Quotation> quotations) {
        public Source {
            quotations = List.copyOf(quotations);
        }

        public static Source of(long id, AnalyzedDocument document) {
            return new Source(id, document, QuotationFinder.find(document));
        }
    }

    private static final int KEYS = 4;
    private static final int MAX_BUCKET = 400;
    private static final int MAX_FORCED = 4000;
    private static final double WORD_SHARE = 0.6;
    private static final double CONTEXT_WITH_WORD = 0.4;
    private static final double CONTEXT_ALONE = 0.5;

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();

    private Ledger() {
    }

    public static List<LedgerEntry> build(List<Source> sources) {
        return new Ledger().entries(sources);
    }

    private List<LedgerEntry> entries(List<Source> sources) {
        List<QuotedWords> quotes = new ArrayList<>();
        for (Source s : sources) {
            for (Quotation q : s.quotations()) {
                quotes.add(words(quotes.size(), s, q));
            }
        }
        int[] parent = new int[quotes.size()];
        Arrays.setAll(parent, i -> i);
        Map<Integer, Integer> df = frequencies(quotes);
        double n = quotes.size() + 1.0;
        for (long pair : candidates(quotes, df)) {
            QuotedWords a = quotes.get((int) (pair >>> 32));
            QuotedWords b = quotes.get((int) pair);
            if (same(a, b, id -> Math.log(n / df.getOrDefault(id, 1)))) {
                union(parent, a.index, b.index);
            }
        }
        Map<Integer, List<QuotedWords>> groups = new LinkedHashMap<>();
        for (QuotedWords q : quotes) {
            groups.computeIfAbsent(find(parent, q.index), k -> new ArrayList<>()).add(q);
        }
        List<List<QuotedWords>> kept = groups.values().stream()
                .filter(g -> g.stream().anyMatch(q -> q.quotation.kind() == Quotation.Kind.ATTRIBUTED)).toList();
        Indirect indirect = new Indirect(this::id, sources, kept);
        List<LedgerEntry> entries = new ArrayList<>();
        for (int g = 0; g < kept.size(); g++) {
            entries.add(Comparison.entry(g + 1, kept.get(g), indirect.carriers(g)));
        }
        return entries;
    }

    int id(String form) {
        Integer id = ids.get(form);
        if (id == null) {
            synchronized (ids) {
                id = ids.computeIfAbsent(form, f -> ids.size());
            }
        }
        return id;
    }

    private QuotedWords words(int index, Source s, Quotation q) {
        AnalyzedDocument doc = s.document();
        List<Token> tokens = QuotedWords.tokensIn(doc, q.parts());
        int[] ids = tokens.stream().mapToInt(t -> id(t.form())).toArray();
        Set<Integer> context = new HashSet<>();
        boolean alone = true;
        for (Sentence sentence : doc.sentences()) {
            if (!sentence.span().overlaps(q.span()) && !sentence.span().contains(q.start())) {
                continue;
            }
            for (Token t : sentence.tokens()) {
                if (!inside(q, t)) {
                    context.add(id(t.form()));
                }
            }
            for (Quotation other : s.quotations()) {
                alone &= other == q || !sentence.span().overlaps(other.span());
            }
        }
        return new QuotedWords(index, s.id(), doc, q, tokens, ids,
                context.stream().mapToInt(Integer::intValue).sorted().toArray(), alone);
    }

    private static boolean inside(Quotation q, Token t) {
        for (Span p : q.parts()) {
            if (p.contains(t.start())) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of quotations that share one of their rarest words, or (when short) a rare word of their sentence. */
    /** In how many quotations each word occurs (a sentence's words under negative keys). */
    private static Map<Integer, Integer> frequencies(List<QuotedWords> quotes) {
        Map<Integer, Integer> df = new HashMap<>();
        for (QuotedWords q : quotes) {
            Arrays.stream(q.ids).distinct().forEach(i -> df.merge(i, 1, Integer::sum));
            Arrays.stream(q.context).forEach(i -> df.merge(-1 - i, 1, Integer::sum));
        }
        return df;
    }

    private static Set<Long> candidates(List<QuotedWords> quotes, Map<Integer, Integer> df) {
        // Every quotation is filed under all its words; each looks up only its rarest ones.
        Map<Integer, List<QuotedWords>> postings = new HashMap<>();
        for (QuotedWords q : quotes) {
            Arrays.stream(keys(q)).distinct().forEach(k -> postings.computeIfAbsent(k, x -> new ArrayList<>()).add(q));
        }
        Set<Long> pairs = new HashSet<>();
        int[] hits = new int[quotes.size()];
        int[] touched = new int[quotes.size()];
        for (QuotedWords q : quotes) {
            int[] probes = Arrays.stream(keys(q)).distinct().boxed().filter(k -> df.get(k) > 1)
                    .sorted(Comparator.comparingInt(df::get)).limit(KEYS).mapToInt(Integer::intValue).toArray();
            // Two rare words in common, where there are two to look up: one shared word is chance.
            int need = probes.length >= 2 ? 2 : 1;
            int n = 0;
            int looked = 0;
            for (int k : probes) {
                List<QuotedWords> posting = postings.get(k);
                // A quotation whose rarest words are all common still looks up its two rarest, within reason.
                if (posting.size() > MAX_BUCKET && (looked >= need || posting.size() > MAX_FORCED)) {
                    continue;
                }
                looked++;
                for (QuotedWords other : posting) {
                    if (other.index != q.index && hits[other.index]++ == 0) {
                        touched[n++] = other.index;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                int other = touched[i];
                if (hits[other] >= need) {
                    pairs.add((long) Math.min(q.index, other) << 32 | Math.max(q.index, other));
                }
                hits[other] = 0;
            }
        }
        return pairs;
    }

    /** A short quotation is also found by the words of its sentence (negative keys). */
    private static int[] keys(QuotedWords q) {
        return q.ids.length >= 3 ? q.ids : concat(q.ids, Arrays.stream(q.context).map(i -> -1 - i).toArray());
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Whether two quotations are one: most of the shorter one's words, or the same sentence and speaker. */
    static boolean same(QuotedWords a, QuotedWords b, java.util.function.IntToDoubleFunction weight) {
        int common = common(a.ids, b.ids);
        int shorter = Math.min(a.ids.length, b.ids.length);
        if (shorter >= 3 && common >= 3) {
            // Shared words weighed by rarity, so "the", "and", "we" do not make two quotations one.
            QuotedWords small = a.ids.length <= b.ids.length ? a : b;
            QuotedWords large = small == a ? b : a;
            return weighted(commonIds(small.ids, large.ids), weight) >= WORD_SHARE * weighted(small.ids, weight);
        }
        if (shorter >= 3 || a.document == b.document) {
            return false;
        }
        double context = SortedIds.dice(a.context, b.context);
        if (common >= 1 && context >= CONTEXT_WITH_WORD) {
            return true;
        }
        return common == 0 && a.alone && b.alone && context >= CONTEXT_ALONE
                && a.speaker != null && Comparison.sameSpeaker(a.speaker, b.speaker);
    }

    private static double weighted(int[] ids, java.util.function.IntToDoubleFunction weight) {
        double sum = 0;
        for (int id : ids) {
            sum += weight.applyAsDouble(id);
        }
        return sum;
    }

    /** The words of {@code a} also in {@code b}, each as often as both have it. */
    private static int[] commonIds(int[] a, int[] b) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : b) {
            counts.merge(x, 1, Integer::sum);
        }
        return Arrays.stream(a).filter(x -> {
            Integer c = counts.get(x);
            if (c == null || c == 0) {
                return false;
            }
            counts.put(x, c - 1);
            return true;
        }).toArray();
    }

    private static int common(int[] a, int[] b) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : a) {
            counts.merge(x, 1, Integer::sum);
        }
        int n = 0;
        for (int x : b) {
            Integer c = counts.get(x);
            if (c != null && c > 0) {
                counts.put(x, c - 1);
                n++;
            }
        }
        return n;
    }


    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
