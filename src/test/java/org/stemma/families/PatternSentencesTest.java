package org.stemma.families;

import org.junit.jupiter.api.Test;
import org.stemma.align.AlignedPair;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two stories of one place in one house style read nearly alike sentence by sentence, but each fills the
 * pattern with its own figures and names; a copy keeps them, even when it nudges a number (decision 1021).
 * The texts are written for this test: a flood report, a fire report from the same town in the same
 * outlet's formulas, and a copy of the flood report with one figure changed and one synonym.
 */
class PatternSentencesTest {

    private static final String FLOOD = """
            Floods in Semey

            Some 1,200 residents were affected in Semey and Kurchatov, the regional governor said on Monday.
            Rescue teams evacuated 340 families from the old quarter overnight and took them to schools, Yerlan Abenov told reporters.
            The emergency ministry sent 45 boats and two helicopters to the Abay district.
            Schools in the eastern quarter will stay closed until Thursday, the city council said.
            """;

    private static final String FIRE = """
            Fire in Semey

            Some 300 residents were affected in Semey and Ayagoz, the regional governor said on Friday.
            Rescue teams evacuated 85 families from the old quarter overnight and took them to schools, Dana Suleimenova told reporters.
            The emergency ministry sent 12 boats and two helicopters to the Zhanasemey district.
            Firefighters were still at the market late on Saturday, and the cause of the fire is not known.
            """;

    private static final String FLOOD_COPY = """
            Floods hit Semey

            Some 1,500 residents were affected in Semey and Kurchatov, the regional governor said on Monday.
            Rescue teams evacuated 340 families from the old quarter overnight and took them to schools, Yerlan Abenov told journalists.
            The emergency ministry sent 45 boats and two helicopters to the Abay district.
            Schools in the eastern quarter will stay closed until Thursday, the city council said.
            """;

    private static Comparison compare(String a, String b) {
        AnalyzedDocument left = Analyzer.analyze(Document.of("a", "", a));
        AnalyzedDocument right = Analyzer.analyze(Document.of("b", "", b));
        return Aligner.compare(left, right);
    }

    @Test
    void twoStoriesOnOnePatternShareNoClosePassage() {
        Comparison c = compare(FLOOD, FIRE);
        long nearlyAlike = c.pairs().stream().filter(p -> p.kind().isMatch() && p.similarity() >= PairScore.CLOSE).count();
        assertTrue(nearlyAlike >= PairScore.MIN_CLOSE,
                "the patterns alone make them read alike, which is what the rule is for: " + c.pairs());
        PairScore score = PairScoring.of(PairKey.of(0, 1), c);
        assertEquals(0, score.close(), "every sentence is the pattern filled in afresh: " + c.pairs());
        assertFalse(score.related(), "two stories of one town are no family");
    }

    @Test
    void aCopyThatNudgesAFigureKeepsItsClosePassages() {
        Comparison c = compare(FLOOD, FLOOD_COPY);
        AlignedPair nudged = c.pairs().stream().filter(p -> p.kind().isMatch()
                && p.left() != null && p.left().of(c.left().text()).contains("1,200")).findFirst().orElseThrow();
        assertFalse(PairScoring.filledAfresh(c, nudged), "1,200 became 1,500 but Semey and Kurchatov stayed");
        PairScore score = PairScoring.of(PairKey.of(0, 1), c);
        assertTrue(score.close() >= 4, score.toString());
        assertTrue(score.related(), score.toString());
    }
}
