package org.stemma.corpus;

import org.stemma.text.Folds;

/**
 * What an article says about itself. A field is {@code null} where the text does not state it:
 * Stemma never guesses metadata. Every field is trimmed of what a reader would correct at a glance:
 * invisible characters, and no-break or repeated spaces ({@link Folds#SHOWN_FIELD}).
 */
public record Metadata(String title, String outlet, String byline, String date) {
    public static final Metadata NONE = new Metadata(null, null, null, null);

    public Metadata {
        title = clean(title);
        outlet = clean(outlet);
        byline = clean(byline);
        date = clean(date);
    }

    private static String clean(String field) {
        if (field == null) {
            return null;
        }
        String c = Folds.SHOWN_FIELD.apply(field);
        return c.isEmpty() ? null : c;
    }
}
