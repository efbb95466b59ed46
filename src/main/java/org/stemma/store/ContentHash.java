package org.stemma.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Fingerprint of an article's text, equal for two files that differ only in what no reader sees: line
 * ends, a byte-order mark, Unicode composition, spaces at line ends or around the text. A look-alike letter
 * (Cyrillic 'а' for Latin 'a') changes it: a spun copy is a different article.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the normalised text, in lower-case hex. */
    public static String of(String text) {
        String normalised = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFC)
                .replaceAll("\\R", "\n")
                .replaceAll("[ \\t\\u00A0]+\n", "\n")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
