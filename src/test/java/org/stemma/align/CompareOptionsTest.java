package org.stemma.align;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.model.EquivalentSpellings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The difference rules (decision 1420) on the seeds and on sentences taken from them. */
class CompareOptionsTest {

    private static final EquivalentSpellings KIEV = EquivalentSpellings.parse("Kiev = Kyiv\n");
    /** The sentence of seed 003 that names Kiev, as the article writes it. */
    private static final String YURTS = "Kazakhstan set up these auxiliary yurts in the Ukrainian cities of Bucha and Kiev.";

    private static AnalyzedDocument text(String name, String text) {
        return Analyzer.analyze(Document.of(name, "", text));
    }

    private static Comparison compare(String left, String right, CompareOptions options) {
        return Aligner.compare(text("left", left), text("right", right), Aligner.Furniture.LEFT_OUT, options);
    }

    private static AlignedPair only(Comparison c) {
        assertEquals(1, c.pairs().size(), "pairs: " + c.pairs());
        return c.pairs().get(0);
    }

    private static AlignedPair pairHolding(Comparison c, String leftFragment) {
        return c.pairs().stream().filter(p -> p.left() != null && p.left().of(c.left().text()).contains(leftFragment))
                .findFirst().orElseThrow(() -> new AssertionError("no pair holds " + leftFragment));
    }

    @Test
    void seedsThreeAndFourCallTheCityKievAndKyivAnEquivalentNotAChange() {
        AnalyzedDocument s003 = Seeds.analyzed(Seeds.S003);
        AnalyzedDocument s004 = Seeds.analyzed(Seeds.S004);
        Comparison plain = Aligner.compare(s003, s004);
        AlignedPair yurts = pairHolding(plain, "Bucha and Kiev");
        assertTrue(yurts.changes().stream().anyMatch(ch -> ch.isEdit() && ch.leftText().contains("Kiev")),
                "without the rule Kiev → Kyiv is an edit: " + yurts.changes());

        Comparison ruled = Aligner.compare(s003, s004, Aligner.Furniture.LEFT_OUT, CompareOptions.DEFAULT.withEquivalents(KIEV));
        AlignedPair same = pairHolding(ruled, "Bucha and Kiev");
        assertEquals(AlignedPair.Kind.CHANGED, same.kind(), "the sentence is reworded otherwise too");
        assertTrue(same.changes().stream().noneMatch(ch -> ch.isEdit() && (ch.leftText().contains("Kiev")
                || ch.rightText().contains("Kyiv"))), "changes: " + same.changes());
        Change kiev = same.changes().stream().filter(Change::isEquivalent).findFirst().orElseThrow();
        assertEquals("Kiev", kiev.leftText());
        assertEquals("Kyiv", kiev.rightText());
        assertEquals("Kiev", kiev.left().of(s003.text()));
        assertEquals("Kyiv", kiev.right().of(s004.text()));
        assertTrue(ruled.similarity() > plain.similarity(), ruled.similarity() + " vs " + plain.similarity());
    }

    @Test
    void aSentenceThatDiffersOnlyByAnEquivalentSpellingIsEquivalent() {
        String kyiv = YURTS.replace("Kiev", "Kyiv");
        assertEquals(AlignedPair.Kind.CHANGED, only(compare(YURTS, kyiv, CompareOptions.DEFAULT)).kind());
        AlignedPair p = only(compare(YURTS, kyiv, CompareOptions.DEFAULT.withEquivalents(KIEV)));
        assertEquals(AlignedPair.Kind.EQUIVALENT, p.kind());
        assertEquals(1.0, p.similarity());
        assertEquals(List.of(Change.Kind.EQUIVALENT), p.changes().stream().map(Change::kind).toList());
        // Seen from the other side it is the same equivalence.
        AlignedPair swapped = p.swapped();
        assertEquals("Kyiv", swapped.changes().get(0).leftText());
    }

    @Test
    void equivalentSpellingsMayHaveSeveralWordsAndAnyCase() {
        EquivalentSpellings astana = EquivalentSpellings.parse("Astana = Nur-Sultan = NUR SULTAN\n# a comment\n");
        AlignedPair p = only(compare("Tokayev spoke in Astana on Monday.", "Tokayev spoke in Nur-Sultan on Monday.",
                CompareOptions.DEFAULT.withEquivalents(astana)));
        assertEquals(AlignedPair.Kind.EQUIVALENT, p.kind());
        assertEquals("Nur-Sultan", p.changes().get(0).rightText());
    }

