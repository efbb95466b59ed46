package org.stemma.ui.claims;

import org.junit.jupiter.api.Test;
import org.stemma.model.Anchor;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.text.Span;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimHighlightsTest {

    private static final String TEXT = "The minister said the war was a mistake. The council called it meaningful.";
    private static final Tag QUOTE = new Tag(1, "quote", "#e69f00");
    private static final Tag FIGURE = new Tag(2, "figure", "#56b4e9");

    private static Claim claim(long id, String passage, Tag... tags) {
        int start = TEXT.indexOf(passage);
        return new Claim(id, 7, Anchor.in(TEXT, start, start + passage.length()), List.of(tags), ClaimStatus.OPEN, "",
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Span span(String passage) {
        int start = TEXT.indexOf(passage);
        return new Span(start, start + passage.length());
    }

    @Test
    void overlappingClaimsKeepEveryColourWhereTheyMeet() {
        Claim sentence = claim(10, "The minister said the war was a mistake.", QUOTE);
        Claim words = claim(11, "the war was a mistake. The council", FIGURE, QUOTE);

        List<ClaimHighlights.Run> runs = ClaimHighlights.of(List.of(words, sentence)).runs();

        assertEquals(List.of(span("The minister said "), span("the war was a mistake."), span(" The council")),
                runs.stream().map(ClaimHighlights.Run::span).toList());
        assertEquals(List.of("#e69f00"), runs.get(0).colours());
        assertEquals(List.of(10L, 11L), runs.get(1).claimIds());
        assertEquals(List.of("#e69f00", "#56b4e9"), runs.get(1).colours(),
                "each colour once, the outer claim's first, then the inner claim's tags by name");
        assertEquals(2, runs.get(1).depth());
        assertEquals(List.of("#56b4e9", "#e69f00"), runs.get(2).colours());
    }

    @Test
    void aClaimWithoutTagsIsDrawnInTheUntaggedColourAndGapsHaveNoRun() {
        List<ClaimHighlights.Run> runs = ClaimHighlights.of(List.of(claim(1, "minister"), claim(2, "council", FIGURE)))
                .runs();

        assertEquals(List.of(span("minister"), span("council")), runs.stream().map(ClaimHighlights.Run::span).toList());
        assertEquals(List.of(ClaimHighlights.UNTAGGED), runs.get(0).colours());
    }

    @Test
    void aClickFindsTheInnermostClaimFirst() {
        Claim sentence = claim(10, "The minister said the war was a mistake.", QUOTE);
        Claim words = claim(11, "the war", FIGURE);
        ClaimHighlights highlights = ClaimHighlights.of(List.of(sentence, words));

        assertEquals(List.of(words, sentence), highlights.claimsAt(TEXT.indexOf("war")));
        assertEquals(List.of(sentence), highlights.claimsAt(0));
        assertEquals(List.of(sentence), highlights.claimsAt(TEXT.indexOf(".") - 1));
        assertEquals(List.of(sentence), highlights.claimsAt(TEXT.indexOf(".")), "the full stop is in the sentence");
        assertTrue(highlights.claimsAt(TEXT.indexOf(".") + 1).isEmpty(), "the end is exclusive");
        assertTrue(ClaimHighlights.of(List.of()).runs().isEmpty());
    }
}
