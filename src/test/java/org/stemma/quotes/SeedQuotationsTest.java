package org.stemma.quotes;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotations and the ledger of the sample corpus: 000 is a spun copy of 001. */
class SeedQuotationsTest {

    private static final AnalyzedDocument D000 = Seeds.analyzed(Seeds.S000);
    private static final AnalyzedDocument D001 = Seeds.analyzed(Seeds.S001);

    private static List<LedgerEntry> ledger() {
        return Ledger.build(List.of(Ledger.Source.of(0, D000), Ledger.Source.of(1, D001)));
    }

    private static LedgerEntry entryWith(List<LedgerEntry> ledger, String words) {
        return ledger.stream().filter(e -> e.members().stream().anyMatch(m -> m.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no entry with " + words));
    }

    @Test
    void kuziosQuotationRunsOverTwoParagraphsIn001() {
        Quotation kuzio = QuotationFinder.find(D001).stream()
                .filter(q -> q.text(D001.text()).startsWith("Russia has lost support")).findFirst().orElseThrow();
        assertEquals(2, kuzio.parts().size());
        assertTrue(kuzio.text(D001.text()).endsWith("still sits in Putin's pocket (for now)."));
        assertEquals("Taras Kuzio", kuzio.speaker().name());
        assertEquals("wrote on Twitter", kuzio.cue().of(D001.text()));
        int paragraphBreak = D001.text().indexOf('\n', kuzio.start());
        assertTrue(paragraphBreak > 0 && paragraphBreak < kuzio.end(), "the span covers both paragraphs");
    }

    @Test
    void theStandfirstsProfessorIsKuzio() {
        Quotation standfirst = QuotationFinder.find(D001).stream()
                .filter(q -> q.text(D001.text()).equals("in its own backyard")).findFirst().orElseThrow();
        assertEquals("a professor", standfirst.speaker().mention().of(D001.text()));
        assertEquals("Taras Kuzio", standfirst.speaker().name());
    }

    @Test
    void atlanticCouncilsWordIsAlteredIn000() {
        LedgerEntry e = entryWith(ledger(), "meaningful");
        assertEquals("Atlantic Council", e.speaker());
        assertTrue(e.has(LedgerEntry.Flag.ALTERED));
        assertEquals(2, e.articleCount());
        WordChange change = e.changes().get(0);
        assertEquals(0, change.document());
        assertEquals("meaningful", change.left());
        assertEquals("important", change.right());
        assertEquals("important", change.span().of(D000.text()));
    }

    @Test
    void kuziosEntryIsAlteredIn000AndKeepsHisName() {
        LedgerEntry e = entryWith(ledger(), "Only Lukashenka");
        assertEquals("Taras Kuzio", e.speaker());
        assertEquals(1, e.reference().document(), "001 has no disguised letters, 000 has");
        Member copy = e.members().stream().filter(m -> m.document() == 0).findFirst().orElseThrow();
        assertTrue(copy.text().contains("For the time being, only Lukashenka"));
        assertEquals("Taras Kuzio", copy.speaker());
        assertTrue(copy.flags().contains(LedgerEntry.Flag.ALTERED));
        assertFalse(copy.flags().contains(LedgerEntry.Flag.REATTRIBUTED));
        assertTrue(copy.changes().stream().anyMatch(c -> c.right().equals("For the time being")));
        assertTrue(copy.changes().stream().anyMatch(c -> c.left().equals("sits") && c.right().isEmpty()));
    }

    @Test
    void suleimenovsPartialQuotesAreHisInBothArticles() {
        List<LedgerEntry> ledger = ledger();
        LedgerEntry war = ledger.stream().filter(e -> e.text().equals("war")).findFirst().orElseThrow();
        assertEquals("Timur Suleimenov", war.speaker());
        assertEquals(2, war.articleCount());
        assertTrue(war.flags().isEmpty(), war.flags().toString());
    }

    @Test
    void scareQuotesAreKeptApart() {
        List<Quotation> quotes = QuotationFinder.find(D001);
        Quotation scenario = quotes.stream().filter(q -> q.text(D001.text()).equals("Ukrainian scenario")).findFirst().orElseThrow();
        assertEquals(Quotation.Kind.SCARE, scenario.kind());
        assertEquals(null, scenario.speaker());
    }

    @Test
    void descriptionsAndSurnamesResolveIn003() {
        AnalyzedDocument d = Seeds.analyzed(Seeds.S003);
        Map<String, String> speakers = new java.util.HashMap<>();
        for (Quotation q : QuotationFinder.find(d)) {
            if (q.speaker() != null) {
                speakers.put(q.text(d.text()), q.speaker().name());
            }
        }
        assertEquals("Temur Umarov", speakers.get("Perhaps if the war in Ukraine had dragged on for several years,"));
        assertEquals("Azamat Junisbai", speakers.get("Because it’s so real: it could have been Kazakhstan or we could be next,"));
        assertEquals("Temur Umarov", speakers.get("Tokayev was probably looking for a pragmatic solution here,"));
    }

    @Test
    void aQuotedObjectOfASpeechVerbAndAQuestionStaySpeech() {
        AnalyzedDocument d002 = Seeds.analyzed(Seeds.S002);
        Quotation promise = QuotationFinder.find(d002).stream()
                .filter(q -> q.text(d002.text()).equals("new Kazakhstan")).findFirst().orElseThrow();
        assertEquals(Quotation.Kind.ATTRIBUTED, promise.kind(), "“promised a “new Kazakhstan”” is his word, not a term");
        assertEquals("Kassym-Jomart Tokayev", promise.speaker().name());
        AnalyzedDocument d004 = Seeds.analyzed(Seeds.S004);
        List<Quotation> replies = QuotationFinder.find(d004).stream()
                .filter(q -> q.text(d004.text()).equals("So what?")).toList();
        Quotation reply = replies.get(replies.size() - 1);
        assertEquals(Quotation.Kind.ATTRIBUTED, reply.kind(), "“with a “So what?”” is a question, not a term");
        assertEquals("Aibek Smadiyarov", reply.speaker().name());
    }
}
