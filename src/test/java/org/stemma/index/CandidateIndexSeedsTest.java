package org.stemma.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.importing.SampleCorpus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The candidate index on the five sample articles (ids 0..4 = seeds 000..004). */
class CandidateIndexSeedsTest {

    private static List<Document> seeds;
    private static CandidateIndex index;

    @BeforeAll
    static void index() throws Exception {
        seeds = SampleCorpus.load();
        index = new CandidateIndex();
        for (int i = 0; i < seeds.size(); i++) {
            index.add(i, Analyzer.analyze(seeds.get(i)));
        }
    }

    @Test
    void theSpunRewriteAndItsSourceProposeEachOtherFirst() {
        // 000 is a spun rewrite of 001 (Cyrillic look-alikes, ~9 % of word 5-grams shared).
        assertEquals(1, index.similarTo(0, 5).get(0).id());
        assertEquals(0, index.similarTo(1, 5).get(0).id());
        assertTrue(index.similarTo(0, 5).get(0).score() > 0.2, index.similarTo(0, 5).toString());
    }

    @Test
    void siblingsProposeEachOther() {
        assertEquals(4, index.similarTo(3, 5).get(0).id());
        assertEquals(3, index.similarTo(4, 5).get(0).id());
    }

    @Test
    void theArticleOnItsOwnIsNotStronglyTied() {
        List<Candidate> of2 = index.similarTo(2, 5);
        double best = of2.isEmpty() ? 0 : of2.get(0).score();
        assertTrue(best < index.similarTo(3, 1).get(0).score() / 2, of2.toString());
        assertTrue(index.similarTo(0, 5).stream().noneMatch(c -> c.id() == 0), "the article itself is left out");
    }

    @Test
    void pairsAreTheTwoFamiliesEachOnce() {
        List<CandidatePair> pairs = index.pairs();
        assertTrue(pairs.contains(pairs.stream().filter(p -> p.a() == 0 && p.b() == 1).findFirst().orElseThrow()));
        assertTrue(pairs.stream().anyMatch(p -> p.a() == 3 && p.b() == 4), pairs.toString());
        assertFalse(pairs.stream().anyMatch(p -> p.a() == 2 || p.b() == 2), pairs.toString());
        assertEquals(pairs.size(), pairs.stream().map(p -> p.a() + "-" + p.b()).distinct().count());
    }

    @Test
    void aPassageIsFoundInItsSpunCopyThroughTheLookAlikes() {
        String text = seeds.get(1).text();
        int at = text.indexOf("Kazakhstan");
        int end = text.indexOf('.', at + 60);
        String passage = text.substring(at, end);
        List<Candidate> carrying = index.carrying(passage, 5);
        assertTrue(carrying.stream().anyMatch(c -> c.id() == 1 && c.score() > 0.9), carrying.toString());
        assertTrue(carrying.stream().anyMatch(c -> c.id() == 0), passage + " → " + carrying);
        // Typed with a Cyrillic а, it is the same passage.
        assertEquals(carrying, index.carrying(passage.replace('a', '\u0430'), 5));
    }

    @Test
    void removingForgetsTheArticle() {
        CandidateIndex copy = new CandidateIndex();
        for (int i = 0; i < seeds.size(); i++) {
            copy.add(i, Analyzer.analyze(seeds.get(i)));
        }
        copy.remove(1);
        assertFalse(copy.contains(1));
        assertTrue(copy.similarTo(0, 5).stream().noneMatch(c -> c.id() == 1));
        assertTrue(copy.similarTo(1, 5).isEmpty());
        copy.add(1, Analyzer.analyze(seeds.get(1)));
        assertEquals(index.similarTo(0, 5), copy.similarTo(0, 5));
    }
}
