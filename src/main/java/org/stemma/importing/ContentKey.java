package org.stemma.importing;

import org.stemma.text.Folds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's content, whatever its file name or format: the same text saved as .txt,
 * pasted into Word or exported to PDF gets the same key. Case, compatibility forms (ligatures, full-width
 * letters, no-break spaces), invisible characters, curly versus straight quotes, dash variants and all
 * white space, line breaks included, are folded away (the {@link Folds#CONTENT} chain, shared with the
 * stored fingerprint and every comparison form). Look-alike letters from other scripts are not: a
 * copy disguised with Cyrillic letters is a different text (and a near twin, see {@link NearTwins}).
 */
public final class ContentKey {

    private ContentKey() {
    }

    /** The key: a SHA-256 of {@link #normalise(String)}, in hex. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The text as the key sees it: the {@link Folds#CONTENT} chain. */
    public static String normalise(String text) {
        return Folds.CONTENT.apply(text);
    }
}
