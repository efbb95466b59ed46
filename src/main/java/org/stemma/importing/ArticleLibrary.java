package org.stemma.importing;

import java.io.IOException;
import java.util.List;

/** Where imported articles go: the project store, or anything else that holds articles. */
public interface ArticleLibrary {

    /** The articles already held, read once when an import starts. */
    List<KnownArticle> known() throws IOException;

    /**
     * Keeps one article that passed the checks.
     *
     * @param contentKey its {@link ContentKey}, for the library to store
     * @return how the library now knows it
     */
    KnownArticle add(ImportedArticle article, String contentKey) throws IOException;
}
