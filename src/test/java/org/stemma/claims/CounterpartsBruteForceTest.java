package org.stemma.claims;

import org.stemma.align.CompareOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.align.Aligner;
import org.stemma.align.Counterpart;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.session.CorpusSession;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim's counterparts found through the candidate index are those that aligning the claimed article
 * with every one of 500 (wire copies, excerpts, spun rewrites, distractors) finds.
 */
class CounterpartsBruteForceTest {

    private static final int N = 500;
    private static List<SyntheticCorpus.Article> corpus;
    private static CorpusSession session;

    @BeforeAll
    static void build() {
        corpus = SyntheticCorpus.generate(N, 11);
        session = CorpusSession.of("500", corpus.stream().map(a -> Document.of(a.name(), "", a.text())).toList());
    }

    @Test
    void theIndexedFinderAgreesWithAligningEveryArticle() {
        CounterpartFinder finder = new CounterpartFinder(null, session, CompareOptions.DEFAULT);
        int claims = 0;
        int carried = 0;
        int stockOnly = 0;
        for (SyntheticCorpus.Article a : corpus) {
            long copies = corpus.stream().filter(b -> b.source() == a.index()).count();
            if (a.kind() != SyntheticCorpus.Kind.ORIGINAL || copies < 3 || claims == 3) {
                continue;
            }
            claims++;
            AnalyzedDocument left = session.analysis(a.index());
            List<Sentence> proper = left.sentences().stream().filter(s -> !s.boilerplate()).toList();
            Span passage = proper.get(proper.size() / 3).span();
            List<ClaimCounterpart> indexed = finder.find(0, a.index(), passage);
            assertEquals(N - 1, indexed.size());
            for (ClaimCounterpart found : indexed) {
                AnalyzedDocument right = session.analysis(found.documentId());
                Counterpart brute = Counterpart.of(Aligner.compare(left, right), passage);
                String where = "article " + found.documentId() + " for the passage of " + a.index();
                if (found.kind() != CounterpartKind.ABSENT) {
                    // What the finder reports is exactly what aligning finds.
                    assertEquals(brute.kind(), found.kind(), where);
                    assertEquals(brute.span(), found.span(), where);
                } else if (brute.kind() != CounterpartKind.ABSENT) {
                    // Aligning every article also pairs the passage with sentences of unrelated articles that
                    // share only a stock frame ("Some … were affected in …, the … said"); a counterpart in
                    // substance keeps the passage's names and numbers, and those the finder must not miss.
                    assertTrue(nameShare(passage.of(left.text()), brute.span().of(right.text())) < 0.5,
                            where + ": missed «" + brute.span().of(right.text()) + "»");
                    stockOnly++;
                }
                if (found.kind() != CounterpartKind.ABSENT) {
                    carried++;
                }
            }
        }
        assertEquals(3, claims);
        assertTrue(carried >= 6, "the passages are carried by their copies: " + carried);
    }

    /** The share of the passage's names and numbers (capitalised or numeric words after the first) the other has. */
    private static double nameShare(String passage, String other) {
        java.util.Set<String> p = names(passage);
        java.util.Set<String> o = new java.util.HashSet<>();
        Tokenizer.tokens(other, 0, other.length()).forEach(t -> o.add(t.form()));
        long shared = p.stream().filter(o::contains).count();
        return p.isEmpty() ? 1 : (double) shared / p.size();
    }

    private static java.util.Set<String> names(String text) {
        java.util.Set<String> names = new java.util.HashSet<>();
        List<org.stemma.text.Token> tokens = Tokenizer.tokens(text, 0, text.length());
        for (org.stemma.text.Token t : tokens.subList(Math.min(1, tokens.size()), tokens.size())) {
            char first = text.charAt(t.start());
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                names.add(t.form());
            }
        }
        return names;
    }
}
