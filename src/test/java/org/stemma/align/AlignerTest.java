package org.stemma.align;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignerTest {

    private static Comparison seeds(String left, String right) {
        return Aligner.compare(Seeds.analyzed(left), Seeds.analyzed(right));
    }

    private static Comparison texts(String left, String right) {
        return Aligner.compare(Analyzer.analyze(Document.of("left", "", left)), Analyzer.analyze(Document.of("right", "", right)));
    }

    private static AlignedPair pairHolding(Comparison c, String leftFragment) {
        String text = c.left().text();
        Optional<AlignedPair> pair = c.pairs().stream()
                .filter(p -> p.left() != null && p.left().of(text).contains(leftFragment)).findFirst();
        return pair.orElseThrow(() -> new AssertionError("no pair holds " + leftFragment));
    }

    @Test
    void atlanticCouncilQuoteDriftsFromMeaningfulToImportant() {
        Comparison c = seeds(Seeds.S001, Seeds.S000);
        AlignedPair atlantic = pairHolding(c, "The Atlantic Council described this statement");
        assertEquals(AlignedPair.Kind.CHANGED, atlantic.kind());
        assertTrue(atlantic.right().of(c.right().text()).startsWith("The Atlantic Council called this statement"));
        assertTrue(atlantic.changes().stream().anyMatch(ch -> ch.leftText().equals("meaningful") && ch.rightText().equals("important")),
                "changes: " + atlantic.changes());
        Change quote = atlantic.changes().stream().filter(ch -> ch.leftText().equals("meaningful")).findFirst().orElseThrow();
        assertEquals("meaningful", quote.leftWords().get(0).of(c.left().text()));
        assertEquals("important", quote.rightWords().get(0).of(c.right().text()));
    }

    @Test
    void rewrittenKuzioQuotationIsPaired() {
        Comparison c = seeds(Seeds.S001, Seeds.S000);
        AlignedPair kuzio = pairHolding(c, "Political science professor Taras Kuzio wrote on Twitter");
        assertEquals(AlignedPair.Kind.CHANGED, kuzio.kind());
        assertTrue(kuzio.right().of(c.right().text()).startsWith("“Russia has lost support in its own backyard,” Taras Kuzio"));
        assertTrue(kuzio.changes().stream().anyMatch(ch -> ch.leftText().equals("wrote") && ch.rightText().equals("remarked")));
    }

    @Test
    void homoglyphsDoNotHideACopiedSentence() {
        Comparison c = seeds(Seeds.S001, Seeds.S000);
        AlignedPair protests = pairHolding(c, "Anti-war protests have taken place");
        String right = protests.right().of(c.right().text());
        assertTrue(right.contains("Alm\u0430ty"), right);
        assertTrue(protests.changes().stream().noneMatch(ch -> !ch.isMove() && ch.leftText().contains("Almaty")),
                "Almaty and Almаty are the same word to a reader: " + protests.changes());
    }

    @Test
    void everySentenceOfTheSpunCopyFindsItsSource() {
        Comparison c = seeds(Seeds.S001, Seeds.S000);
        assertEquals(0, c.count(AlignedPair.Kind.RIGHT_ONLY));
        assertTrue(c.rightInLeft() > c.leftInRight(), "the copy is shorter than its source");
    }

    @Test
    void reorderedParagraphsPairAsIdentical() {
        String a = "Sweden and Finland signed the agreement on Wednesday.\n\n"
                + "The prime minister travelled to Stockholm and Helsinki.\n\n"
                + "Both countries are considering joining NATO.\n";
        String b = "Both countries are considering joining NATO.\n\n"
                + "Sweden and Finland signed the agreement on Wednesday.\n\n"
                + "The prime minister travelled to Stockholm and Helsinki.\n";
        Comparison c = texts(a, b);
        assertEquals(3, c.count(AlignedPair.Kind.IDENTICAL));
        assertEquals(3, c.pairs().size());
        assertEquals(1.0, c.similarity(), 1e-9);
    }

    @Test
    void sharedJunisbaiPassageOfTheWatsonRepublications() {
        Comparison c = seeds(Seeds.S003, Seeds.S004);
        AlignedPair junisbai = pairHolding(c, "This is also observed by the social scientist Azamat Junisbai");
        assertEquals(AlignedPair.Kind.IDENTICAL, junisbai.kind());
        AlignedPair shaken = pairHolding(c, "The war of aggression on Ukraine shook up many Kazakhs");
        assertEquals(AlignedPair.Kind.CHANGED, shaken.kind());
        assertTrue(shaken.right().of(c.right().text()).contains("has shaken many Kazakhs"));
    }

    @Test
    void splitSentenceJoinsItsCounterpart() {
        String a = "The government condemned the invasion of Ukraine and the first deputy chief of staff called it a war at an event in Washington.\n";
        String b = "The government condemned the invasion of Ukraine. The first deputy chief of staff called it a war at an event in Washington.\n";
        Comparison c = texts(a, b);
        assertEquals(1, c.pairs().size(), "one pair: " + c.pairs());
        AlignedPair pair = c.pairs().get(0);
        assertEquals(2, pair.rightSentences().size());
        assertEquals(List.of("and"), pair.changes().stream().map(Change::leftText).toList());
    }

    @Test
    void unrelatedArticlesShareLittle() {
        Comparison c = texts("The harbour fees rise by twelve per cent for cargo ships, port officials said.\n",
                "A new library opens downtown with a large children's section and a café.\n");
        assertEquals(0, c.count(AlignedPair.Kind.CHANGED) + c.count(AlignedPair.Kind.IDENTICAL));
        assertEquals(0.0, c.similarity(), 1e-9);
    }

    @Test
    void containmentIsAsymmetric() {
        String core = "Sweden and Finland signed the agreement on Wednesday.\n\nThe prime minister travelled to Stockholm.\n";
        Comparison c = texts(core, core + "\nA third paragraph that only the longer version has, about fishing quotas.\n");
        assertEquals(1.0, c.leftInRight(), 1e-9);
        assertTrue(c.rightInLeft() < 0.8);
        assertEquals(AlignedPair.Kind.RIGHT_ONLY, c.pairs().get(c.pairs().size() - 1).kind());
    }

    @Test
    void furnitureIsNeitherPairedNorCounted() {
        Comparison c = seeds(Seeds.S000, Seeds.S001);
        String text = c.left().text();
        assertTrue(c.pairs().stream().noneMatch(p -> p.left() != null && p.left().of(text).equals("Advertisement")));
    }

    @Test
    void swappingExchangesSidesAndScores() {
        Comparison c = seeds(Seeds.S001, Seeds.S000);
        Comparison s = c.swapped();
        assertEquals(c.leftInRight(), s.rightInLeft(), 1e-12);
        AlignedPair atlantic = s.pairs().stream().filter(p -> p.changes().stream().anyMatch(ch -> ch.leftText().equals("important")))
                .findFirst().orElseThrow();
        assertTrue(atlantic.changes().stream().anyMatch(ch -> ch.rightText().equals("meaningful")));
    }

    @Test
    void reorderedWordsAreAMoveWithBothPositions() {
        String left = "On Monday, after a long debate, the council approved the plan.";
        String right = "The council approved the plan on Monday, after a long debate.";
        Comparison c = texts(left, right);
        assertEquals(1, c.pairs().size());
        AlignedPair pair = c.pairs().get(0);
        assertEquals(AlignedPair.Kind.CHANGED, pair.kind());
        assertEquals(1, pair.changes().size(), "changes: " + pair.changes());
        Change move = pair.changes().get(0);
        assertTrue(move.isMove());
        String moved = move.left().of(left).toLowerCase(java.util.Locale.ROOT);
        assertTrue(moved.equals("the council approved the plan") || moved.equals("on monday, after a long debate"), moved);
        assertEquals(moved, move.right().of(right).toLowerCase(java.util.Locale.ROOT));
        assertEquals(1.0, pair.similarity(), 1e-9, "moved words are shared words");
        assertEquals(List.of(), Counterpart.of(c, pair.left()).changes(), "the wording of a claim is the same");
    }

    @Test
    void aMoveNextToAnEditIsReportedBesideIt() {
        Comparison c = texts("Prices rose sharply in March, the bank said.",
                "The bank reported that prices rose sharply in March.");
        AlignedPair pair = c.pairs().get(0);
        assertTrue(pair.changes().stream().anyMatch(Change::isMove), "changes: " + pair.changes());
        assertTrue(pair.changes().stream().anyMatch(ch -> !ch.isMove() && ch.rightText().contains("reported")), "changes: " + pair.changes());
    }

    @Test
    void identicalOnlyWhenNothingDiffersAndChangedOnlyWithAChange() {
        for (String l : Seeds.ALL) {
            for (String r : Seeds.ALL) {
                for (AlignedPair p : seeds(l, r).pairs()) {
                    if (p.kind() == AlignedPair.Kind.CHANGED) {
                        assertTrue(!p.changes().isEmpty(), l + " / " + r + ": a changed pair lists its changes");
                    } else {
                        assertEquals(List.of(), p.changes());
                    }
                }
            }
        }
        Comparison same = texts("The council approved the plan.", "The Council approved the plan!");
        assertEquals(AlignedPair.Kind.IDENTICAL, same.pairs().get(0).kind());
    }
}
