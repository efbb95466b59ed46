package org.stemma.ui.ledger;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.facts.FactGroup;
import org.stemma.facts.FactLedger;
import org.stemma.quotes.Ledger;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.session.CorpusSession;
import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the Ledger and Facts views show of one state of the corpus, computed off the JavaFX thread
 * from the corpus session: the ledger, the shared facts, and what the rows need of each article (its
 * outlet, the pieces of each wording, the sentence around each fact), so that drawing a row never reads
 * an article.
 */
record LedgerData(Map<Long, Article> articles, List<LedgerEntry> ledger, List<FactGroup> facts,
                  Map<Member, List<Wording.Piece>> wordings, Map<FactGroup.Member, Span> factSentences) {

    static final LedgerData EMPTY = new LedgerData(Map.of(), List.of(), List.of(), Map.of(), Map.of());

    /** What a row says of an article: its file name and the outlet it states (or null). */
    record Article(String name, String outlet) {
        /** The outlet, or the file name when the article states none. */
        String label() {
            return outlet != null ? outlet : name;
        }

        /** "The BOL News (000_bccecb4352150e81.txt)", as the claims' CSV names an article. */
        String full() {
            return outlet != null ? outlet + " (" + name + ")" : name;
        }
    }

    /** Reads (or analyses) every article of the session: call off the JavaFX thread. */
    static LedgerData of(CorpusSession session) {
        Map<Long, AnalyzedDocument> analysed = new TreeMap<>();
        session.documentIds().parallelStream().forEach(id -> {
            AnalyzedDocument a = session.analysis(id);
            synchronized (analysed) {
                analysed.put(id, a);
            }
        });
        return of(analysed);
    }

    static LedgerData of(Map<Long, AnalyzedDocument> analysed) {
        List<Ledger.Source> sources = analysed.entrySet().parallelStream()
                .map(e -> Ledger.Source.of(e.getKey(), e.getValue())).toList();
        List<FactLedger.Source> factSources = FactLedger.sources(analysed);
        List<LedgerEntry> ledger = Ledger.build(sources);
        List<FactGroup> facts = FactLedger.build(factSources);
        Map<Long, Article> articles = new TreeMap<>();
        analysed.forEach((id, a) -> articles.put(id, new Article(a.document().name(), a.document().metadata().outlet())));
        Map<Member, List<Wording.Piece>> wordings = new IdentityHashMap<>();
        for (LedgerEntry e : ledger) {
            for (Member m : e.members()) {
                wordings.put(m, Wording.pieces(m, analysed.get(m.document()).text()));
            }
        }
        Map<FactGroup.Member, Span> sentences = new IdentityHashMap<>();
        for (FactGroup g : facts) {
            for (FactGroup.Member m : g.members()) {
                sentences.put(m, sentenceAround(analysed.get(m.document()), m.fact().span()));
            }
        }
        return new LedgerData(articles, ledger, facts, wordings, sentences);
    }

    private static Span sentenceAround(AnalyzedDocument doc, Span span) {
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(span.start())) {
                return s.span().union(span);
            }
        }
        return span;
    }

    Article article(long document) {
        Article a = articles.get(document);
        return a != null ? a : new Article("", null);
    }
}
