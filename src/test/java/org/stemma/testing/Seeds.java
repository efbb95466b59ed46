package org.stemma.testing;

import org.stemma.corpus.ArticleReader;
import org.stemma.corpus.Document;
import org.stemma.corpus.UnreadableArticleException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample articles in seeds/, by their number ("001"). */
public final class Seeds {

    private Seeds() {
    }

    public static Path path(String number) {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document read(String number) {
        try {
            return ArticleReader.read(path(number));
        } catch (UnreadableArticleException e) {
            throw new IllegalStateException(e);
        }
    }
}
