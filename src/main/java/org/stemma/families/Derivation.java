package org.stemma.families;

import org.stemma.align.AlignedPair;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.model.DerivationEdge;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who copied whom inside one family (decision 1000). Each related pair gets a direction from its own
 * evidence; each copy then takes as source the candidate that best explains it, and a candidate that is
 * itself a copy of another is preferred only when the copy inherits its variants (otherwise the two are
 * siblings, not a chain). What the evidence cannot orient stays an undirected edge.
 */
final class Derivation {

    /** Share of a copy's words found in a second source and not in the first, for it to count as merged. */
    static final double MERGED_SHARE = 0.15;

    private final List<Long> members;
    private final Map<Long, AnalyzedDocument> docs;
    private final Function<PairKey, Comparison> comparisons;
    private final Map<PairKey, PairScore> scores;
    private final Function<Long, String> label;
    private final Map<PairKey, Direction> directions = new HashMap<>();

    /**
     * @param comparisons the comparison of a related pair, its smaller id on the left
     * @param scores      the related pairs among the members
     */
    Derivation(List<Long> members, Map<Long, AnalyzedDocument> docs, Map<PairKey, PairScore> scores,
               Function<PairKey, Comparison> comparisons, Function<Long, String> label) {
        this.members = members;
        this.docs = docs;
        this.scores = scores;
        this.comparisons = comparisons;
        this.label = label;
        for (PairScore s : scores.values()) {
            directions.put(s.key(), new Direction(docs.get(s.a()), label.apply(s.a()), docs.get(s.b()), label.apply(s.b()), s,
                    () -> comparisons.apply(s.key())));
        }
        orientByVariants();
    }

    /**
     * Two copies of one ancestor that share its departures from it are one line of descent; the one that
     * adds departures of its own, while the other has none the first lacks, is the later.
     */
    private void orientByVariants() {
        for (PairScore s : scores.values()) {
            Direction d = directions.get(s.key());
            if (Math.abs(d.logOdds()) >= Direction.STATED) {
                continue;
            }
            members.stream()
                    .filter(x -> x != s.a() && x != s.b() && ancestorOf(x, s.a()) && ancestorOf(x, s.b()))
                    .max(Comparator.comparingDouble(x -> Math.min(similarity(x, s.a()), similarity(x, s.b()))))
                    .ifPresent(x -> laterByVariants(x, s.a(), s.b(), d));
        }
    }

    private void laterByVariants(long ancestor, long a, long b, Direction d) {
        InheritedVariants.Vote aInB = InheritedVariants.vote(oriented(ancestor, a), oriented(ancestor, b));
        InheritedVariants.Vote bInA = InheritedVariants.vote(oriented(ancestor, b), oriented(ancestor, a));
        int ownA = aInB.withSource();
        int ownB = bInA.withSource();
        int shared = Math.max(aInB.withCopy(), bInA.withCopy());
        if (shared == 0 || ownA > 0 == ownB > 0) {
            return;
        }
        boolean aFirst = ownA == 0;
        long earlier = aFirst ? a : b;
        long later = aFirst ? b : a;
        InheritedVariants.Vote vote = aFirst ? aInB : bInA;
        d.add(new Direction.Clue((aFirst ? 1 : -1) * Direction.INHERITED * 1.5, String.format(
                "inherited variants: %s carries %s's %d departures from %s (%s) and adds %d of its own: %s is the later copy",
                label.apply(later), label.apply(earlier), shared, label.apply(ancestor), String.join("; ", vote.examples()),
                aFirst ? ownB : ownA, label.apply(later))));
    }

    private boolean ancestorOf(long x, long y) {
        return scores.containsKey(PairKey.of(x, y)) && logOdds(x, y) >= Direction.STATED;
    }

    private double similarity(long x, long y) {
        return scores.get(PairKey.of(x, y)).similarity();
    }

    record Result(List<DerivationEdge> edges, Long root, Map<Long, Double> shares) {
    }

