package org.stemma.importing;

import org.stemma.platform.Causes;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Brings many files into a library: folders are walked (see {@link FileCollector}), every file is read
 * (see {@link ArticleFiles}) and checked against what the library holds and what this import already
 * added: the same content is skipped as a duplicate, nearly the same text is added and flagged as a
 * near twin, a bad file is refused with its reason and the import goes on. Each file is read within a
 * time limit (past it, it is refused). Cancellation is checked between files and while a file is being
 * read, which it stops (see {@link ArticleFiles#read(Path, Duration)}); whatever was added before it stays
 * added. Files are read a few ahead on all cores; the checks and the additions to the library happen on
 * the calling thread, in order.
 */
public final class Importer {

    /** Told of progress on the importing thread: files done, files in all, the file being read (null at the end). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    /** How often the importing thread looks at the cancel flag while it waits for a file to be read. */
    private static final long POLL_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(Importer.class.getName());

    private final ArticleLibrary library;
    private final Duration readLimit;

    public Importer(ArticleLibrary library) {
        this(library, ArticleFiles.READ_LIMIT);
    }

    /** An importer that refuses any file whose reading takes longer than {@code readLimit}. */
    public Importer(ArticleLibrary library, Duration readLimit) {
        this.library = library;
        this.readLimit = readLimit;
    }

    /**
     * Imports the files and folders given.
     *
     * @param cancelled asked before each file, every few milliseconds while one is read, and for each
     *                  folder while looking for files
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
                    reads.add(readers.submit(() -> read(next, readLimit)));
                }
                Path file = files.get(i);
                progress.update(i, files.size(), file);
                if (cancelled.getAsBoolean()) {
                    return new ImportSummary(outcomes, true, files.size() - i);
                }
                Reading reading = result(reads.get(i), file, cancelled);
                if (reading == null) {
                    return new ImportSummary(outcomes, true, files.size() - i);
                }
                outcomes.add(check(file, reading, recognizer));
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

    private static Reading read(Path file, Duration limit) {
        try {
            ImportedArticle article = ArticleFiles.read(file, limit);
            return new Read(article, ContentKey.of(article.document().text()));
        } catch (RefusedFileException e) {
            return new Failed(new FileOutcome.Refused(file, e.reason()));
        } catch (RuntimeException e) {
            // A reader's own bug must cost one file, never the import; the log keeps the stack trace.
            LOG.log(System.Logger.Level.ERROR, "reading " + file + " failed", e);
            return new Failed(new FileOutcome.Refused(file, "could not be read (" + Causes.describe(e) + "; see the log)"));
        }
    }

    /** The file's reading, or {@code null} when the import was cancelled while it was read. */
    private static Reading result(Future<Reading> read, Path file, BooleanSupplier cancelled) throws IOException {
        try {
            while (true) {
                try {
                    return read.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillReading) {
                    if (cancelled.getAsBoolean()) {
                        read.cancel(true);
                        return null;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted while reading " + file);
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "reading " + file + " failed", e.getCause());
            return new Failed(new FileOutcome.Refused(file, "could not be read (" + Causes.describe(e.getCause())
                    + "; see the log)"));
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
        Optional<KnownArticle> before = recognizer.importedFrom(file);
        if (before.isPresent()) {
            try {
                Optional<KnownArticle> updated = library.replace(before.get(), article.article(), key);
                if (updated.isPresent()) {
                    recognizer.added(updated.get(), key, article.article());
                    return new FileOutcome.Updated(file, updated.get(), article.article().note());
                }
            } catch (IOException e) {
                return new FileOutcome.Refused(file, "could not be updated in the project (" + e.getMessage() + ")");
            }
        }
        Optional<NearTwins.Match<KnownArticle>> twin = recognizer.nearTwin(article.article());
        KnownArticle added;
        try {
            added = library.add(article.article(), key);
        } catch (IOException e) {
            return new FileOutcome.Refused(file, "could not be added to the project (" + e.getMessage() + ")");
        }
        recognizer.added(added, key, article.article());
        String note = article.article().note();
        return twin.<FileOutcome>map(m -> new FileOutcome.NearTwin(file, added, m.article(), m.similarity(), note))
                .orElseGet(() -> new FileOutcome.Added(file, added, note));
    }
}
