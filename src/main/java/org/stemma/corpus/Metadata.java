package org.stemma.corpus;

/**
 * What an article says about itself. A field is {@code null} where the text does not state it:
 * Stemma never guesses metadata.
 */
public record Metadata(String title, String outlet, String byline, String date) {
    public static final Metadata NONE = new Metadata(null, null, null, null);
}
