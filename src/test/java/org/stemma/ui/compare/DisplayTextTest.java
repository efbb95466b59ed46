package org.stemma.ui.compare;

import org.junit.jupiter.api.Test;
import org.stemma.text.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayTextTest {

    @Test
    void unchangedTextMapsOneToOne() {
        DisplayText d = DisplayText.of("one\ntwo", List.of());
        assertEquals("one\ntwo", d.text());
        for (int i = 0; i <= 7; i++) {
            assertEquals(i, d.toDisplay(i));
            assertEquals(i, d.toModel(i));
        }
    }

    @Test
    void windowsLineBreaksBecomeOneCharacter() {
        String original = "one\r\ntwo\r\nthree\rfour";
        DisplayText d = DisplayText.of(original, List.of());
        assertEquals("one\ntwo\nthree\nfour", d.text());
        int two = original.indexOf("two");
        assertEquals(d.text().indexOf("two"), d.toDisplay(two));
        assertEquals(two, d.toModel(d.text().indexOf("two")));
        assertEquals(original.indexOf("four"), d.toModel(d.text().indexOf("four")));
        assertEquals(3, d.toDisplay(3), "the CR sits where the shown line break is");
        assertEquals(original.length(), d.toModel(d.length()));
    }

    @Test
    void aLineEndStaysBeforeItsCarriageReturn() {
        String original = "Title\r\n\r\nFirst line.\rSecond line.\nThird.";
        DisplayText d = DisplayText.of(original, List.of());
        assertEquals("Title\n\nFirst line.\nSecond line.\nThird.", d.text());
        for (String word : new String[]{"Title", "First", "Second", "Third"}) {
            int at = original.indexOf(word);
            int shown = d.toDisplay(at);
            assertEquals(word, d.text().substring(shown, shown + word.length()));
            assertEquals(at, d.toModel(shown));
        }
        int firstCr = original.indexOf('\r');
        assertEquals(5, d.toDisplay(firstCr), "a dropped CR maps to its LF");
        assertEquals(firstCr, d.toModel(5), "the end of a line stays before its CR");
        assertEquals(new Span(0, firstCr), d.toModel(new Span(0, 5)), "a selected line leaves its CRLF out");
        assertEquals(original.indexOf("\rSecond"), d.toModel(d.text().indexOf("\nSecond")), "a lone CR is kept, as an LF");
    }

    @Test
    void hiddenPartsAreLeftOutAndTheirOffsetsGoToWhereTheyWere() {
        String original = "keep\nHIDE\nkeep too";
        DisplayText d = DisplayText.of(original, List.of(new Span(5, 10)));
        assertEquals("keep\nkeep too", d.text());
        assertEquals(5, d.toDisplay(7));
        assertEquals(10, d.toModel(5));
        Span tooShown = d.toDisplay(new Span(10, 18));
        assertEquals("keep too", tooShown.of(d.text()));
        assertEquals(new Span(10, 18), d.toModel(tooShown));
    }

    @Test
    void hidingTheStartAndTheEnd() {
        DisplayText d = DisplayText.of("AAbbCC", List.of(new Span(0, 2), new Span(4, 6)));
        assertEquals("bb", d.text());
        assertEquals(0, d.toDisplay(1));
        assertEquals(2, d.toDisplay(5));
        assertEquals(2, d.toModel(0));
        assertEquals(4, d.toModel(2));
    }

    @Test
    void emptyText() {
        DisplayText d = DisplayText.of("", List.of());
        assertEquals("", d.text());
        assertEquals(0, d.toDisplay(0));
        assertEquals(0, d.toModel(0));
    }
}
