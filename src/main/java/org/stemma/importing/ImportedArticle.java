package org.stemma.importing;

import org.stemma.corpus.Document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article read from a file, with where it came from: the document's name is the file name and its
 * source the path as given.
 */
public record ImportedArticle(Document document, Format format, Path path) {
    public ImportedArticle {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
    }
}
