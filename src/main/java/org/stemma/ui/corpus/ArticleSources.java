package org.stemma.ui.corpus;

import org.stemma.importing.ArticleFiles;
import org.stemma.importing.SampleCorpus;
import org.stemma.corpus.Document;
import org.stemma.corpus.UnreadableArticleException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where a corpus comes from: the sample bundled in the program, or article files and folders. */
public final class ArticleSources {

    public static final String SAMPLE_NAME = "Sample corpus";

    /** Documents read, and one line for each file that could not be. */
    public record Loaded(String name, List<Document> documents, List<String> problems) {
        public Loaded {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private ArticleSources() {
    }

    /** The sample corpus bundled with the program. */
    public static Loaded sample() throws IOException {
        try {
            return new Loaded(SAMPLE_NAME, SampleCorpus.load(), List.of());
        } catch (UnreadableArticleException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Article files, and the files directly inside folders. The corpus is named after the folder or
     * file when there is one, else after the number of articles read.
     */
    public static Loaded open(List<Path> paths) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : Files.isDirectory(path) ? files(path) : List.of(path)) {
                try {
                    docs.add(ArticleFiles.document(file));
                } catch (UnreadableArticleException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        // Named by the articles read, not the paths given: two folders of nine are "18 articles".
        String name = paths.size() == 1 ? String.valueOf(paths.get(0).toAbsolutePath().getFileName())
                : docs.size() + (docs.size() == 1 ? " article" : " articles");
        return new Loaded(name, docs, problems);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