    Result derive() {
        Map<PairKey, DerivationEdge> edges = new LinkedHashMap<>();
        Map<Long, List<Long>> sources = new HashMap<>();
        for (long copy : members) {
            List<Long> candidates = new ArrayList<>();
            for (long other : members) {
                if (other != copy && scores.containsKey(PairKey.of(other, copy)) && logOdds(other, copy) >= Direction.STATED) {
                    candidates.add(other);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(Comparator.comparingDouble((Long c) -> -contained(copy, c)));
            long best = candidates.get(0);
            List<Choice> choices = new ArrayList<>();
            for (long other : candidates.subList(1, candidates.size())) {
                Choice choice = choose(copy, best, other);
                best = choice.source;
                choices.add(choice);
            }
            List<Long> chosen = new ArrayList<>(List.of(best));
            mergedSource(copy, best, candidates).ifPresent(chosen::add);
            sources.put(copy, chosen);
            long first = best;
            List<String> why = choices.stream().filter(c -> c.source == first && c.evidence != null)
                    .map(Choice::evidence).distinct().toList();
            boolean inherited = choices.stream().anyMatch(c -> c.source == first && c.inherited);
            for (long source : chosen) {
                edges.put(PairKey.of(source, copy), source == best ? directed(source, copy, why, inherited)
                        : directed(source, copy, List.of(String.format("merged: %d%% of %s is found in %s and not in %s",
                        Direction.pct(onlyIn(copy, source, best)), label.apply(copy), label.apply(source), label.apply(best))), false));
            }
        }
        breakCycles(edges);
        connect(edges);
        return new Result(List.copyOf(edges.values()), root(edges), shares());
    }

    /** The preferred source, whether the copy inherits its departures, and why (null when nothing to say). */
    private record Choice(long source, boolean inherited, String evidence) {
    }

    /**
     * Between two candidate sources of {@code copy}: when one descends from the other, the copy is taken
     * from the descendant only if it inherits the descendant's departures from the ancestor.
     */
    private Choice choose(long copy, long first, long second) {
        PairKey between = PairKey.of(first, second);
        if (!scores.containsKey(between) || Math.abs(logOdds(first, second)) < Direction.STATED) {
            return new Choice(first, false, null);
        }
        long ancestor = logOdds(first, second) > 0 ? first : second;
        long descendant = ancestor == first ? second : first;
        InheritedVariants.Vote vote = InheritedVariants.vote(oriented(ancestor, descendant), oriented(ancestor, copy));
        if (vote.inherits()) {
            return new Choice(descendant, true, String.format(
                    "inherited variants: %s shares %d of %s's departures from %s (%s) and reads as %s in %d places: copied from %s, not from %s",
                    label.apply(copy), vote.withCopy(), label.apply(descendant), label.apply(ancestor),
                    String.join("; ", vote.examples()), label.apply(ancestor), vote.withSource(),
                    label.apply(descendant), label.apply(ancestor)));
        }
        String why = String.format("siblings: %s does not share %s's departures from %s (%d shared, %d read as %s): both copy %s",
                label.apply(copy), label.apply(descendant), label.apply(ancestor), vote.withCopy(), vote.withSource(),
                label.apply(ancestor), label.apply(ancestor));
        return new Choice(ancestor, false, why);
    }

    /** A second candidate that supplies a real part of the copy the first does not: the copy merged two. */
    private java.util.Optional<Long> mergedSource(long copy, long best, List<Long> candidates) {
        long second = -1;
        double most = 0;
        for (long other : candidates) {
            double only = other == best ? 0 : onlyIn(copy, other, best);
            if (only > most) {
                most = only;
                second = other;
            }
        }
        return most >= MERGED_SHARE ? java.util.Optional.of(second) : java.util.Optional.empty();
    }

    /** Share of the copy's article words aligned with {@code other} and not with {@code best}. */
    private double onlyIn(long copy, long other, long best) {
        Set<Integer> inOther = matchedSentences(copy, other);
        inOther.removeAll(matchedSentences(copy, best));
        AnalyzedDocument doc = docs.get(copy);
        long words = 0;
        for (int i : inOther) {
            words += doc.sentences().get(i).tokens().size();
        }
        long total = PairScoring.articleWords(doc);
        return total == 0 ? 0 : (double) words / total;
    }

    private Set<Integer> matchedSentences(long id, long other) {
        Set<Integer> out = new HashSet<>();
        if (!scores.containsKey(PairKey.of(id, other))) {
            return out;
        }
        for (AlignedPair p : oriented(id, other).pairs()) {
            if (p.kind().isMatch()) {
                out.addAll(p.leftSentences());
            }
        }
        return out;
    }

    private DerivationEdge directed(long source, long copy, List<String> extra, boolean inherited) {
        Direction d = directions.get(PairKey.of(source, copy));
        double logOdds = logOdds(source, copy) + (inherited ? Direction.INHERITED : 0);
        List<String> evidence = new ArrayList<>(extra);
        d.clues().forEach(c -> evidence.add(c.text()));
        return edge(source, copy, true, 1 / (1 + Math.exp(-logOdds)), evidence);
    }

    private DerivationEdge edge(long from, long to, boolean directed, double confidence, List<String> evidence) {
        PairScore s = scores.get(PairKey.of(from, to));
        return new DerivationEdge(from, to, s.similarity(), s.contained(from), s.contained(to), directed,
                Math.round(confidence * 1000) / 1000.0, evidence);
    }

    /** Inconsistent dates can orient a ring; its least certain edge loses its direction. */
    private void breakCycles(Map<PairKey, DerivationEdge> edges) {
        while (true) {
            List<DerivationEdge> cycle = Cycles.find(edges.values());
            if (cycle.isEmpty()) {
                return;
            }
            DerivationEdge weakest = cycle.stream().min(Comparator.comparingDouble(DerivationEdge::confidence)).orElseThrow();
            edges.put(PairKey.of(weakest.from(), weakest.to()), undirected(weakest.from(), weakest.to(),
                    "direction dropped: it closed a cycle with " + (cycle.size() - 1) + " other edges"));
        }
    }

    /**
     * Parts of the family that the directed edges leave apart are joined by their most similar pair, as an
     * undirected edge: related, direction inconclusive.
     */
    private void connect(Map<PairKey, DerivationEdge> edges) {
        UnionFind parts = new UnionFind();
        members.forEach(parts::add);
        edges.keySet().forEach(k -> parts.union(k.a(), k.b()));
        List<PairScore> byShare = new ArrayList<>(scores.values());
        byShare.sort(Comparator.comparingDouble(PairScore::similarity).reversed());
        for (PairScore s : byShare) {
            if (parts.union(s.a(), s.b())) {
                edges.put(s.key(), undirected(s.a(), s.b(), "direction inconclusive"));
            }
        }
    }

    private DerivationEdge undirected(long a, long b, String why) {
        Direction d = directions.get(PairKey.of(a, b));
        long from = d.logOdds() >= 0 ? Math.min(a, b) : Math.max(a, b);
        long to = from == Math.min(a, b) ? Math.max(a, b) : Math.min(a, b);
        List<String> evidence = new ArrayList<>(List.of(why));
        d.clues().forEach(c -> evidence.add(c.text()));
        double p = d.probability();
        return edge(from, to, false, Math.max(p, 1 - p), evidence);
    }

    /** The one member with no source, when every other member descends from it along directed edges. */
    private Long root(Map<PairKey, DerivationEdge> edges) {
        Set<Long> copies = new HashSet<>();
        for (DerivationEdge e : edges.values()) {
            if (!e.directed()) {
                return null;
            }
            copies.add(e.to());
        }
        List<Long> roots = members.stream().filter(m -> !copies.contains(m)).toList();
        return roots.size() == 1 ? roots.get(0) : null;
    }

    /** For each member, the share of its words aligned with at least one other member. */
    private Map<Long, Double> shares() {
        Map<Long, Double> out = new HashMap<>();
        for (long m : members) {
            Set<Integer> covered = new HashSet<>();
            for (long other : members) {
                if (other != m) {
                    covered.addAll(matchedSentences(m, other));
                }
            }
            AnalyzedDocument doc = docs.get(m);
            long words = 0;
            for (int i : covered) {
                Sentence s = doc.sentences().get(i);
                words += s.tokens().size();
            }
            long total = PairScoring.articleWords(doc);
            out.put(m, total == 0 ? 0 : Math.min(1, Math.round(1000.0 * words / total) / 1000.0));
        }
        return out;
    }

    private double logOdds(long source, long copy) {
        double l = directions.get(PairKey.of(source, copy)).logOdds();
        return source < copy ? l : -l;
    }

    private double contained(long copy, long source) {
        return scores.get(PairKey.of(copy, source)).contained(copy);
    }

    /** The comparison of two related members with {@code left} on the left. */
    private Comparison oriented(long left, long right) {
        Comparison c = comparisons.apply(PairKey.of(left, right));
        return left < right ? c : c.swapped();
    }
}
