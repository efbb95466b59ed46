package org.stemma.findings;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisguiseDetectorTest {

    private static List<Finding> findings(String text, Finding.Type type) {
        return Analyzer.analyze(Document.of("t", "", text)).findings(type);
    }

    @Test
    void spunCopyHidesNineCyrillicLettersAndTheSourceNone() {
        AnalyzedDocument spun = Seeds.analyzed(Seeds.S000);
        List<Finding> homoglyphs = spun.findings(Finding.Type.HOMOGLYPH);
        assertEquals(9, homoglyphs.size());
        for (Finding f : homoglyphs) {
            assertEquals("\u0430", spun.text().substring(f.start(), f.end()));
            assertEquals("U+0430", f.codePoint());
            assertEquals("a", f.imitates());
            assertTrue(f.detail().contains("\u0430"), "the word holding it: " + f.detail());
        }
        assertEquals(List.of("Kazаkhstan", "Russiаn", "Almаty", "displeаsure", "Kazаkhstаn", "Kazаkhstаn",
                "officiаlly", "enrаging", "Russiа"), homoglyphs.stream().map(Finding::detail).toList());
        for (String seed : List.of(Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
            assertEquals(0, Seeds.analyzed(seed).findings(Finding.Type.HOMOGLYPH).size(), seed);
        }
    }

    @Test
    void wordsWhollyInAnotherScriptAreOrdinaryText() {
        assertEquals(0, findings("Москва заявила, что переговоры продолжатся. Η Αθήνα συμφώνησε.", Finding.Type.HOMOGLYPH).size());
    }

    @Test
    void greekAndCyrillicLettersInsideLatinWords() {
        List<Finding> found = findings("The c\u043Empany said Am\u03BFs was \u0420utin's ally.", Finding.Type.HOMOGLYPH);
        assertEquals(List.of("o", "o", "P"), found.stream().map(Finding::imitates).toList());
        assertEquals(List.of("U+043E", "U+03BF", "U+0420"), found.stream().map(Finding::codePoint).toList());
    }

    @Test
    void latinLetterPlantedInACyrillicWordIsFoundToo() {
        List<Finding> found = findings("Правительство Казахстана oтказалось.", Finding.Type.HOMOGLYPH);
        assertEquals(1, found.size());
        assertEquals("U+006F", found.get(0).codePoint());
    }

    @Test
    void invisibleCharactersAreFoundWhereTheyStand() {
        String text = "Kaz\u200Bakhstan de\u00ADclined. The word\u2060joiner and a \uFEFF stray mark.";
        List<Finding> found = findings(text, Finding.Type.INVISIBLE);
        assertEquals(List.of("U+200B", "U+00AD", "U+2060", "U+FEFF"), found.stream().map(Finding::codePoint).toList());
        assertEquals(3, found.get(0).start());
        assertEquals("ZERO WIDTH SPACE", found.get(0).detail());
    }

    @Test
    void emojiSequencesAreNotDisguise() {
        assertEquals(0, findings("Family: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 at the parade.", Finding.Type.INVISIBLE).size());
    }
}
