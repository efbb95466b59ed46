package org.stemma.ui.claims;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShownTextTest {

    @Test
    void crlfLinesLoseTheirCarriageReturnAndOffsetsConvertBothWays() {
        String original = "Title\r\n\r\nFirst line.\rSecond line.\nThird.";
        ShownText shown = ShownText.of(original);

        assertEquals("Title\n\nFirst line.\nSecond line.\nThird.", shown.text());
        for (String word : new String[]{"Title", "First", "Second", "Third"}) {
            int at = original.indexOf(word);
            int s = shown.toShown(at);
            assertEquals(word, shown.text().substring(s, s + word.length()));
            assertEquals(at, shown.toArticle(s));
        }
        int firstCr = original.indexOf('\r');
        assertEquals(5, shown.toShown(firstCr), "a dropped CR maps to its LF");
        assertEquals(firstCr, shown.toArticle(5), "the end of a line stays before its CR");
        assertEquals(original.length(), shown.toArticle(shown.text().length()));
        assertEquals(shown.text().length(), shown.toShown(original.length()));
    }

    @Test
    void textWithoutCarriageReturnsIsShownAsItIs() {
        ShownText shown = ShownText.of("one\ntwo");

        assertEquals("one\ntwo", shown.text());
        assertEquals(4, shown.toShown(4));
        assertEquals(4, shown.toArticle(4));
    }
}
