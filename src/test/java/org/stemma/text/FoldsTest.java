package org.stemma.text;

import org.junit.jupiter.api.Test;
import org.stemma.importing.ContentKey;
import org.stemma.store.ContentHash;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FoldsTest {

    /** Values the stored fingerprint had before it was built from the shared chain: stored projects keep theirs. */
    @Test
    void storedFingerprintIsUnchanged() throws Exception {
        assertEquals("82753b746fa69ab5f27208da109c416456ea1cc05d62de5ac69c05740a612e2d",
                ContentHash.of(Files.readString(Path.of("seeds/000_bccecb4352150e81.txt"))));
        assertEquals("8ec0a40fd7f71fe19464605ed3027f4480d40e711364ddf4643da17d17e2e746",
                ContentHash.of(Files.readString(Path.of("seeds/002_3e58512b73e31964.txt"))));
        assertEquals("d05a5496b859f36a1e37942a16cada5ee6652e8d88a1f25789ea9b1951bd2d2a",
                ContentHash.of("\uFEFF  Cafe\u0301 line \u00A0\r\nKaz\u0430khstan\t\r\n\r\n"));
    }

    @Test
    void theContentKeyExtendsTheStoredFingerprint() {
        String text = "\uFEFFCafe\u0301 line \u00A0\r\nKazakhstan\r\n";
        String sameStored = "Caf\u00E9 line\nKazakhstan";
        assertEquals(ContentHash.of(text), ContentHash.of(sameStored));
        assertEquals(ContentKey.of(text), ContentKey.of(sameStored));
        assertEquals(Folds.CONTENT.apply(text), Folds.CONTENT.apply(Folds.STORED_TEXT.apply(text)));
        String typographic = "CAFÉ  line “Kazakhstan” — ok";
        assertNotEquals(ContentHash.of("café line \"kazakhstan\" - ok"), ContentHash.of(typographic));
        assertEquals(ContentKey.of("café line \"kazakhstan\" - ok"), ContentKey.of(typographic));
    }

    @Test
    void lookAlikesFoldForWordsButNotForTheContentKey() {
        assertEquals("kazakhstan", ComparisonForm.of("KAZ\u0410KHSTAN"));
        assertNotEquals(ContentKey.of("Kazakhstan"), ContentKey.of("Kaz\u0430khstan"));
    }

    @Test
    void shortTextKeyIgnoresPunctuationCaseAndSpacing() {
        assertEquals(Folds.SHORT_TEXT.apply("Express departure from Russia: Partner Kazakhstan"),
                Folds.SHORT_TEXT.apply("EXPRESS  departure – from Russia Partner\u00A0Kazakhstan!"));
    }

    @Test
    void stepsChainInOrder() {
        Fold chain = Fold.chain(Folds.LOWER_CASE, s -> s + "!");
        assertEquals("ab!", chain.apply("AB"));
        assertEquals("AB!", Fold.chain(Folds.STRIPPED, s -> s + "!").then(String::toUpperCase).apply(" ab "));
    }
}
