package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides direction, against the generator's tree (decision 1020; not a test, not in {@code mvn verify}):
 * {@code DirectionDiagnosis N [PREFIX [random]]} with {@code -Dseed=S} (default 1) and {@code -Dvotes=true}.
 * Prints the merged families and their bridging edges; each edge found, tallied as right (from an ancestor),
 * reversed, kin (siblings, cousins) or none, by the copy's kind and the clues it carries (edges whose tally
 * starts with PREFIX are printed with their evidence); the pairs' close passages; each clue alone on the
 * related pairs the generator made one from the other (right, wrong, silent); with votes, the shared-error
 * vote for every true chain and sibling. {@code random} dates the articles at random (the text alone).
 */
public final class DirectionDiagnosis {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long seed = Long.getLong("seed", 1);
        List<SyntheticCorpus.Article> all = args.length > 2 ? SyntheticCorpus.generateRandomlyDated(n, seed) : SyntheticCorpus.generate(n, seed);
        List<AnalyzedDocument> docs = all.parallelStream().map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        FamiliesResult result = FamiliesResult.of(all.stream().map(SyntheticCorpus.Article::name).toList(), docs);
        FamilyEngine engine = result.engine();
        List<Family> found = result.found();
        Map<String, Integer> tally = new TreeMap<>();
        for (Family f : found) {
            long fams = f.members().stream().map(m -> all.get(m.intValue()).family()).distinct().count();
            if (fams > 1) {
                System.out.println("MERGED " + f.members().size() + " " + f.members().stream().map(m -> m + ":" + all.get(m.intValue()).family()
                        + all.get(m.intValue()).kind().name().charAt(0) + "<" + all.get(m.intValue()).source()).toList());
                for (DerivationEdge e : f.edges()) {
                    if (all.get((int) e.from()).family() != all.get((int) e.to()).family()) {
                        System.out.println("  BRIDGE " + e.from() + "-" + e.to() + " " + e.similarity() + " " + e.fromInTo() + "/" + e.toInFrom());
                    }
                }
            }
            for (DerivationEdge e : f.edges()) {
                String rel = relation(all, (int) e.from(), (int) e.to());
                String kind = rel.equals("right") ? all.get((int) e.to()).kind().name() : rel.equals("reversed") ? all.get((int) e.from()).kind().name() : "";
                String clues = clues(e);
                String key = (e.directed() ? "D " : "U ") + rel + " " + kind;
                tally.merge(key, 1, Integer::sum);
                tally.merge(key + " | " + clues, 1, Integer::sum);
                if (args.length > 1 && key.startsWith(args[1])) {
                    System.out.println(key + " " + e.from() + "->" + e.to() + " " + e.evidence());
                }
            }
        }
        tally.forEach((k, v) -> System.out.println(v + "\t" + k));
        // Each clue alone on the related pairs whose relation the generator knows.
        Map<String, int[]> clue = new TreeMap<>();
        for (org.stemma.model.PairScore s : engine.scores()) {
            if (!s.related()) continue;
            String rel = relation(all, (int) s.a(), (int) s.b());
            if (rel.equals("kin") || rel.equals("none")) { clue.computeIfAbsent("pairs " + rel, k -> new int[3])[0]++; continue; }
            boolean aSource = rel.equals("right");
            boolean parent = aSource ? all.get((int) s.b()).source() == s.a() : all.get((int) s.a()).source() == s.b();
            String kind = (aSource ? all.get((int) s.b()) : all.get((int) s.a())).kind().name() + (parent ? " parent" : " ancestor");
            Direction d = new Direction(engine.document(s.a()), "a", engine.document(s.b()), "b", s,
                    () -> org.stemma.align.Aligner.compare(engine.document(s.a()), engine.document(s.b())));
            for (Direction.Clue c : d.clues()) {
                String name = c.text().substring(0, c.text().indexOf(':')) + " " + kind;
                int[] t = clue.computeIfAbsent(name, k -> new int[3]);
                t[c.weight() == 0 ? 2 : (c.weight() > 0) == aSource ? 0 : 1]++;
            }
        }
        Map<String, Integer> closeHist = new TreeMap<>();
        for (org.stemma.model.PairScore s : engine.scores()) {
            if (s.related()) closeHist.merge((all.get((int) s.a()).family() == all.get((int) s.b()).family() && all.get((int) s.a()).family() >= 0 ? "same " : "diff ") + Math.min(s.close(), 6), 1, Integer::sum);
        }
        System.out.println("CLOSE " + closeHist);
        clue.forEach((k, v) -> System.out.println("CLUE " + k + " right " + v[0] + " wrong " + v[1] + " silent " + v[2]));
        if (!Boolean.getBoolean("votes")) return;
        // The shared-error vote for true chains (Y copied from W copied from X) and true siblings (W, Y both from X).
        Map<PairKeyish, org.stemma.align.Comparison> cache = new java.util.HashMap<>();
        java.util.function.BiFunction<Integer, Integer, org.stemma.align.Comparison> cmp = (l, r) -> cache.computeIfAbsent(new PairKeyish(l, r),
                k -> org.stemma.align.Aligner.compare(engine.document(l), engine.document(r)));
        for (int w = 0; w < n; w++) {
            int x = all.get(w).source();
            if (x < 0) continue;
            for (int y = 0; y < n; y++) {
                if (y == w || y == x) continue;
                int ys = all.get(y).source();
                String what = ys == w ? "chain" : ys == x ? "sibling" : null;
                if (what == null) continue;
                InheritedVariants.Vote v = InheritedVariants.vote(cmp.apply(x, w), cmp.apply(x, y));
                System.out.println("VOTE " + what + " " + all.get(w).kind() + "-" + all.get(y).kind() + " with " + v.withCopy() + " against " + v.withSource() + " inherits " + v.inherits());
            }
        }
    }

    record PairKeyish(int l, int r) { }

    /** right: from is an ancestor of to; reversed: to is an ancestor of from; kin: same family otherwise; none. */
    static String relation(List<SyntheticCorpus.Article> all, int from, int to) {
        if (ancestor(all, from, to)) return "right";
        if (ancestor(all, to, from)) return "reversed";
        return all.get(from).family() >= 0 && all.get(from).family() == all.get(to).family() ? "kin" : "none";
    }

    private static boolean ancestor(List<SyntheticCorpus.Article> all, int a, int d) {
        int at = all.get(d).source();
        while (at >= 0 && at != a) at = all.get(at).source();
        return at == a;
    }

    private static String clues(DerivationEdge e) {
        StringBuilder b = new StringBuilder();
        for (String s : e.evidence()) {
            int colon = s.indexOf(':');
            String head = colon < 0 ? s : s.substring(0, colon);
            if (s.startsWith("dates") && s.contains("earlier")) {
                b.append("date").append(s.indexOf(" is earlier") > 0 ? "" : "").append(' ');
            } else if (s.startsWith("containment") && s.contains("cut from")) {
                b.append("cont ");
            } else if (!s.startsWith("dates") && !s.startsWith("containment")) {
                b.append(head.length() > 20 ? head.substring(0, 20) : head).append(' ');
            }
        }
        return b.toString().strip();
    }
}
