package org.stemma.store;

import org.stemma.text.Folds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprint of an article's text, equal for two files that differ only in what no reader sees: line
 * ends, a byte-order mark, Unicode composition, spaces at line ends or around the text. A look-alike letter
 * (Cyrillic 'а' for Latin 'a') changes it: a spun copy is a different article. The steps are the
 * {@link Folds#STORED_TEXT} chain, which the importer's content key extends, so a text stored once is
 * always a duplicate by that key too; values are those of earlier versions (stored projects keep theirs).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the normalised text, in lower-case hex. */
    public static String of(String text) {
        String normalised = Folds.STORED_TEXT.apply(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
