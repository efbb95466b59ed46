package org.stemma.importing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.stemma.corpus.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the text of a PDF with Apache PDFBox and lays it out as paragraphs (see {@link PdfLayout}).
 * Refuses encrypted, damaged and image-only PDFs with the reason.
 */
final class PdfArticleReader {

    /** PDFBox keeps at most this much of a file's decoded streams in memory and spills the rest to disk. */
    private static final long MEMORY_BYTES = 32L * 1024 * 1024;
    /**
     * And at most this much in all, memory and disk: a content stream that inflates past it (a 2.4 MB
     * file can hold gigabytes of drawing operators) is refused instead of decoded.
     */
    static final long MAX_DECODED_BYTES = 256L * 1024 * 1024;
    /** The deadline is checked once per this many content-stream operators. */
    private static final int OPERATORS_PER_CHECK = 1024;
    /**
     * A dense article page takes a few thousand drawing operators; past this many in a file (about two
     * seconds' work) it is a content-stream bomb, whatever the machine's speed.
     */
    static final int MAX_OPERATORS = 10_000_000;
    /**
     * PDFBox holds every character of a page (with its position) until the page is done; a dense page of
     * an article holds about 5,000. Past this, a crafted page would take the memory.
     */
    static final int MAX_GLYPHS_PER_PAGE = 200_000;
    private static final System.Logger LOG = System.getLogger(PdfArticleReader.class.getName());

    /** Marks the start of a paragraph as PDFBox detects it (line gap or indentation); never in real text. */
    static final char PARAGRAPH = '\u2029';
    /** Marks the end of a page. */
    static final char PAGE = '\f';

    private PdfArticleReader() {
    }

    /**
     * Reads the PDF's text. PDFBox's own warnings about what it recovers from go to the log (see
     * {@code AppLog}), never to the terminal.
     */
    static Document read(String name, Path path, ReadDeadline deadline) throws Refusal {
        try (PDDocument pdf = Loader.loadPDF(path.toFile(),
                MemoryUsageSetting.setupMixed(MEMORY_BYTES, MAX_DECODED_BYTES).streamCache)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new Refusal("the PDF is damaged: it has no readable pages");
            }
            deadline.check();
            PDFTextStripper stripper = new Stripper(deadline);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart(String.valueOf(PARAGRAPH));
            stripper.setPageEnd(String.valueOf(PAGE));
            String raw = stripper.getText(pdf);
            if (raw.length() > ArticleFiles.MAX_TEXT_CHARS) {
                throw new Refusal("the PDF holds more than " + ArticleFiles.MAX_TEXT_CHARS / (1024 * 1024) + " MB of text");
            }
            String text = ArticleFiles.checkShape(PdfLayout.paragraphs(raw));
            if (text.isBlank()) {
                throw new Refusal(hasImages(pdf)
                        ? "the PDF holds only scanned images, no text; reading text from images (OCR) is not supported"
                        : "the PDF holds no text");
            }
            return Document.of(name, path.toString(), text);
        } catch (InvalidPasswordException e) {
            throw new Refusal("the PDF is password-protected; remove the password and import it again");
        } catch (ReadStopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damage as unchecked exceptions from deep in its parser.
            LOG.log(System.Logger.Level.INFO, "PDF refused as damaged: " + path, e);
            String why = e.getMessage() != null && e.getMessage().contains("Maximum allowed")
                    ? "its content inflates to more than " + MAX_DECODED_BYTES / (1024 * 1024) + " MB"
                    : String.valueOf(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            throw new Refusal("the PDF is damaged and cannot be read (" + why + ")");
        }
    }

    /** The text stripper, stopped by the deadline however long a content stream is. */
    private static final class Stripper extends PDFTextStripper {
        private final ReadDeadline deadline;
        private int operators;
        private int onPage;
        private int inAll;

        Stripper(ReadDeadline deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++onPage > MAX_GLYPHS_PER_PAGE) {
                throw new ReadStopped(String.format("a page of the PDF draws more than %,d characters; "
                        + "no article page holds that many", MAX_GLYPHS_PER_PAGE));
            }
            if (++inAll > ArticleFiles.MAX_TEXT_CHARS) {
                throw new ReadStopped("the PDF holds more than " + ArticleFiles.MAX_TEXT_CHARS / (1024 * 1024) + " MB of text");
            }
            super.processTextPosition(text);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            onPage = 0;
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % OPERATORS_PER_CHECK == 0) {
                deadline.check();
                if (operators > MAX_OPERATORS) {
                    throw new ReadStopped(String.format("the PDF's pages take more than %,d drawing operations; "
                            + "no article needs that many", MAX_OPERATORS));
                }
            }
            super.processOperator(operator, operands);
        }
    }

    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName xobject : resources.getXObjectNames()) {
                if (resources.isImageXObject(xobject) || resources.getXObject(xobject) instanceof PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }
}
