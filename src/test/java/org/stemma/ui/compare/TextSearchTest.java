package org.stemma.ui.compare;

import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSearchTest {

    private final TextSearch search = new TextSearch();

    @Test
    void findsWithoutRegardToCase() {
        String text = "Kazakhstan cancels. KAZAKHSTAN agrees. kazakh";
        assertEquals(List.of(new Span(0, 10), new Span(20, 30)), search.find(text, "kazakhstan"));
    }

    @Test
    void findsWordsWithDisguisedLettersAsTheReaderSeesThem() {
        String text = "Kaz\u0430khstan has also given aid; Alm\u0430ty too.";
        List<Span> found = search.find(text, "Kazakhstan");
        assertEquals(List.of(new Span(0, 10)), found);
        assertEquals("Kaz\u0430khstan", found.get(0).of(text), "the match is the original text");
        assertEquals(1, search.find(text, "almaty").size());
    }

    @Test
    void specialCharactersAreSearchedLiterally() {
        assertEquals(List.of(new Span(5, 9)), search.find("Cost (US) was", "(US)"));
        assertTrue(search.find("anything", "").isEmpty());
        assertTrue(search.find("anything", "nothing").isEmpty());
    }
}
