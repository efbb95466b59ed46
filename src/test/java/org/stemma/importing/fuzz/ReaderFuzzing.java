package org.stemma.importing.fuzz;

import org.stemma.importing.ArticleFiles;
import org.stemma.importing.ImportedArticle;
import org.stemma.importing.RefusedFileException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every reader's fuzz test checks: any bytes, under the reader's own file name, are either read as
 * an article whose text is within the caps, or refused with one line. Anything else that escapes (an
 * unchecked exception, a stack overflow, running out of memory, a reader's bug that would cost the
 * analyst a file with "could not be read") is a finding.
 */
final class ReaderFuzzing {

    /** Longer than any seed takes; a fuzzed input that needs more is refused, which is a correct outcome. */
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Path DIR = folder();

    private ReaderFuzzing() {
    }

    static void read(byte[] bytes, String fileName) {
        Path file = DIR.resolve(fileName);
        try {
            Files.write(file, bytes);
            ImportedArticle article = ArticleFiles.read(file, LIMIT);
            String text = article.document().text();
            assertFalse(text.isBlank(), "an article read has text");
            assertTrue(text.length() <= ArticleFiles.MAX_TEXT_CHARS);
        } catch (RefusedFileException e) {
            assertFalse(e.reason().isBlank());
            assertFalse(e.reason().contains("\n") || e.reason().contains("\r"), "one line: " + e.reason());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.toFile().delete();
        }
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("stemma-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
