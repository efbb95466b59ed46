package org.stemma.families;

import org.junit.jupiter.api.Test;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.model.PairKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.families.DerivedCorpus.article;
import static org.stemma.families.DerivedCorpus.excerpt;
import static org.stemma.families.DerivedCorpus.paragraphs;
import static org.stemma.families.DerivedCorpus.slip;
import static org.stemma.families.DerivedCorpus.spun;
import static org.stemma.families.DerivedCorpus.trimmed;

/**
 * The evidence of direction on texts derived from the seeds, one clue at a time (decision 1020): what an
 * excerpt of a spun copy shares with it, and a copy of a copy against a sibling spun the same way.
 */
class DirectionEvidenceTest {

    private static AnalyzedDocument analyzed(String name, List<String> paragraphs) {
        return Analyzer.analyze(Document.of(name, "", article(name, null, paragraphs)));
    }

    private static Direction direction(AnalyzedDocument a, AnalyzedDocument b) {
        Comparison c = Aligner.compare(a, b);
        return new Direction(a, a.document().name(), b, b.document().name(), PairScoring.of(PairKey.of(0, 1), c), () -> c);
    }

    /**
     * A story of its own (seed 002) quoting three paragraphs of a spun copy of seed 001: the quoted
     * paragraphs carry the spinner's look-alikes, the rest of the spun copy carries more. Neither the
     * look-alikes nor the two articles' lengths say who copied whom; the date does.
     */
    @Test
    void anExcerptOfASpunCopyIsNotReadAsItsSource() throws Exception {
        List<String> spun = spun(paragraphs(Path.of("seeds/001_a14117e3dcc20b34.txt")), 5);
        List<String> story = paragraphs(Path.of("seeds/002_3e58512b73e31964.txt"));
        List<String> quoting = new ArrayList<>(story.subList(0, story.size() / 2));
        quoting.addAll(excerpt(spun, 4, 7));
        quoting.addAll(story.subList(story.size() / 2, story.size()));
        AnalyzedDocument source = analyzed("spun", spun);
        AnalyzedDocument excerpt = analyzed("quoting", quoting);
        assertTrue(source.findings().stream().filter(f -> f.isDisguise()).count()
                > 3 * excerpt.findings().stream().filter(f -> f.isDisguise()).count(), "the spun copy is the more disguised");

        Direction d = direction(source, excerpt);
        assertFalse(d.clues().stream().anyMatch(c -> c.text().startsWith("disguises")), d.clues()::toString);
        assertTrue(d.clues().stream().anyMatch(c -> c.text().startsWith("containment: neither is mostly found")), d.clues()::toString);
        assertEquals(0, d.logOdds(), 1e-9, d.clues()::toString);
    }

    /** The same spun copy against its source: the look-alikes in the text they share tell the copy. */
    @Test
    void theLookAlikesInTheSharedTextTellTheSpunCopy() throws Exception {
        List<String> source = paragraphs(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        Direction d = direction(analyzed("source", source), analyzed("spun", spun(source, 5)));
        assertTrue(d.clues().stream().anyMatch(c -> c.text().startsWith("disguises: spun hides")), d.clues()::toString);
        assertTrue(d.logOdds() >= Direction.STATED, d.clues()::toString);
    }

    /**
     * Two spins of seed 001 made with one thesaurus share most of their synonyms by coincidence, but
     * each reads as the source where the other swapped a word; a trimmed copy of the first, with a slip
     * of its own, keeps all the first's departures. Only the copy descends from it.
     */
    @Test
    void aCopyOfACopyIsToldFromASiblingSpunTheSameWay() throws Exception {
        List<String> original = paragraphs(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        List<String> first = spun(original, 5);
        List<String> sibling = spun(original, 6);
        List<String> copy = slip(trimmed(first, 0.8), "Kuzio", "Kuzyo");
        AnalyzedDocument x = analyzed("original", original);
        Comparison toFirst = Aligner.compare(x, analyzed("first", first));
        InheritedVariants.Vote ofSibling = InheritedVariants.vote(toFirst, Aligner.compare(x, analyzed("sibling", sibling)));
        InheritedVariants.Vote ofCopy = InheritedVariants.vote(toFirst, Aligner.compare(x, analyzed("copy", copy)));

        assertTrue(ofSibling.withCopy() > ofSibling.withSource(), "the sibling shares many synonyms: " + ofSibling);
        assertFalse(ofSibling.inherits(), ofSibling::toString);
        assertTrue(ofCopy.inherits(), ofCopy::toString);
    }
}
