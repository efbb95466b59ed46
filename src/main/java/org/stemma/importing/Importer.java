package org.stemma.importing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Brings many files into a library: folders are walked (see {@link FileCollector}), every file is read
 * (see {@link ArticleFiles}) and checked against what the library holds and what this import already
 * added: the same content is skipped as a duplicate, nearly the same text is added and flagged as a
 * near twin, a bad file is refused with its reason and the import goes on. Cancellation is checked
 * between files, so whatever was added before it stays added. Files are read a few ahead on all cores;
 * the checks and the additions to the library happen on the calling thread, in order.
 */
public final class Importer {

    /** Told of progress on the importing thread: files done, files in all, the file being read (null at the end). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private final ArticleLibrary library;

    public Importer(ArticleLibrary library) {
        this.library = library;
    }

    /**
     * Imports the files and folders given.
     *
     * @param cancelled asked before each file (and each folder while looking for files)
     */
    public ImportSummary importPaths(List<Path> paths, Progress progress, BooleanSupplier cancelled) throws IOException {
        Recognizer recognizer = library.recognizer();
        FileCollector.Collected collected = FileCollector.collect(paths, cancelled);
        List<FileOutcome> outcomes = new ArrayList<>(collected.refused());
        List<Path> files = collected.files();
        if (collected.cancelled()) {
            return new ImportSummary(outcomes, true, files.size());
        }
        // Files are read ahead on every core; they are checked and added one by one, in order, here.
        int workers = Runtime.getRuntime().availableProcessors();
        ExecutorService readers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "stemma-import-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Reading>> reads = new ArrayList<>();
            int ahead = 2 * workers;
            for (int i = 0; i < files.size(); i++) {
                while (reads.size() < Math.min(files.size(), i + ahead)) {
                    Path next = files.get(reads.size());
                    reads.add(readers.submit(() -> read(next)));
                }
                Path file = files.get(i);
                progress.update(i, files.size(), file);
                if (cancelled.getAsBoolean()) {
                    return new ImportSummary(outcomes, true, files.size() - i);
                }
                outcomes.add(check(file, result(reads.get(i), file), recognizer));
                reads.set(i, null);
            }
        } finally {
            readers.shutdownNow();
        }
        progress.update(files.size(), files.size(), null);
        return new ImportSummary(outcomes, false, 0);
    }

    /** What reading one file gave, on the reading thread. */
    private sealed interface Reading {
    }

    /** An article, with what the checks need. */
    private record Read(ImportedArticle article, String key) implements Reading {
    }

    private record Failed(FileOutcome.Refused refusal) implements Reading {
    }

    private static Reading read(Path file) {
        try {
            ImportedArticle article = ArticleFiles.read(file);
            return new Read(article, ContentKey.of(article.document().text()));
        } catch (RefusedFileException e) {
            return new Failed(new FileOutcome.Refused(file, e.reason()));
        } catch (RuntimeException e) {
            // A reader's own bug must cost one file, never the import.
            return new Failed(new FileOutcome.Refused(file, "could not be read (" + e + ")"));
        }
    }

    private static Reading result(Future<Reading> read, Path file) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted while reading " + file);
        } catch (ExecutionException e) {
            return new Failed(new FileOutcome.Refused(file, "could not be read (" + e.getCause() + ")"));
        }
    }

    private FileOutcome check(Path file, Reading reading, Recognizer recognizer) {
        if (reading instanceof Failed failed) {
            return failed.refusal();
        }
        Read article = (Read) reading;
        String key = article.key();
        Optional<KnownArticle> same = recognizer.duplicate(key);
        if (same.isPresent()) {
            return new FileOutcome.Duplicate(file, same.get());
        }
        Optional<NearTwins.Match<KnownArticle>> twin = recognizer.nearTwin(article.article());
        KnownArticle added;
        try {
            added = library.add(article.article(), key);
        } catch (IOException e) {
            return new FileOutcome.Refused(file, "could not be added to the project (" + e.getMessage() + ")");
        }
        recognizer.added(added, key, article.article());
        return twin.<FileOutcome>map(m -> new FileOutcome.NearTwin(file, added, m.article(), m.similarity()))
                .orElseGet(() -> new FileOutcome.Added(file, added));
    }
}
