package org.stemma.families;

import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.index.Candidate;
import org.stemma.index.CandidateIndex;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.text.Sentence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The families of a corpus, kept up to date as articles come and go. Only candidate pairs are aligned,
 * each once: a pair's score is kept until one of its articles is removed or its corpus furniture
 * changes, and a family's derivation is kept while its members and their scores stay the same, so adding
 * an article aligns its own candidates and re-derives only the family it joins.
 */
public final class FamilyEngine {

    /** Reports how far the work has come; {@link #cancelled()} stops it between alignments. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void report(long done, long total);

        default boolean cancelled() {
            return false;
        }
    }

    /** Most candidates taken for an article added to a corpus already aligned. */
    private static final int NEW_CANDIDATES = 200;

    /** Analysed articles kept at hand; the others are analysed again when needed, so memory stays bounded. */
    private static final int CACHED = 1024;

    private final Map<Long, Document> raw = new HashMap<>();
    private final Set<Long> pending = new HashSet<>();
    private final Map<Long, AnalyzedDocument> marked = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, AnalyzedDocument> eldest) {
                    return size() > CACHED;
                }
            });
    private final CorpusFurniture corpusFurniture = new CorpusFurniture();
    private Set<String> furniture = Set.of();
    private final Map<PairKey, PairScore> scores = new ConcurrentHashMap<>();
    private final Map<List<Object>, Family> derived = new HashMap<>();
    private final AtomicLong alignments = new AtomicLong();
    private final AtomicLong derivations = new AtomicLong();
    private List<Family> families = List.of();

    public synchronized void add(long id, AnalyzedDocument doc) {
        remove(id);
        raw.put(id, doc.document());
        marked.put(id, CorpusFurniture.mark(doc, furniture));
        pending.add(id);
        corpusFurniture.add(id, doc);
    }

    public synchronized void remove(long id) {
        if (raw.remove(id) == null) {
            return;
        }
        marked.remove(id);
        pending.remove(id);
        corpusFurniture.remove(id);
        scores.keySet().removeIf(k -> k.has(id));
    }

    /**
     * Scores and families kept from an earlier run (the project file), taken as they are instead of
     * aligning and deriving again. Call after adding the articles and before {@link #update}.
     */
    public synchronized void restore(Collection<PairScore> kept, Collection<Family> keptFamilies) {
        furniture = corpusFurniture.furniture();
        marked.clear();
        for (PairScore s : kept) {
            if (raw.containsKey(s.a()) && raw.containsKey(s.b())) {
                scores.put(s.key(), s);
            }
        }
        for (Family f : keptFamilies) {
            Map<PairKey, PairScore> pairs = new HashMap<>();
            for (PairScore s : scores.values()) {
                if (s.related() && f.members().contains(s.a()) && f.members().contains(s.b())) {
                    pairs.put(s.key(), s);
                }
            }
            derived.put(List.of(f.members(), Set.copyOf(pairs.values())), f);
        }
        families = buildFamilies();
    }

    /**
     * Aligns the candidates not aligned yet and rebuilds the families.
     *
     * @param candidates the pairs worth aligning (from the candidate index); others are never aligned
     */
    public synchronized List<Family> update(Collection<PairKey> candidates, Progress progress) {
        pending.clear();
        refreshFurniture();
        Set<PairKey> unique = new java.util.LinkedHashSet<>(candidates);
        List<PairKey> todo = new ArrayList<>();
        for (PairKey k : unique) {
            if (raw.containsKey(k.a()) && raw.containsKey(k.b()) && !scores.containsKey(k)) {
                todo.add(k);
            }
        }
        // In article order, so that an article's pairs find it still analysed in the cache.
        todo.sort(Comparator.comparingLong(PairKey::a).thenComparingLong(PairKey::b));
        AtomicLong done = new AtomicLong();
        todo.parallelStream().forEach(k -> {
            if (progress.cancelled()) {
                throw new CancellationException("families cancelled");
            }
            align(k);
            progress.report(done.incrementAndGet(), todo.size());
        });
        families = buildFamilies();
        return families;
    }

    /**
     * {@link #update(Collection, Progress)} with the pairs the candidate index finds worth aligning: all
     * of them on a first run, and after that only those of the articles added since, which is what makes
     * adding a few articles to a large corpus cheap.
     */
    public List<Family> update(CandidateIndex index, Progress progress) {
        List<Long> added;
        synchronized (this) {
            added = List.copyOf(pending);
            pending.clear();
        }
        if (added.size() * 2 > raw.size()) {
            return update(index.pairs().stream().map(p -> PairKey.of(p.a(), p.b())).toList(), progress);
        }
        Set<PairKey> pairs = new java.util.LinkedHashSet<>();
        for (long id : added) {
            for (Candidate c : index.similarTo(id, NEW_CANDIDATES)) {
                if (c.score() >= CandidateIndex.PAIR_SCORE) {
                    pairs.add(PairKey.of(id, c.id()));
                }
            }
        }
        return update(pairs, progress);
    }

    public synchronized List<Family> families() {
        return families;
    }

    /** Every pair aligned so far, related or not. */
    public synchronized List<PairScore> scores() {
        return scores.values().stream().sorted(Comparator.comparing(PairScore::a).thenComparing(PairScore::b)).toList();
    }

    /** How many pairs have been aligned since this engine was made. */
    public long alignments() {
        return alignments.get();
    }

    /** How many families have been derived since this engine was made. */
    public long derivations() {
        return derivations.get();
    }

    /** The article as the families see it: corpus furniture marked. */
    public AnalyzedDocument document(long id) {
        AnalyzedDocument doc = marked.get(id);
        if (doc == null) {
            doc = CorpusFurniture.mark(Analyzer.analyze(raw.get(id)), furniture);
            marked.put(id, doc);
        }
        return doc;
    }

    /** Folded lines judged furniture across the corpus. */
    public synchronized Set<String> corpusFurniture() {
        return furniture;
    }

    /** Lines whose standing changed invalidate the pairs of the articles carrying them. */
    private void refreshFurniture() {
        Set<String> now = corpusFurniture.furniture();
        Set<String> changed = new HashSet<>(now);
        changed.addAll(furniture);
        Set<String> both = new HashSet<>(now);
        both.retainAll(furniture);
        changed.removeAll(both);
        furniture = now;
        if (changed.isEmpty()) {
            return;
        }
        Set<Long> touched = corpusFurniture.carriersOf(changed);
        touched.forEach(marked::remove);
        scores.keySet().removeIf(k -> touched.contains(k.a()) || touched.contains(k.b()));
    }

    private Comparison compare(PairKey k, Map<Long, AnalyzedDocument> docs) {
        alignments.incrementAndGet();
        return Aligner.compare(docs.get(k.a()), docs.get(k.b()));
    }

    private void align(PairKey k) {
        Comparison c = Aligner.compare(document(k.a()), document(k.b()));
        alignments.incrementAndGet();
        scores.put(k, PairScoring.of(k, c));
    }


    private List<Family> buildFamilies() {
        UnionFind parts = new UnionFind();
        Map<Long, Map<PairKey, PairScore>> related = new HashMap<>();
        for (PairScore s : scores.values()) {
            if (s.related()) {
                parts.union(s.a(), s.b());
            }
        }
        for (PairScore s : scores.values()) {
            if (s.related()) {
                related.computeIfAbsent(parts.find(s.a()), k -> new HashMap<>()).put(s.key(), s);
            }
        }
        Map<List<Object>, Family> kept = new HashMap<>();
        List<Family> out = new ArrayList<>();
        List<List<Long>> groups = parts.groups();
        List<List<Object>> keys = new ArrayList<>();
        for (List<Long> members : groups) {
            keys.add(List.of(members, Set.copyOf(related.get(parts.find(members.get(0))).values())));
        }
        // Families are independent: derived in parallel, each from its own pairs aligned again.
        List<Family> made = java.util.stream.IntStream.range(0, groups.size()).parallel().mapToObj(i -> {
            Family f = derived.get(keys.get(i));
            return f != null ? f : derive(groups.get(i), related.get(parts.find(groups.get(i).get(0))));
        }).toList();
        for (int i = 0; i < groups.size(); i++) {
            kept.put(keys.get(i), made.get(i));
            out.add(made.get(i));
        }
        derived.clear();
        derived.putAll(kept);
        out.sort(Comparator.comparingInt((Family f) -> -f.members().size()).thenComparing(f -> f.members().get(0)));
        List<Family> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            numbered.add(out.get(i).withId(i + 1));
        }
        return List.copyOf(numbered);
    }

    private Family derive(List<Long> members, Map<PairKey, PairScore> pairs) {
        derivations.incrementAndGet();
        Map<Long, AnalyzedDocument> docs = new HashMap<>();
        members.forEach(m -> docs.put(m, document(m)));
        // Comparisons are not kept between runs (they hold whole analyses): the family's pairs are
        // aligned again here, once each.
        Map<PairKey, Comparison> aligned = new HashMap<>();
        Derivation.Result r = new Derivation(members, docs, pairs,
                k -> aligned.computeIfAbsent(k, x -> compare(x, docs)), id -> label(docs.get(id))).derive();
        return new Family(0, name(members, docs, r), members, r.shares(), r.root(), r.edges());
    }

    /** The root's headline; else the earliest dated member's; else the most central member's. */
    private static String name(List<Long> members, Map<Long, AnalyzedDocument> docs, Derivation.Result r) {
        if (r.root() != null) {
            return headline(docs.get(r.root()));
        }
        Comparator<Long> byDate = Comparator.comparing(m -> PublicationDate.parse(docs.get(m).document().metadata().date()),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Long, Double> centrality = new HashMap<>();
        for (DerivationEdge e : r.edges()) {
            centrality.merge(e.from(), e.similarity(), Double::sum);
            centrality.merge(e.to(), e.similarity(), Double::sum);
        }
        long best = members.stream().min(byDate.thenComparing(m -> -centrality.getOrDefault(m, 0.0))).orElseThrow();
        return headline(docs.get(best));
    }

    /** The stated title, else the first sentence of the article proper, cut to a readable length. */
    public static String headline(AnalyzedDocument doc) {
        String title = doc.document().metadata().title();
        if (title == null || title.isBlank()) {
            title = doc.sentences().stream().filter(s -> !s.boilerplate()).findFirst()
                    .map(Sentence::span).map(s -> s.of(doc.text())).orElse(doc.document().name());
        }
        title = title.strip().replaceAll("\\s+", " ");
        return title.length() <= 120 ? title : title.substring(0, 119) + "\u2026";
    }

    /** How evidence names an article: its document name. */
    private static String label(AnalyzedDocument doc) {
        return doc.document().name();
    }
}
