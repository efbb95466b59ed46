package org.stemma.importing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.stemma.corpus.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the text of a PDF with Apache PDFBox and lays it out as paragraphs (see {@link PdfLayout}).
 * Refuses encrypted, damaged and image-only PDFs with the reason.
 */
final class PdfArticleReader {

    /** PDFBox keeps at most this much of a file's decoded streams in memory and spills the rest to disk. */
    private static final long MEMORY_BYTES = 32L * 1024 * 1024;

    /** Marks the start of a paragraph as PDFBox detects it (line gap or indentation); never in real text. */
    static final char PARAGRAPH = '\u2029';
    /** Marks the end of a page. */
    static final char PAGE = '\f';

    /**
     * PDFBox reports problems it recovers from (odd fonts, damaged cross-references) as warnings on the
     * console; the analyst hears about a file from Stemma instead. Held here so the setting is not lost.
     */
    private static final Logger PDFBOX_LOG = quiet("org.apache.pdfbox");
    private static final Logger FONTBOX_LOG = quiet("org.apache.fontbox");

    private PdfArticleReader() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    static Document read(String name, Path path) throws Refusal {
        try (PDDocument pdf = Loader.loadPDF(path.toFile(), MemoryUsageSetting.setupMixed(MEMORY_BYTES).streamCache)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new Refusal("the PDF is damaged: it has no readable pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
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
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damage as unchecked exceptions from deep in its parser.
            throw new Refusal("the PDF is damaged and cannot be read (" + e.getMessage() + ")");
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
