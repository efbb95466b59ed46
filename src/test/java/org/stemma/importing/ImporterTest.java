package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folders in, one outcome per file out; cancel keeps what was done. */
class ImporterTest {

    @TempDir
    Path dir;

    /** A library in memory; it can be told to fail on one file's name. */
    static final class Library implements ArticleLibrary {
        final List<KnownArticle> articles = new ArrayList<>();
        String failOn;

        @Override
        public List<KnownArticle> known() {
            return List.copyOf(articles);
        }

        @Override
        public KnownArticle add(ImportedArticle article, String contentKey) throws IOException {
            if (article.document().name().equals(failOn)) {
                throw new IOException("disk full");
            }
            KnownArticle known = new KnownArticle("id" + (articles.size() + 1), article.document().name(), article.document().text());
            articles.add(known);
            return known;
        }
    }

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    private static String docxOf(String text) {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                body.append(TestFiles.para(line));
            }
        }
        return body.toString();
    }

    @Test
    @Timeout(60)
    void aFolderGivesOneOutcomePerFile() throws IOException {
        Files.writeString(dir.resolve("a.txt"), seed("001"));
        TestFiles.docx(dir.resolve("b.docx"), docxOf(seed("002")));
        Files.write(dir.resolve("bad.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Files.writeString(dir.resolve("c.txt"), seed("002"));
        Files.writeString(dir.resolve("d.txt"), seed("003"));
        String source = seed("001");
        Files.writeString(dir.resolve("f.txt"), source.substring(0, source.indexOf("DON'T MISS")).replace("a professor", "an academic"));
        Files.writeString(dir.resolve(".draft.txt"), seed("004"));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("e.md"), seed("004"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("notes.txt"), "hidden folder, never read");

        Library library = new Library();
        library.articles.add(new KnownArticle("old", "already there.txt", seed("003")));
        List<String> progress = new ArrayList<>();
        ImportSummary summary = new Importer(library).importPaths(List.of(dir),
                (done, total, current) -> progress.add(done + "/" + total + " " + (current == null ? "-" : current.getFileName())),
                () -> false);

        assertFalse(summary.cancelled());
        assertEquals(List.of("0/7 a.txt", "1/7 b.docx", "2/7 bad.png", "3/7 c.txt", "4/7 d.txt", "5/7 f.txt", "6/7 e.md", "7/7 -"),
                progress);
        assertEquals(List.of("a.txt", "b.docx", "f.txt", "e.md"),
                summary.added().stream().map(o -> o.path().getFileName().toString()).toList());
        FileOutcome.NearTwin twin = summary.nearTwins().get(0);
        assertEquals("f.txt", twin.path().getFileName().toString());
        assertEquals("a.txt", twin.of().name());
        List<FileOutcome.Duplicate> duplicates = summary.duplicates();
        assertEquals(2, duplicates.size());
        assertEquals("c.txt", duplicates.get(0).path().getFileName().toString());
        assertEquals("b.docx", duplicates.get(0).of().name(), "the same text as a Word document and as plain text");
        assertEquals("already there.txt", duplicates.get(1).of().name());
        List<String> refused = summary.refused().stream().map(r -> r.path().getFileName() + ": " + r.reason()).toList();
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.contains("loop: a symbolic link loop: this folder link points back to a folder above it, so it was not followed"),
                refused.toString());
        assertTrue(refused.contains("bad.png: is a PNG image, not an article (reading text from images is not supported)"),
                refused.toString());
        assertEquals(5, library.articles.size());
    }

    @Test
    void cancellingKeepsWhatWasAlreadyAdded() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
            files.add(Files.writeString(dir.resolve(prefix + ".txt"), seed(prefix)));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        Library library = new Library();
        ImportSummary summary = new Importer(library).importPaths(files, (done, total, current) -> {
            if (done == 2) {
                cancel.set(true);
            }
        }, cancel::get);
        assertTrue(summary.cancelled());
        assertEquals(2, summary.added().size());
        assertEquals(3, summary.notReached());
        assertEquals(List.of("000.txt", "001.txt"), library.articles.stream().map(KnownArticle::name).toList());
    }

    @Test
    void aLibraryThatFailsCostsOneFileNotTheImport() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"), seed("001"));
        Path second = Files.writeString(dir.resolve("second.txt"), seed("002"));
        Library library = new Library();
        library.failOn = "first.txt";
        ImportSummary summary = new Importer(library).importPaths(List.of(first, second), (d, t, c) -> { }, () -> false);
        FileOutcome.Refused refused = assertInstanceOf(FileOutcome.Refused.class, summary.outcomes().get(0));
        assertEquals("could not be added to the project (disk full)", refused.reason());
        assertInstanceOf(FileOutcome.Added.class, summary.outcomes().get(1));
    }

    @Test
    void twoIdenticalFilesInOneDropAreOneArticle() throws IOException {
        Path a = Files.writeString(dir.resolve("copy 1.txt"), seed("002"));
        Path b = Files.writeString(dir.resolve("copy 2.txt"), seed("002").replace("\n", "\r\n"));
        Library library = new Library();
        ImportSummary summary = new Importer(library).importPaths(List.of(a, b, a), (d, t, c) -> { }, () -> false);
        assertEquals(2, summary.outcomes().size(), "the same path dropped twice is read once");
        assertEquals("copy 1.txt", summary.duplicates().get(0).of().name());
        assertEquals(1, library.articles.size());
    }
}
