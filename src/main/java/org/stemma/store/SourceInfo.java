package org.stemma.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a stored article came from.
 *
 * @param fileName   the file's name, as the analyst knows it
 * @param path       the full path it was imported from (it may since have moved)
 * @param format     the reader that decoded it, e.g. {@code text}
 * @param importedAt when it was imported
 */
public record SourceInfo(String fileName, String path, String format, Instant importedAt) {

    public SourceInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(importedAt, "importedAt");
    }

    /** The file at {@code file}, read now with the reader {@code format}. */
    public static SourceInfo of(Path file, String format) {
        return new SourceInfo(String.valueOf(file.getFileName()), file.toAbsolutePath().toString(), format,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
