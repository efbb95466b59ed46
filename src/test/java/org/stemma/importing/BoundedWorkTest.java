package org.stemma.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files made to cost a reader without end are read within the caps or refused with the reason, and an
 * import stops a file that takes too long, or that the analyst cancels, in the middle of it. (How long
 * and how much memory the worst accepted files take is measured by bench/bounds.sh, not here.)
 */
class BoundedWorkTest {

    @TempDir
    Path dir;

    /** Made once: a 75 KB PDF drawing 760,000 letters on one page, and a 240 KB one of 15 million drawing operations. */
    private static Path lettersBomb;
    private static Path drawingBomb;

    @BeforeAll
    static void bombs(@TempDir Path shared) throws IOException {
        lettersBomb = shared.resolve("letters.pdf");
        Pathological.contentStreamBomb(lettersBomb, 24);
        drawingBomb = shared.resolve("drawing.pdf");
        Pathological.drawingBomb(drawingBomb, 96);
    }

    /** The caps are tested apart from the deadline, which a machine loaded enough could reach first. */
    private String refusal(Path file) {
        return assertThrows(RefusedFileException.class, () -> ArticleFiles.read(file, Duration.ofMinutes(10))).reason();
    }

    @Test
    void nineMillionOneLetterLinesAreRefusedByTheirNumber() throws Exception {
        Path lines = dir.resolve("lines.txt");
        Pathological.oneLetterLines(lines, 9_000_000);
        assertEquals("has 9,000,000 lines of text; an article may have at most 250,000", refusal(lines));
        Path justUnder = dir.resolve("under.txt");
        Pathological.oneLetterLines(justUnder, ArticleFiles.MAX_LINES);
        assertEquals(ArticleFiles.MAX_LINES, ArticleFiles.read(justUnder, Duration.ofMinutes(10)).document().text().lines().count());
    }

    @Test
    void tooManyWordsAndAnEndlessLineAreRefused() throws IOException {
        Path words = dir.resolve("words.txt");
        Pathological.manyWords(words, ArticleFiles.MAX_WORDS + 1, "a");
        assertEquals("has 4,000,001 words; an article may have at most 4,000,000", refusal(words));
        Path line = dir.resolve("line.txt");
        Pathological.endlessLine(line, 19_000_000);
        assertEquals("has a line of 19,000,000 characters; an article line (paragraph) may have at most 100,000",
                refusal(line));
    }

    @Test
    void blankLinesAndShortLinesAreCountedAsTheEngineSeesThem() {
        Paragraphs.Shape shape = Paragraphs.shape("Title\r\n\r\nOne two, three.\n\n\n  \nfour\rfive 6");
        assertEquals(new Paragraphs.Shape(15, 4, 7), shape);
    }

    @Test
    void aPdfContentStreamBombIsRefusedBeforeItTakesTheMemory() throws IOException {
        Path bomb = lettersBomb;
        assertTrue(Files.size(bomb) < 200_000, "a small file: " + Files.size(bomb));
        assertEquals("a page of the PDF draws more than 200,000 characters; no article page holds that many",
                refusal(bomb));
    }

    @Test
    void aPdfOfEndlessDrawingIsRefusedByItsNumberOfOperations() throws IOException {
        Path bomb = drawingBomb;
        assertEquals("the PDF's pages take more than 10,000,000 drawing operations; no article needs that many",
                refusal(bomb));
    }

    @Test
    void aFileThatTakesLongerThanTheLimitIsRefused() throws IOException {
        Path bomb = lettersBomb;
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> ArticleFiles.read(bomb, Duration.ofMillis(1)));
        assertTrue(e.reason().startsWith("reading it took longer than the limit of 1 ms per file"), e.reason());
    }

    @Test
    void anImportRefusesTheSlowFileAndGoesOn() throws IOException {
        Path bomb = lettersBomb;
        Path article = Files.copy(Seeds.path(Seeds.S001), dir.resolve("article.txt"));
        ImportSummary summary = new Importer(new Memory(), Duration.ofMillis(1))
                .importPaths(List.of(bomb, article), (done, total, current) -> { }, () -> false);
        FileOutcome.Refused refused = assertInstanceOf(FileOutcome.Refused.class, summary.outcomes().get(0));
        assertTrue(refused.reason().startsWith("reading it took longer than the limit"), refused.reason());
        // The seed is read well within a millisecond's deadline check only if the check is reached late;
        // what matters is that the import went on to it.
        assertEquals(2, summary.outcomes().size());
        assertTrue(!summary.cancelled());
    }

    @Test
    void cancellingStopsTheImportInTheMiddleOfAFile() throws Exception {
        Path bomb = drawingBomb;
        Path article = Files.copy(Seeds.path(Seeds.S001), dir.resolve("article.txt"));
        AtomicBoolean cancel = new AtomicBoolean();
        List<Path> reading = new ArrayList<>();
        Memory library = new Memory();
        Thread canceller = new Thread(() -> {
            sleep(500);
            cancel.set(true);
        });
        ImportSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                new Importer(library).importPaths(List.of(bomb, article), (done, total, current) -> {
                    if (current != null && reading.isEmpty()) {
                        canceller.start();
                    }
                    if (current != null) {
                        reading.add(current);
                    }
                }, cancel::get), "the import waits for the file it is reading only until it is cancelled");
        assertTrue(summary.cancelled());
        assertEquals(2, summary.notReached());
        assertEquals(List.of(bomb), reading, "cancelled while the first file was being read");
        assertTrue(library.added.isEmpty());
        // The reading thread itself stops at its next check, long before its 15 million operators are run.
        for (int i = 0; i < 30 && readersAlive(); i++) {
            sleep(100);
        }
        assertTrue(!readersAlive(), "the reader stopped");
    }

    private static boolean readersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("stemma-import-reader") && t.isAlive());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Memory implements ArticleLibrary {
        final List<KnownArticle> added = new ArrayList<>();

        @Override
        public List<KnownArticle> known() {
            return List.copyOf(added);
        }

        @Override
        public KnownArticle add(ImportedArticle article, String contentKey) {
            KnownArticle known = new KnownArticle(String.valueOf(added.size()), article.document().name(),
                    article.document().text());
            added.add(known);
            return known;
        }
    }
}
