package org.stemma.facts;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsTest {

    private static FactLedger.Source source(long id, String text, String date) {
        Document d = new Document("t" + id, "", text, new Metadata(null, null, null, date));
        return FactLedger.Source.of(id, Analyzer.analyze(d));
    }

    private static FactGroup groupWith(List<FactGroup> groups, String text) {
        return groups.stream().filter(g -> g.members().stream().anyMatch(m -> m.fact().text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no group with " + text + " in " + groups));
    }

    @Test
    void seedsStateFiveThousandAndKievAsTheSameFacts() {
        List<FactLedger.Source> seeds = List.of(Seeds.S000, Seeds.S001, Seeds.S003, Seeds.S004).stream()
                .map(name -> FactLedger.Source.of(List.of(Seeds.ALL).indexOf(name), Seeds.analyzed(name))).toList();
        List<FactGroup> groups = FactLedger.build(seeds);
        FactGroup protest = groupWith(groups, "five thousand");
        assertEquals("5000", protest.value());
        assertTrue(protest.members().stream().anyMatch(m -> m.fact().text().equals("5,000")));
        assertTrue(protest.flags().contains(FactGroup.Flag.WRITTEN_DIFFERENTLY));
        assertFalse(protest.flags().contains(FactGroup.Flag.DISCREPANCY));

        FactGroup kyiv = groupWith(groups, "Kiev");
        assertTrue(kyiv.members().stream().anyMatch(m -> m.fact().text().equals("Kyiv")));
        assertEquals(List.of(FactGroup.Flag.VARIANT), List.copyOf(kyiv.flags()));
        FactGroup junisbai = groupWith(groups, "Azamat Junisbai");
        assertTrue(junisbai.members().stream().anyMatch(m -> m.fact().text().endsWith("Yunisbai")));

        FactGroup march6 = groupWith(groups, "March 6");
        assertEquals("--03-06", march6.value());
        assertEquals(2, march6.articleCount());
    }

    @Test
    void aChangedNumberIsADiscrepancyAndAReorderedDateIsNot() {
        List<FactGroup> groups = FactLedger.build(List.of(
                source(0, "Headline one\n\nAt least 46,000 soldiers have died since the war began on 6 March, officials said.", null),
                source(1, "Headline two\n\nAt least 64,000 soldiers have died since the war began on March 6, officials said.", null)));
        FactGroup deaths = groupWith(groups, "46,000");
        assertTrue(deaths.flags().contains(FactGroup.Flag.DISCREPANCY), deaths.toString());
        assertTrue(deaths.members().stream().anyMatch(m -> m.fact().text().equals("64,000")));
        FactGroup date = groupWith(groups, "6 March");
        assertEquals("--03-06", date.value());
        assertEquals(List.of(FactGroup.Flag.WRITTEN_DIFFERENTLY), List.copyOf(date.flags()));
    }

    @Test
    void spacedThousandsMillionsAndPercentages() {
        List<Fact> facts = FactFinder.find(Analyzer.analyze(Document.of("t", "",
                "Headline\n\nSome 5 000 people marched, 1.3 million watched and turnout rose by 12% in Minsk.")));
        List<String> numbers = facts.stream().filter(f -> f.type() == Fact.Type.NUMBER).map(f -> f.value() + "/" + f.unit()).toList();
        assertEquals(List.of("5000/people", "1300000/watched", "12/%"), numbers);
    }

    @Test
    void weekdayResolvesAgainstTheDateline() {
        List<Fact> facts = FactFinder.find(Analyzer.analyze(new Document("t", "",
                "Headline\n\nThe minister resigned on Tuesday after the vote.", new Metadata(null, null, null, "2022-05-06"))));
        Fact tuesday = facts.stream().filter(f -> f.type() == Fact.Type.DATE).findFirst().orElseThrow();
        assertEquals("Tuesday", tuesday.text());
        assertEquals("2022-05-03", tuesday.value());
        assertEquals("relative", tuesday.unit());
    }

    @Test
    void lukashenkaAndLukashenkoAreVariants() {
        List<FactGroup> groups = FactLedger.build(List.of(
                source(0, "Headline\n\nThe opposition says Alexander Lukashenka rigged the vote.", null),
                source(1, "Headline\n\nThe opposition says Alexander Lukashenko rigged the vote.", null)));
        FactGroup g = groupWith(groups, "Alexander Lukashenka");
        assertTrue(g.flags().contains(FactGroup.Flag.VARIANT));
        assertEquals(2, g.articleCount());
    }
}
