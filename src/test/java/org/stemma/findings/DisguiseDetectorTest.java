package org.stemma.findings;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisguiseDetectorTest {

    private static List<Homoglyph> homoglyphs(String text) {
        return Analyzer.analyze(Document.of("t", "", text)).findings(Homoglyph.class);
    }

    private static List<String> flagged(String text) {
        return homoglyphs(text).stream().map(Homoglyph::text).toList();
    }

    @Test
    void spunCopyHidesNineCyrillicLettersAndTheSourceNone() {
        AnalyzedDocument spun = Seeds.analyzed(Seeds.S000);
        List<Homoglyph> homoglyphs = spun.findings(Homoglyph.class);
        assertEquals(9, homoglyphs.size());
        for (Homoglyph f : homoglyphs) {
            assertEquals("\u0430", spun.text().substring(f.start(), f.end()));
            assertEquals("U+0430", f.codePoint());
            assertEquals("a", f.imitates());
            assertTrue(f.word().contains("\u0430"), "the word holding it: " + f.word());
            assertTrue(f.isDisguise());
        }
        assertEquals(List.of("Kazаkhstan", "Russiаn", "Almаty", "displeаsure", "Kazаkhstаn", "Kazаkhstаn",
                "officiаlly", "enrаging", "Russiа"), homoglyphs.stream().map(Homoglyph::word).toList());
        for (String seed : List.of(Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
            assertEquals(0, Seeds.analyzed(seed).findings(Homoglyph.class).size(), seed);
        }
    }

    @Test
    void wordsWhollyInAnotherScriptAreOrdinaryText() {
        assertEquals(List.of(), flagged("Москва заявила, что переговоры продолжатся. Η Αθήνα συμφώνησε."));
    }

    @Test
    void greekAndCyrillicLettersInsideLatinWords() {
        List<Homoglyph> found = homoglyphs("The c\u043Empany said Am\u03BFs was \u0420utin's ally.");
        assertEquals(List.of("o", "o", "P"), found.stream().map(Homoglyph::imitates).toList());
        assertEquals(List.of("U+043E", "U+03BF", "U+0420"), found.stream().map(Homoglyph::codePoint).toList());
    }

    @Test
    void latinLetterPlantedInACyrillicWordIsFoundToo() {
        List<Homoglyph> found = homoglyphs("Правительство Казахстана oтказалось.");
        assertEquals(1, found.size());
        assertEquals("U+006F", found.get(0).codePoint());
    }

    @Test
    void englishPossessiveOnAForeignScriptNameIsNoDisguise() {
        assertEquals(List.of(), flagged("The Kremlin said Путин’s envoy met Зеленський's team in Istanbul."));
        assertEquals(List.of(), flagged("Αθήνα's mayor and Путин's spokesman spoke."));
    }

    @Test
    void disguisedLettersBesideAnApostropheAreStillFound() {
        assertEquals(List.of("\u0430"), flagged("Kaz\u0430khstan’s leader spoke."));
        assertEquals(List.of("\u0455"), flagged("Putin’\u0455 envoy arrived."), "a Cyrillic ѕ as the possessive");
    }

    @Test
    void wholeWordsInAnotherScriptThatReadAsLatinWordsAreDisguise() {
        assertEquals(List.of("\u0430"), flagged("He said it was \u0430 big day for the region."));
        assertEquals(List.of("\u0406"), flagged("\u0406 think the plan will fail, the minister said."));
        assertEquals(List.of("\u041E", "\u041A"), flagged("The deal was \u041E\u041A for both sides, he said."));
        List<Homoglyph> found = homoglyphs("The deal went to \u0430 rival.");
        assertEquals("a", found.get(0).imitates());
        assertEquals("\u0430", found.get(0).word());
        assertEquals(List.of("\u0421", "\u041E", "\u0420", "\u0415"),
                flagged("Kazakhstan cancelled its parade. \u0421\u041E\u0420\u0415 was the word, and officials cope with it."),
                "a longer word whose Latin twin the text uses");
    }

    @Test
    void realRussianAndGreekWordsInAnEnglishTextAreNot() {
        assertEquals(List.of(), flagged("The Kremlin spokesman Dmitry Peskov said “переговоры продолжатся” on Monday."));
        assertEquals(List.of(), flagged("Opposition leader Алексей Навальный was named, with Путин and the Σύνταγμα square in Athens."));
        assertEquals(List.of(), flagged("The Russian word сок means juice, and the Greek word και means and."));
    }

    @Test
    void invisibleCharactersAreFoundWhereTheyStand() {
        String text = "Kaz\u200Bakhstan de\u00ADclined. The word\u2060joiner and a \uFEFF stray mark.";
        List<Invisible> found = Analyzer.analyze(Document.of("t", "", text)).findings(Invisible.class);
        assertEquals(List.of("U+200B", "U+00AD", "U+2060", "U+FEFF"), found.stream().map(Invisible::codePoint).toList());
        assertEquals(3, found.get(0).start());
        assertEquals("ZERO WIDTH SPACE", found.get(0).name());
        assertTrue(found.get(0).isDisguise());
    }

    @Test
    void emojiSequencesAreNotDisguise() {
        String text = "Family: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 at the parade.";
        assertEquals(0, Analyzer.analyze(Document.of("t", "", text)).findings(Invisible.class).size());
    }

    @Test
    void furnitureIsNoDisguise() {
        for (Furniture f : Seeds.analyzed(Seeds.S001).findings(Furniture.class)) {
            assertFalse(f.isDisguise(), f.text());
        }
    }
}
