package org.stemma.align;

import org.stemma.model.CounterpartKind;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.text.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterpartTest {

    private static Span spanOf(String text, String passage) {
        int at = text.indexOf(passage);
        assertTrue(at >= 0, passage);
        return new Span(at, at + passage.length());
    }

    @Test
    void atlanticCouncilClaimIsAlteredInTheSpunCopy() {
        Comparison c = Aligner.compare(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000));
        Counterpart cp = Counterpart.of(c, spanOf(c.left().text(), "The Atlantic Council described this statement as “meaningful”"));
        assertEquals(CounterpartKind.ALTERED, cp.kind());
        assertTrue(cp.span().of(c.right().text()).startsWith("The Atlantic Council called this statement"));
        assertTrue(cp.changes().stream().anyMatch(ch -> ch.leftText().equals("meaningful") && ch.rightText().equals("important")));
        assertTrue(cp.changes().stream().noneMatch(ch -> ch.leftText().equals("senior")), "outside the claimed words");
    }

    @Test
    void casualtyFigureIsCarriedWithTheSameNumbers() {
        Comparison c = Aligner.compare(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000));
        Counterpart cp = Counterpart.of(c, spanOf(c.left().text(), "with at least 400 people missing"));
        assertEquals(CounterpartKind.SAME, cp.kind());
        assertTrue(cp.span().of(c.right().text()).contains("at least 400 people missing"));
    }

    @Test
    void claimTheCopyLeftOutIsAbsent() {
        Comparison c = Aligner.compare(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000));
        Counterpart cp = Counterpart.of(c, spanOf(c.left().text(), "Russian TV presenter Tigran Keosayan"));
        assertEquals(CounterpartKind.ABSENT, cp.kind());
        assertNull(cp.span());
    }

    @Test
    void sharedPassageIsTheSameInTheOtherRepublication() {
        Comparison c = Aligner.compare(Seeds.analyzed(Seeds.S003), Seeds.analyzed(Seeds.S004));
        Counterpart cp = Counterpart.of(c, spanOf(c.left().text(), "the social scientist Azamat Junisbai from Pitzer College"));
        assertEquals(CounterpartKind.SAME, cp.kind());
    }
}
