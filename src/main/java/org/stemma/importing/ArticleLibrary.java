package org.stemma.importing;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where imported articles go: the corpus session of a project, or anything else that holds articles. */
public interface ArticleLibrary {

    /** The articles already held, read once when an import starts (by the default {@link #recognizer()}). */
    List<KnownArticle> known() throws IOException;

    /**
     * Keeps one article that passed the checks.
     *
     * @param contentKey its {@link ContentKey}, for the library to store
     * @return how the library now knows it
     */
    KnownArticle add(ImportedArticle article, String contentKey) throws IOException;

    /**
     * Puts the changed text of a file imported before in place of its article ({@link Recognizer#importedFrom}).
     * Empty when the library cannot (by default, or when it would lose the analyst's work): the file is
     * then added as a new article.
     */
    default Optional<KnownArticle> replace(KnownArticle held, ImportedArticle article, String contentKey) throws IOException {
        return Optional.empty();
    }

    /**
     * How this library tells a duplicate and a near twin, asked once when an import starts. By default
     * from the texts of {@link #known()}; a library that keeps content keys and a candidate index answers
     * without reading every text.
     */
    default Recognizer recognizer() throws IOException {
        return Recognizer.of(known());
    }
}
