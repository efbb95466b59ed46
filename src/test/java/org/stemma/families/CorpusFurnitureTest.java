package org.stemma.families;

import org.junit.jupiter.api.Test;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.text.Sentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corpus furniture known by line hashes (decision 0924): a line carried by three unrelated articles is
 * furniture, a story's lines carried by its copies are not, and the judgement follows articles removed
 * and added again.
 */
class CorpusFurnitureTest {

    private static final String SIGN_OFF = "Our correspondents in the regional bureau contributed to this dispatch for the evening edition.";

    private static final List<String> STORY = List.of(
            "The harbour authority closed the northern quay on Tuesday after inspectors found cracks in the old sea wall.",
            "Fishing crews were told to moor their boats at the southern basin until repairs begin next month.",
            "The mayor said the cost of the work would be shared between the port and the regional council.");

    private static AnalyzedDocument article(String name, String... paragraphs) {
        return Analyzer.analyze(Document.of(name, "", String.join("\n\n", paragraphs)));
    }

    private static boolean markedAsFurniture(AnalyzedDocument doc, Iterable<Long> furniture, String line) {
        java.util.Set<Long> set = new java.util.HashSet<>();
        furniture.forEach(set::add);
        AnalyzedDocument marked = CorpusFurniture.mark(doc, set);
        for (Sentence s : marked.sentences()) {
            if (s.span().of(doc.document().text()).contains(line.substring(0, 30))) {
                return s.boilerplate();
            }
        }
        throw new AssertionError("no sentence starts with " + line.substring(0, 30) + " in " + doc.document().name());
    }

    @Test
    void aLineOnUnrelatedArticlesIsFurnitureAStorysLinesOnItsCopiesAreNot() {
        AnalyzedDocument a = article("a.txt", "The orchestra announced a new season of chamber concerts in the restored theatre downtown.", SIGN_OFF);
        AnalyzedDocument b = article("b.txt", "Farmers in the valley expect a late harvest after weeks of unusually cold and wet weather.", SIGN_OFF);
        AnalyzedDocument c = article("c.txt", "The city library will open on Sundays from March, the culture department said in a statement.", SIGN_OFF);
        CorpusFurniture furniture = new CorpusFurniture();
        furniture.add(1, a);
        furniture.add(2, b);
        furniture.add(3, c);
        for (long id = 10; id < 13; id++) {
            furniture.add(id, article("copy" + id + ".txt", STORY.get(0), STORY.get(1), STORY.get(2)));
        }

        assertEquals(1, furniture.furniture().size(), "the sign-off, not the story's three lines");
        assertTrue(markedAsFurniture(a, furniture.furniture(), SIGN_OFF));
        assertFalse(markedAsFurniture(a, furniture.furniture(), "The orchestra announced a new season of chamber concerts"));
        assertEquals(java.util.Set.of(1L, 2L, 3L), furniture.carriersOf(furniture.furniture()));

        furniture.remove(3);
        assertTrue(furniture.furniture().isEmpty(), "two articles sharing a line is ordinary copying");
        furniture.add(3, c);
        assertEquals(1, furniture.furniture().size());
        furniture.add(3, c);
        assertEquals(java.util.Set.of(1L, 2L, 3L), furniture.carriersOf(furniture.furniture()), "added twice, carried once");
    }
}
