package org.stemma.families;

import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.index.Candidate;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;

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

    /** Where the engine reads an article's analysis again: the corpus session, or what it was given. */
    @FunctionalInterface
    public interface Analyses {
        AnalyzedDocument analysis(long id);
    }

    /** Most candidates taken for an article added to a corpus already aligned. */
    private static final int NEW_CANDIDATES = 200;

    /**
     * A group of candidates with more new pairs than this aligns them without keeping the comparisons
     * for its derivation (memory stays bounded; the derivation aligns its related pairs again).
     */
    private static final int KEPT_COMPARISONS = 400;

    private final MarkedArticles marks;
    private final Set<Long> articles = new HashSet<>();
    private final Set<Long> pending = new HashSet<>();
    private final Map<PairKey, PairScore> scores = new ConcurrentHashMap<>();
    private final Map<List<Object>, Family> derived = new ConcurrentHashMap<>();
    private final AtomicLong alignments = new AtomicLong();
    private final AtomicLong derivations = new AtomicLong();
    private List<Family> families = List.of();

    /** An engine that keeps the analyses it is given (files on a command line, tests). */
    public FamilyEngine() {
        this.marks = new MarkedArticles();
    }

    /** An engine that reads analyses again from {@code analyses} (the corpus session) and keeps none. */
    public FamilyEngine(Analyses analyses) {
        this.marks = new MarkedArticles(analyses);
    }

    public synchronized void add(long id, AnalyzedDocument doc) {
        remove(id);
        articles.add(id);
        marks.add(id, doc);
        pending.add(id);
    }

    public synchronized void remove(long id) {
        if (!articles.remove(id)) {
            return;
        }
        marks.remove(id);
        pending.remove(id);
        scores.keySet().removeIf(k -> k.has(id));
    }

    /**
     * Scores and families kept from an earlier run (the project file), taken as they are instead of
     * aligning and deriving again. Call after adding the articles and before {@link #update}.
     *
     * @param taken the articles whose candidates that run took in; the others count as added since
     */
    public synchronized void restore(Collection<PairScore> kept, Collection<Family> keptFamilies, Collection<Long> taken) {
        marks.resetFurniture();
        Map<Long, List<PairScore>> byMember = new HashMap<>();
        for (PairScore s : kept) {
            if (articles.contains(s.a()) && articles.contains(s.b())) {
                scores.put(s.key(), s);
                if (s.related()) {
                    byMember.computeIfAbsent(s.a(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Family f : keptFamilies) {
            Set<PairScore> pairs = new HashSet<>();
            for (long m : f.members()) {
                for (PairScore s : byMember.getOrDefault(m, List.of())) {
                    if (f.members().contains(s.b())) {
                        pairs.add(s);
                    }
                }
            }
            derived.put(List.of(f.members(), pairs), f);
        }
        pending.removeAll(new HashSet<>(taken));
        families = buildFamilies();
    }

    /** The articles whose candidates have been taken in (every article but those added since the last update). */
    public synchronized List<Long> taken() {
        return articles.stream().filter(id -> !pending.contains(id)).sorted().toList();
    }

    /**
     * Aligns the candidates not aligned yet and rebuilds the families. The new pairs are taken group by
     * group (the articles they connect), on every core; a group's comparisons serve its derivation and
     * are then dropped, so a pair is aligned once and memory holds a few families' comparisons.
     *
     * @param candidates the pairs worth aligning (from the candidate index); others are never aligned
     */
    public synchronized List<Family> update(Collection<PairKey> candidates, Progress progress) {
        pending.clear();
        refreshFurniture();
        Set<PairKey> todo = new java.util.LinkedHashSet<>();
        for (PairKey k : candidates) {
            if (articles.contains(k.a()) && articles.contains(k.b()) && !scores.containsKey(k)) {
                todo.add(k);
            }
        }
        UnionFind groups = new UnionFind();
        todo.forEach(k -> groups.union(k.a(), k.b()));
        Map<Long, List<PairKey>> byGroup = new HashMap<>();
        todo.forEach(k -> byGroup.computeIfAbsent(groups.find(k.a()), x -> new ArrayList<>()).add(k));
        List<List<PairKey>> work = new ArrayList<>(byGroup.values());
        work.sort(Comparator.comparingInt((List<PairKey> g) -> -g.size()));
        AtomicLong done = new AtomicLong();
        Map<Long, List<PairScore>> before = relatedByMember(scores.values());
        work.parallelStream().forEach(group -> alignGroup(group, before, () -> {
            if (progress.cancelled()) {
                throw new CancellationException("families cancelled");
            }
            progress.report(done.incrementAndGet(), todo.size());
        }));
        families = buildFamilies();
        return families;
    }

    /** Aligns one group's new pairs, then derives the families they make while their comparisons are at hand. */
    private void alignGroup(List<PairKey> group, Map<Long, List<PairScore>> before, Runnable step) {
        boolean keep = group.size() <= KEPT_COMPARISONS;
        Map<PairKey, Comparison> aligned = new HashMap<>();
        Set<Long> touched = new HashSet<>();
        List<PairScore> fresh = new ArrayList<>();
        for (PairKey k : group) {
            step.run();
            Comparison c = Aligner.compare(document(k.a()), document(k.b()));
            alignments.incrementAndGet();
            PairScore score = PairScoring.of(k, c);
            scores.put(k, score);
            if (keep && score.related()) {
                fresh.add(score);
                aligned.put(k, c);
                touched.add(k.a());
                touched.add(k.b());
            }
        }
        if (!keep || aligned.isEmpty()) {
            return;
        }
        // The families these pairs belong to, with the related pairs kept from before.
        UnionFind parts = new UnionFind();
        List<PairScore> related = new ArrayList<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>(touched);
        Set<Long> seen = new HashSet<>(touched);
        Map<Long, List<PairScore>> byMember = relatedByMember(fresh);
        while (!queue.isEmpty()) {
            long m = queue.poll();
            parts.add(m);
            List<PairScore> around = new ArrayList<>(byMember.getOrDefault(m, List.of()));
            around.addAll(before.getOrDefault(m, List.of()));
            for (PairScore s : around) {
                parts.union(s.a(), s.b());
                long other = s.key().other(m);
                if (seen.add(other)) {
                    queue.add(other);
                }
                if (m == s.a()) {
                    related.add(s);
                }
            }
        }
        Map<Long, Map<PairKey, PairScore>> pairsOf = new HashMap<>();
        related.forEach(s -> pairsOf.computeIfAbsent(parts.find(s.a()), x -> new HashMap<>()).put(s.key(), s));
        for (List<Long> members : parts.groups()) {
            Map<PairKey, PairScore> pairs = pairsOf.get(parts.find(members.get(0)));
            derived.computeIfAbsent(List.of(members, Set.copyOf(pairs.values())), key -> derive(members, pairs, aligned));
        }
    }

    /** The related pairs of each article among {@code pairs}. */
    private static Map<Long, List<PairScore>> relatedByMember(Collection<PairScore> pairs) {
        Map<Long, List<PairScore>> out = new HashMap<>();
        for (PairScore s : pairs) {
            if (s.related()) {
                out.computeIfAbsent(s.a(), k -> new ArrayList<>()).add(s);
                out.computeIfAbsent(s.b(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
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
        if (added.size() * 2 > articles.size()) {
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
        return marks.document(id);
    }

    /** Hashes of the folded lines judged furniture across the corpus. */
    public synchronized Set<Long> corpusFurniture() {
        return marks.furniture();
    }

    /** Lines whose standing changed invalidate the pairs of the articles carrying them. */
    private void refreshFurniture() {
        Set<Long> touched = marks.refreshFurniture();
        if (!touched.isEmpty()) {
            scores.keySet().removeIf(k -> touched.contains(k.a()) || touched.contains(k.b()));
        }
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
        List<List<Long>> groups = parts.groups();
        List<List<Object>> keys = new ArrayList<>();
        for (List<Long> members : groups) {
            keys.add(List.of(members, Set.copyOf(related.get(parts.find(members.get(0))).values())));
        }
        // Families are independent: those not derived yet are derived in parallel, each from its own
        // pairs aligned again.
        List<Family> made = java.util.stream.IntStream.range(0, groups.size()).parallel().mapToObj(i -> {
            Family f = derived.get(keys.get(i));
            return f != null ? f : derive(groups.get(i), related.get(parts.find(groups.get(i).get(0))), Map.of());
        }).toList();
        Map<List<Object>, Family> kept = new HashMap<>();
        List<Family> out = new ArrayList<>();
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

    /** @param aligned comparisons already made of some of the pairs; the others are aligned again here */
    private Family derive(List<Long> members, Map<PairKey, PairScore> pairs, Map<PairKey, Comparison> aligned) {
        derivations.incrementAndGet();
        Map<Long, AnalyzedDocument> docs = new HashMap<>();
        members.forEach(m -> docs.put(m, document(m)));
        Map<PairKey, Comparison> comparisons = new HashMap<>(aligned);
        Derivation.Result r = new Derivation(members, docs, pairs, k -> comparisons.computeIfAbsent(k, x -> {
            alignments.incrementAndGet();
            return Aligner.compare(docs.get(x.a()), docs.get(x.b()));
        }), id -> FamilyNames.label(docs.get(id))).derive();
        return new Family(0, FamilyNames.name(members, docs, r), members, r.shares(), r.root(), r.edges());
    }

    /** The stated title, else the first sentence of the article proper, cut to a readable length. */
    public static String headline(AnalyzedDocument doc) {
        return FamilyNames.headline(doc);
    }
}
