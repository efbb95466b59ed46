package org.stemma.importing;

import java.util.Objects;

/**
 * An article the project already holds, as the importer needs to know it.
 *
 * @param id   how the project identifies it (a database key, say)
 * @param name how it is shown to the analyst, e.g. in "duplicate of …"
 * @param text its text, for the near-twin comparison and the content key
 */
public record KnownArticle(String id, String name, String text) {
    public KnownArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
