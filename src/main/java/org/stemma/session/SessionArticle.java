package org.stemma.session;

import org.stemma.corpus.Metadata;

import java.util.Objects;

/**
 * An article of the corpus session as a list shows it, without its text.
 *
 * @param id     its document id: in a project the row id, in memory its position among the files given
 * @param source where it came from (a path), or empty
 * @param words      words of the article proper (furniture not counted)
 * @param contentKey the importer's duplicate key ({@link org.stemma.importing.ContentKey})
 */
public record SessionArticle(long id, String name, String source, Metadata metadata, int words, int homoglyphs,
                             int invisibles, String contentKey) {
    public SessionArticle {
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        metadata = metadata == null ? Metadata.NONE : metadata;
    }
}
