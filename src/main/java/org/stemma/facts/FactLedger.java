package org.stemma.facts;

import org.stemma.text.SortedIds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The facts several articles share (decision record 1102): the same number or date by value (written any
 * way), a discrepancy where the same sentence counts the same thing with another number, and names
 * spelled differently. Candidates come from the rare words of each fact's sentence, as in the quotation
 * ledger, so the work grows with the facts, not with the square of the articles.
 */
public final class FactLedger {

    /** One article and its facts ({@link FactFinder#find}). */
    public record Source(long id, AnalyzedDocument document, List<Fact> facts) {
        /** The article's facts, its names read with its own words only. */
        public static Source of(long id, AnalyzedDocument document) {
            return new Source(id, document, FactFinder.find(document));
        }
    }

    /**
     * The facts of every article of a corpus, by id in the map's order, each article's names read with how
     * the whole corpus writes their words (decision 1121). Reads the articles in parallel.
     */
    public static List<Source> sources(Map<Long, AnalyzedDocument> articles) {
        CorpusWords words = CorpusWords.of(articles.values());
        return articles.entrySet().parallelStream()
                .map(e -> new Source(e.getKey(), e.getValue(), FactFinder.find(e.getValue(), words))).toList();
    }

    private record Item(int index, long document, Fact fact, int[] context) {
    }

    private static final int KEYS = 3;
    private static final int MAX_POSTING = 60;
    private static final double SAME_SENTENCE = 0.3;

    private FactLedger() {
    }

    public static List<FactGroup> build(List<Source> sources) {
        Map<String, Integer> ids = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Source s : sources) {
            for (Fact f : s.facts()) {
                items.add(new Item(items.size(), s.id(), f, context(s.document(), f, ids)));
            }
        }
        int[] parent = new int[items.size()];
        Arrays.setAll(parent, i -> i);
        Map<String, Integer> byValue = new HashMap<>();
        for (Item it : items) {
            String key = key(it.fact);
            Integer first = byValue.putIfAbsent(key, it.index);
            if (first != null) {
                union(parent, first, it.index);
            }
        }
        Set<String> stated = new HashSet<>();
        for (Item it : items) {
            stated.add(it.document + "\u0000" + it.fact.value());
        }
        for (long pair : contextPairs(items)) {
            Item a = items.get((int) (pair >>> 32));
            Item b = items.get((int) pair);
            // Only a fact the other article does not state as such can be its discrepancy.
            boolean unmatched = a.fact.value().equals(b.fact.value())
                    || !stated.contains(b.document + "\u0000" + a.fact.value())
                    && !stated.contains(a.document + "\u0000" + b.fact.value());
            if (unmatched && a.document != b.document && a.fact.type() == b.fact.type() && a.fact.type() != Fact.Type.NAME
                    && (Numbers.countsKey(a.fact.unit()).equals(Numbers.countsKey(b.fact.unit()))
                    || a.fact.value().equals(b.fact.value()))
                    && SortedIds.dice(a.context, b.context) >= SAME_SENTENCE) {
                union(parent, a.index, b.index);
            }
        }
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        for (Item it : items) {
            groups.computeIfAbsent(find(parent, it.index), k -> new ArrayList<>()).add(it);
        }
        List<FactGroup> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            FactGroup group = group(out.size() + 1, g);
            if (group.articleCount() > 1 || group.flags().contains(FactGroup.Flag.VARIANT)) {
                out.add(group);
            }
        }
        return out;
    }

    /** What makes two facts the same: a number's value and kind of thing counted, a date, a name's skeleton. */
    private static String key(Fact f) {
        return switch (f.type()) {
            case NUMBER -> "n:" + f.value() + ":" + Numbers.countsKey(f.unit());
            case DATE -> "d:" + f.value();
            case NAME -> "p:" + Spellings.skeleton(Spellings.lastWord(f.value()));
        };
    }

    private static FactGroup group(int id, List<Item> g) {
        Map<String, Integer> values = new HashMap<>();
        Set<String> surfaces = new HashSet<>();
        for (Item it : g) {
            values.merge(it.fact.value(), 1, Integer::sum);
            surfaces.add(it.fact.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        EnumSet<FactGroup.Flag> flags = EnumSet.noneOf(FactGroup.Flag.class);
        Fact.Type type = g.get(0).fact.type();
        long spellings = g.stream().map(it -> Spellings.lastWord(it.fact.value())).distinct().count();
        if (type == Fact.Type.NAME) {
            if (spellings > 1) {
                flags.add(FactGroup.Flag.VARIANT);
            }
        } else if (values.size() > 1) {
            flags.add(FactGroup.Flag.DISCREPANCY);
        } else if (type != Fact.Type.NAME && surfaces.size() > 1) {
            flags.add(FactGroup.Flag.WRITTEN_DIFFERENTLY);
        }
        String value = values.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String unit = g.stream().map(it -> it.fact.unit()).filter(u -> u != null).findFirst().orElse(null);
        List<FactGroup.Member> members = g.stream().map(it -> new FactGroup.Member(it.document, it.fact)).toList();
        return new FactGroup(id, type, value, unit, members, flags);
    }

    /** The words of the fact's sentence, without the fact's own words, as sorted ids. */
    private static int[] context(AnalyzedDocument doc, Fact f, Map<String, Integer> ids) {
        Set<Integer> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(f.span().start())) {
                for (Token t : s.tokens()) {
                    if (!f.span().overlaps(t.span())) {
                        out.add(ids.computeIfAbsent(t.form(), k -> ids.size()));
                    }
                }
                break;
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static Set<Long> contextPairs(List<Item> items) {
        Map<Integer, Integer> df = new HashMap<>();
        Map<Integer, List<Item>> postings = new HashMap<>();
        for (Item it : items) {
            if (it.fact.type() == Fact.Type.NAME) {
                continue;
            }
            for (int w : it.context) {
                df.merge(w, 1, Integer::sum);
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(it);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (Item it : items) {
            if (it.fact.type() == Fact.Type.NAME) {
                continue;
            }
            int[] probes = Arrays.stream(it.context).boxed().filter(w -> df.get(w) > 1)
                    .sorted(Comparator.comparingInt(df::get)).limit(KEYS).mapToInt(Integer::intValue).toArray();
            for (int w : probes) {
                List<Item> posting = postings.get(w);
                if (posting.size() > MAX_POSTING) {
                    continue;
                }
                for (Item other : posting) {
                    if (other.index != it.index) {
                        pairs.add((long) Math.min(it.index, other.index) << 32 | Math.max(it.index, other.index));
                    }
                }
            }
        }
        return pairs;
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
