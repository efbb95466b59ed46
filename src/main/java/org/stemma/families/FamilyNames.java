package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.model.DerivationEdge;
import org.stemma.text.Sentence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How a family and its articles are named: by a headline, and in evidence by the document's name. */
final class FamilyNames {

    private FamilyNames() {
    }

    /** The root's headline; else the earliest dated member's; else the most central member's. */
    static String name(List<Long> members, Map<Long, AnalyzedDocument> docs, Derivation.Result r) {
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
    static String headline(AnalyzedDocument doc) {
        String title = doc.document().metadata().title();
        if (title == null || title.isBlank()) {
            title = doc.sentences().stream().filter(s -> !s.boilerplate()).findFirst()
                    .map(Sentence::span).map(s -> s.of(doc.text())).orElse(doc.document().name());
        }
        title = title.strip().replaceAll("\\s+", " ");
        return title.length() <= 120 ? title : title.substring(0, 119) + "\u2026";
    }

    /** How evidence names an article: its document name. */
    static String label(AnalyzedDocument doc) {
        return doc.document().name();
    }
}
