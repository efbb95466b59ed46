package org.stemma.corpus;

import org.stemma.importing.ArticleFiles;

import java.nio.file.Path;

/**
 * Reads an article from disk in any format Stemma supports (text, Markdown, HTML, PDF, Word), refusing
 * what is not one with a reason the analyst can act on. The format readers live in
 * {@code org.stemma.importing}; this is the entry point the rest of the product calls.
 */
public final class ArticleReader {

    private ArticleReader() {
    }

    public static Document read(Path path) throws UnreadableArticleException {
        return ArticleFiles.read(path).document();
    }
}
