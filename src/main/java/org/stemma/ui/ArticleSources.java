package org.stemma.ui;

import org.stemma.corpus.ArticleReader;
import org.stemma.corpus.Document;
import org.stemma.corpus.TextDecoder;
import org.stemma.corpus.UnreadableArticleException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where a corpus comes from: the sample bundled in the program, or article files and folders. */
public final class ArticleSources {

    public static final String SAMPLE_NAME = "Sample corpus";
    private static final String SAMPLE_FOLDER = "org/stemma/seeds";

    /** Documents read, and one line for each file that could not be. */
    public record Loaded(String name, List<Document> documents, List<String> problems) {
        public Loaded {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private ArticleSources() {
    }

    /** The sample corpus, from the class path: a folder when run from the build, a jar when installed. */
    public static Loaded sample() throws IOException {
        Path location;
        try {
            location = Path.of(ArticleSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the program's files: " + e.getMessage(), e);
        }
        if (Files.isDirectory(location)) {
            return readSample(location.resolve(SAMPLE_FOLDER));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return readSample(jar.getPath(SAMPLE_FOLDER));
        }
    }

    private static Loaded readSample(Path folder) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : files(folder)) {
            String name = p.getFileName().toString();
            try {
                String text = TextDecoder.decode(Files.readAllBytes(p)).text();
                docs.add(Document.of(name, "sample:" + name, text));
            } catch (UnreadableArticleException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return new Loaded(SAMPLE_NAME, docs, problems);
    }

    /**
     * Article files, and the files directly inside folders. The corpus is named after the folder or
     * file when there is one, else after the number of files.
     */
    public static Loaded open(List<Path> paths) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : Files.isDirectory(path) ? files(path) : List.of(path)) {
                try {
                    docs.add(ArticleReader.read(file));
                } catch (UnreadableArticleException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        String name = paths.size() == 1 ? String.valueOf(paths.get(0).toAbsolutePath().getFileName())
                : paths.size() + " articles";
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
