package org.stemma.claims;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.model.Anchor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReanchoringTest {

    private static final String ARTICLE = Seeds.document(Seeds.S001).text();
    private static final String SENTENCE = "The Atlantic Council described this statement as “meaningful” coming "
            + "from a senior Kazakhstani official while in the US.";
    private static final String NEW_LEAD = "UPDATE: this article has been revised since it was first published.\n\n";

    private static Anchor sentenceAnchor() {
        int start = ARTICLE.indexOf(SENTENCE);
        assertTrue(start > 0, "seed 001 has the sentence");
        return Anchor.in(ARTICLE, start, start + SENTENCE.length());
    }

    @Test
    void anAnchorKeepsFortyCharactersOfContextEachSide() {
        Anchor a = sentenceAnchor();
        assertEquals(SENTENCE, a.exact());
        assertEquals(Anchor.CONTEXT, a.prefix().length());
        assertEquals(Anchor.CONTEXT, a.suffix().length());
        assertTrue(ARTICLE.substring(0, a.start()).endsWith(a.prefix()));
        assertTrue(ARTICLE.substring(a.end()).startsWith(a.suffix()));
    }

    @Test
    void offsetsOutsideTheTextOrInsideACharacterAreRefused() {
        String text = "Flag 🇺🇦 raised";
        assertThrows(IllegalArgumentException.class, () -> Anchor.in(text, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> Anchor.in(text, 0, text.length() + 1));
        assertThrows(IllegalArgumentException.class, () -> Anchor.in(text, -1, 4));
        String message = Anchor.problem(text, 0, 6);
        assertTrue(message.contains("cut a character"), message);
        assertEquals("🇺🇦", Anchor.in(text, 5, 9).exact());
    }

    @Test
    void anUnchangedTextKeepsThePassageWhereItIs() {
        Anchor a = sentenceAnchor();
        Relocation r = Reanchoring.relocate(a, ARTICLE);
        assertEquals(Relocation.Kind.SAME, r.kind());
        assertEquals(a, r.anchor());
    }

    @Test
    void aPassageShiftedByAnEditElsewhereIsMoved() {
        Anchor a = sentenceAnchor();
        Relocation r = Reanchoring.relocate(a, NEW_LEAD + ARTICLE);
        assertEquals(Relocation.Kind.MOVED, r.kind());
        assertEquals(a.start() + NEW_LEAD.length(), r.anchor().start());
        assertEquals(SENTENCE, r.anchor().exact());
    }

    @Test
    void aChangedWordInsideThePassageIsFoundByApproximateMatch() {
        String edited = SENTENCE.replace("“meaningful”", "“significant”");
        String text = NEW_LEAD + ARTICLE.replace(SENTENCE, edited);
        Relocation r = Reanchoring.relocate(sentenceAnchor(), text);
        assertEquals(Relocation.Kind.EDITED, r.kind());
        assertEquals(edited, r.anchor().exact());
        assertEquals(text.indexOf(edited), r.anchor().start());
    }

    @Test
    void aRewrittenPassageIsDetachedNotGuessed() {
        String rewrite = "The Atlantic Council called this statement, made by a top Kazakhstani official while in "
                + "the United States, “important.”";
        assertTrue(Seeds.document(Seeds.S000).text().contains(rewrite), "seed 000 rewrites the sentence this way");
        Relocation r = Reanchoring.relocate(sentenceAnchor(), ARTICLE.replace(SENTENCE, rewrite));
        assertEquals(Relocation.Kind.DETACHED, r.kind());
        assertNull(r.anchor());
    }

    @Test
    void aDeletedPassageIsDetachedEvenWithALookAlikeElsewhere() {
        String lookAlike = "The Atlantic Council described this statement as “meaningless” coming from a junior "
                + "Kazakhstani official while in the UK.";
        String text = ARTICLE.replace(SENTENCE, "") + "\n\nReaders' letters: " + lookAlike + " Thanks for writing in.";
        assertTrue(Reanchoring.relocate(sentenceAnchor(), text).isDetached());
        assertTrue(Reanchoring.relocate(sentenceAnchor(), ARTICLE.replace(SENTENCE, "")).isDetached());
    }

    @Test
    void aShortWordThatRecursIsTrackedToItsOwnOccurrenceByContext() {
        List<Integer> putins = occurrences(ARTICLE, "Putin");
        assertTrue(putins.size() >= 4, "seed 001 names Putin often: " + putins.size());
        for (int start : putins) {
            Anchor a = Anchor.in(ARTICLE, start, start + "Putin".length());
            Relocation r = Reanchoring.relocate(a, NEW_LEAD + ARTICLE);
            assertEquals(Relocation.Kind.MOVED, r.kind());
            assertEquals(start + NEW_LEAD.length(), r.anchor().start(), "occurrence at " + start);
        }
    }

    @Test
    void duplicateSentencesAreToldApartByWhatSurroundsThem() {
        String quote = "“Russia has lost support in its own backyard.”";
        String text = "Kuzio told reporters in Kyiv on Monday: " + quote + " He did not elaborate further.\n\n"
                + "Later, speaking to students in Warsaw, the professor repeated: " + quote + " The hall applauded.";
        int second = text.lastIndexOf(quote);
        Anchor a = Anchor.in(text, second, second + quote.length());
        String revised = text.replace("Kuzio told reporters in Kyiv on Monday:", "On Monday in Kyiv, Kuzio said:")
                .replace("The hall applauded.", "The hall, packed with students, applauded loudly.");
        Relocation r = Reanchoring.relocate(a, revised);
        assertEquals(Relocation.Kind.MOVED, r.kind());
        assertEquals(revised.lastIndexOf(quote), r.anchor().start());
        assertNotEquals(revised.indexOf(quote), r.anchor().start());
    }

    @Test
    void aDuplicateWhoseOwnPlaceIsGoneIsNotTakenForIt() {
        String line = "Only Lukashenka still sits in Putin's pocket.";
        String text = "Kuzio wrote on Twitter that " + line + " Then he logged off for the day.\n\n"
                + "A week later, a commentator on state television claimed instead that " + line
                + " Viewers were not convinced.";
        int second = text.lastIndexOf(line);
        Anchor a = Anchor.in(text, second, second + line.length());
        String revised = text.substring(0, text.indexOf("\n\n"));
        assertTrue(Reanchoring.relocate(a, revised).isDetached(), "the first occurrence has other context and is not the claim");
    }

    private static List<Integer> occurrences(String text, String word) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            found.add(i);
        }
        return found;
    }
}
