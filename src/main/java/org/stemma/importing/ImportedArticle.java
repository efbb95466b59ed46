package org.stemma.importing;

import org.stemma.corpus.Document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article read from a file, with where it came from: the document's name is the file name and its
 * source the path as given.
 *
 * @param note what the analyst should know about how it was read (bytes that were not valid text and
 *             were replaced), or {@code null}
 */
public record ImportedArticle(Document document, Format format, Path path, String note) {
    public ImportedArticle {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
    }

    public ImportedArticle(Document document, Format format, Path path) {
        this(document, format, path, null);
    }
}
