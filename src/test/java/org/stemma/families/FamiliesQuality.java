package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Family quality where it is decided, without the whole corpus: the articles of the generated corpus
 * (N articles, seed 1) whose headline starts with one of places FROM..TO-1 of its 60 (families and
 * distractors of one place keep the density they have in the whole corpus). Pairwise precision and
 * recall of "same family", and how many directed edges point from an ancestor to its descendant.
 * {@code FamiliesQuality N FROM TO}
 */
public final class FamiliesQuality {

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        List<SyntheticCorpus.Article> all = SyntheticCorpus.generate(n, 1);
        List<String> places = all.stream().map(FamiliesQuality::place).distinct().toList()
                .subList(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        List<SyntheticCorpus.Article> picked = all.stream().filter(a -> places.contains(place(a))).toList();
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < picked.size(); i++) {
            local.put(picked.get(i).index(), i);
        }
        List<AnalyzedDocument> docs = picked.parallelStream().map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        FamiliesResult result = FamiliesResult.of(picked.stream().map(SyntheticCorpus.Article::name).toList(), docs);
        List<Family> found = result.found();
        Map<Long, Integer> familyOf = new HashMap<>();
        found.forEach(f -> f.members().forEach(m -> familyOf.put(m, f.id())));
        long truePairs = 0, both = 0, foundPairs = 0;
        for (int i = 0; i < picked.size(); i++) {
            for (int j = i + 1; j < picked.size(); j++) {
                int fi = picked.get(i).family();
                if (fi >= 0 && fi == picked.get(j).family()) {
                    truePairs++;
                    Integer a = familyOf.get((long) i);
                    if (a != null && a.equals(familyOf.get((long) j))) {
                        both++;
                    }
                }
            }
        }
        for (Family f : found) {
            foundPairs += (long) f.members().size() * (f.members().size() - 1) / 2;
        }
        int directed = 0, right = 0, undirected = 0;
        for (Family f : found) {
            for (DerivationEdge e : f.edges()) {
                if (!e.directed()) {
                    undirected++;
                    continue;
                }
                directed++;
                int at = picked.get((int) e.to()).source();
                while (at >= 0 && local.get(at) != null && local.get(at) != e.from()) {
                    at = all.get(at).source();
                }
                right += at >= 0 && local.get(at) != null && local.get(at) == e.from() ? 1 : 0;
            }
        }
        System.out.printf("articles %d (places %s)%nfamilies %d; pair precision %.3f, recall %.3f (%d true pairs)%n"
                        + "directed edges from an ancestor %d of %d (%.3f); undirected %d%n", picked.size(), places, found.size(),
                (double) both / foundPairs, (double) both / truePairs, truePairs, right, directed, (double) right / directed, undirected);
    }

    private static String place(SyntheticCorpus.Article a) {
        return a.text().substring(0, a.text().indexOf(' '));
    }
}