    @Test
    void caseCountsOnlyWhenTheAnalystSaysSo() {
        String shouted = YURTS.replace("Kiev", "KIEV");
        assertEquals(AlignedPair.Kind.IDENTICAL, only(compare(YURTS, shouted, CompareOptions.DEFAULT)).kind());
        AlignedPair p = only(compare(YURTS, shouted, CompareOptions.DEFAULT.withIgnoreCase(false)));
        assertEquals(AlignedPair.Kind.CHANGED, p.kind());
        assertEquals(List.of("Kiev→KIEV"), p.changes().stream().map(ch -> ch.leftText() + "→" + ch.rightText()).toList());
    }

    @Test
    void punctuationCountsOnlyWhenTheAnalystSaysSo() {
        String left = "Kazakhstan, the report says, set up yurts in Kiev.";
        String right = "Kazakhstan the report says set up yurts in Kiev!";
        assertEquals(AlignedPair.Kind.IDENTICAL, only(compare(left, right, CompareOptions.DEFAULT)).kind());
        AlignedPair p = only(compare(left, right, CompareOptions.DEFAULT.withIgnorePunctuation(false)));
        assertEquals(AlignedPair.Kind.CHANGED, p.kind());
        assertEquals(List.of("Kazakhstan", "says", "Kiev"), p.changes().stream().flatMap(ch -> ch.leftWords().stream())
                .map(w -> w.of(left)).toList());
        // Typographic variants of one mark are not a difference.
        AlignedPair quotes = only(compare("He called it “meaningful” — twice.", "He called it \"meaningful\" - twice.",
                CompareOptions.DEFAULT.withIgnorePunctuation(false)));
        assertEquals(AlignedPair.Kind.IDENTICAL, quotes.kind(), "changes: " + quotes.changes());
    }

    @Test
    void numbersInWordsEqualTheSameNumberInDigits() {
        String words = "Police said five thousand people gathered in Almaty.";
        String digits = "Police said 5,000 people gathered in Almaty.";
        AlignedPair plain = only(compare(words, digits, CompareOptions.DEFAULT));
        assertEquals(AlignedPair.Kind.CHANGED, plain.kind());
        assertTrue(plain.changes().stream().anyMatch(Change::isEdit));

        AlignedPair p = only(compare(words, digits, CompareOptions.DEFAULT.withNumbersAsWords(true)));
        assertEquals(AlignedPair.Kind.EQUIVALENT, p.kind());
        assertEquals(1, p.changes().size());
        assertEquals("five thousand", p.changes().get(0).leftText());
        assertEquals("5,000", p.changes().get(0).rightText());

        // A different number is still a change, however it is written.
        AlignedPair other = only(compare(words, digits.replace("5,000", "6,000"), CompareOptions.DEFAULT.withNumbersAsWords(true)));
        assertEquals(AlignedPair.Kind.CHANGED, other.kind());
        assertEquals("five thousand", other.changes().get(0).leftText());
        assertFalse(other.changes().get(0).isEquivalent());
    }

    @Test
    void theDefaultsCompareAsBefore() {
        for (String[] pair : new String[][]{{Seeds.S001, Seeds.S000}, {Seeds.S003, Seeds.S004}}) {
            AnalyzedDocument l = Seeds.analyzed(pair[0]);
            AnalyzedDocument r = Seeds.analyzed(pair[1]);
            Comparison before = Aligner.compare(l, r);
            // The same options written out, not the DEFAULT instance, take the same path.
            Comparison now = Aligner.compare(l, r, Aligner.Furniture.LEFT_OUT,
                    new CompareOptions(true, true, false, EquivalentSpellings.parse("")));
            assertEquals(before.pairs(), now.pairs());
            assertEquals(0, now.count(AlignedPair.Kind.EQUIVALENT));
        }
    }

    @Test
    void aLineWithOneSpellingIsRefusedWithItsNumber() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EquivalentSpellings.parse("Kiev = Kyiv\nKiev - Kyiv"));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }
}
