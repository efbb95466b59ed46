package org.stemma.ui.claims;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.stemma.model.Anchor;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.ui.compare.DisplayText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimUnderlinesTest {

    private static final String TEXT = "Headline\r\n\r\nThe minister said the war was a mistake.\r\nThe end.";
    private static final Tag QUOTE = new Tag(1, "quote", "#e69f00");
    private static final Tag FIGURE = new Tag(2, "figure", "#56b4e9");

    private static Claim claim(long id, String passage, Tag... tags) {
        int start = TEXT.indexOf(passage);
        return new Claim(id, 1, Anchor.in(TEXT, start, start + passage.length()), List.of(tags), ClaimStatus.OPEN, "",
                Instant.EPOCH, Instant.EPOCH);
    }

    private static List<String> spans(StyleSpans<Collection<String>> spans, String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(text.substring(at, at + span.getLength()) + " " + span.getStyle());
            }
            at += span.getLength();
        }
        assertEquals(text.length(), at, "the spans cover the whole shown text");
        return out;
    }

    @Test
    void runsGetClassesNamedAfterDepthAndColoursAtTheirShownOffsets() {
        ClaimHighlights highlights = ClaimHighlights.of(List.of(
                claim(1, "The minister said the war was a mistake.", QUOTE), claim(2, "the war", FIGURE)));
        DisplayText shown = DisplayText.of(TEXT, List.of());

        List<String> styled = spans(ClaimUnderlines.styleSpans(highlights, shown.text().length(), shown::toDisplay),
                shown.text());

        assertEquals(List.of(
                "The minister said  [claim, claim-1-e69f00]",
                "the war [claim, claim-2-e69f00-56b4e9]",
                " was a mistake. [claim, claim-1-e69f00]"), styled, "CRLFs before the claim shift it in the area");
    }

    @Test
    void oneColourIsASolidUnderlineSeveralAreStripedAndThicker() {
        ClaimHighlights highlights = ClaimHighlights.of(List.of(
                claim(1, "The minister said the war was a mistake.", QUOTE), claim(2, "the war", FIGURE)));

        String css = ClaimUnderlines.css(highlights.runs());

        assertTrue(css.contains(".claim-1-e69f00 { -rtfx-underline-color: #e69f00; -rtfx-underline-width: 2;"), css);
        assertTrue(css.contains(".claim-2-e69f00-56b4e9 { -rtfx-underline-color: linear-gradient(from 0px 0px to 16px 0px, "
                + "repeat, #e69f00 0%, #e69f00 50%, #56b4e9 50%, #56b4e9 100%); -rtfx-underline-width: 3;"), css);
        assertEquals(1, css.split("\\.claim-1-e69f00 ", -1).length - 1, "a class shared by two runs has one rule");
        assertTrue(css.contains(".claim { -fx-cursor: hand; }"));
    }

    @Test
    void claimsAddTheirClassesToTheCompareViewsOwnMarks() {
        String text = "one two three";
        StyleSpans<Collection<String>> marks = new StyleSpansBuilder<Collection<String>>()
                .add(List.of("changed"), 8).add(List.of(), 5).create();
        ClaimHighlights highlights = ClaimHighlights.of(List.of(new Claim(1, 1, Anchor.in(text, 4, 13), List.of(QUOTE),
                ClaimStatus.OPEN, "", Instant.EPOCH, Instant.EPOCH)));

        StyleSpans<Collection<String>> both = ClaimUnderlines.overlay(marks,
                ClaimUnderlines.styleSpans(highlights, text.length(), i -> i));

        assertEquals(List.of("one  [changed]", "two  [changed, claim, claim-1-e69f00]", "three [claim, claim-1-e69f00]"),
                spans(both, text));
    }
}
