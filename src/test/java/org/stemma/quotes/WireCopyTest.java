package org.stemma.quotes;

import org.junit.jupiter.api.Test;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribution patterns of wire copy, on sentences written for the purpose (not tuned seed text). */
class WireCopyTest {

    private record Found(String text, Quotation.Kind kind, String mention, String name, String cue) {
    }

    private static List<Found> quotes(String article) {
        var doc = Analyzer.analyze(Document.of("test", "", article));
        String t = doc.text();
        return QuotationFinder.find(doc).stream().map(q -> new Found(q.text(t), q.kind(),
                q.speaker() == null ? null : q.speaker().mention().of(t), q.speaker() == null ? null : q.speaker().name(),
                q.cue() == null ? null : q.cue().of(t))).toList();
    }

    private static Found only(String article) {
        List<Found> found = quotes("Headline for the test\n\n" + article);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void speakerAfterTheQuoteAndBeforeTheVerb() {
        Found f = only("“We will not back down,” Maria Lopez said on Monday.");
        assertEquals("We will not back down,", f.text());
        assertEquals("Maria Lopez", f.name());
        assertEquals("said", f.cue());
        assertEquals(Quotation.Kind.ATTRIBUTED, f.kind());
    }

    @Test
    void verbBeforeTheSpeakerAfterTheQuote() {
        Found f = only("\"The talks are over,\" said Foreign Minister Jan Novak, speaking in Prague.");
        assertEquals("Jan Novak", f.name());
        assertEquals("said", f.cue());
    }

    @Test
    void speakerBeforeTheQuoteWithAColon() {
        Found f = only("Central bank governor Elvira Sandoval told reporters: “Inflation has peaked.”");
        assertEquals("Elvira Sandoval", f.name());
        assertEquals("told", f.cue());
        assertEquals("Inflation has peaked.", f.text());
    }

    @Test
    void accordingTo() {
        Found f = only("According to the World Health Organization, the outbreak is “under control” in the north.");
        assertEquals("World Health Organization", f.name());
        assertEquals("According to", f.cue());
    }

    @Test
    void trailingAccordingTo() {
        Found f = only("“Prices will rise again next year,” according to a senior trader at Glencore.");
        assertTrue(f.mention().startsWith("a senior trader"), f.mention());
        assertEquals("according to", f.cue());
    }

    @Test
    void pronounResolvesToTheLastNamedPerson() {
        List<Found> found = quotes("Title line\n\nOpposition leader Ahmed Karimov arrived in Brussels on Tuesday.\n\n"
                + "“Europe must act now,” he said.");
        assertEquals(1, found.size());
        assertEquals("he", found.get(0).mention());
        assertEquals("Ahmed Karimov", found.get(0).name());
    }

    @Test
    void surnameResolvesToTheFullName() {
        List<Found> found = quotes("Title line\n\nThe economist Petra Lindqvist spoke at the forum.\n\n"
                + "“Growth is fragile,” Lindqvist said.");
        assertEquals("Petra Lindqvist", found.get(0).name());
    }

    @Test
    void descriptionResolvesToTheOutletItDescribed() {
        List<Found> found = quotes("Title line\n\nThe story was first reported by The Washington Post, the influential US daily.\n\n"
                + "The influential US daily called the decision “a grave mistake”.");
        Found f = found.get(found.size() - 1);
        assertEquals("The influential US daily", f.mention());
        assertEquals("Washington Post", f.name());
    }

    @Test
    void quoteInsideAQuoteStaysInside() {
        Found f = only("“They keep calling it a ‘temporary measure’, but it is not,” said Olena Bondar.");
        assertEquals("They keep calling it a ‘temporary measure’, but it is not,", f.text());
        assertEquals("Olena Bondar", f.name());
    }

    @Test
    void unclosedQuoteRunsIntoTheNextParagraph() {
        List<Found> found = quotes("Title line\n\nThe mayor, Dana Whitfield, wrote on Twitter: “The bridge will reopen in May.\n\n"
                + "“Until then, please use the ferry.”\n\nTraffic was heavy all week.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("The bridge will reopen in May. Until then, please use the ferry.", found.get(0).text());
        assertEquals("Dana Whitfield", found.get(0).name());
        assertEquals("wrote on Twitter", found.get(0).cue());
    }

    @Test
    void headlineQuoteTakesTheSpeakerOfTheBodyQuote() {
        List<Found> found = quotes("Minister: 'no more delays' for the new airport\n\n"
                + "“There will be no more delays,” Transport Minister Karl Weber said on Friday.");
        assertEquals(2, found.size());
        assertEquals("no more delays", found.get(0).text());
        assertEquals("Karl Weber", found.get(0).name());
        assertEquals(Quotation.Kind.ATTRIBUTED, found.get(0).kind());
    }

    @Test
    void scareQuotesAndTitlesHaveNoSpeaker() {
        List<Found> found = quotes("Title line\n\nThe so-called “peace plan” was discussed after a screening of “The Long Road Home” at the festival.");
        assertEquals(2, found.size());
        assertEquals(Quotation.Kind.SCARE, found.get(0).kind());
        assertNull(found.get(0).name());
        assertEquals(Quotation.Kind.TITLE, found.get(1).kind());
    }

    @Test
    void sentenceEndAttributionWithADescription() {
        Found f = only("Farmers are losing “everything they built” as prices collapse, a union official has warned.");
        assertEquals("a union official", f.mention());
        assertEquals("warned", f.cue());
    }
}
