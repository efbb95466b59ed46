package org.stemma.importing;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files made to cost a reader as much as possible while staying under the size limits, for the tests of
 * bounded work and for bench/bounds.sh ({@code main} writes them all into a folder). Made, never stored.
 */
public final class Pathological {

    private Pathological() {
    }

    /** {@code lines} one-letter lines: the 18 MB file of nine million lines that took 6 GB. */
    public static void oneLetterLines(Path file, int lines) throws IOException {
        repeat(file, "a\n", lines);
    }

    /** One line of {@code chars} characters of words, no line break. */
    public static void endlessLine(Path file, int chars) throws IOException {
        repeat(file, "word ", chars / 5);
    }

    /** {@code words} one-letter words in lines just under the line limit. */
    public static void manyWords(Path file, int words, String word) throws IOException {
        int perLine = (ArticleFiles.MAX_LINE_CHARS - 1) / (word.length() + 1);
        try (Writer out = writer(file)) {
            for (int i = 0; i < words; i++) {
                out.write(word);
                out.write((i + 1) % perLine == 0 ? "\n" : " ");
            }
        }
    }

    /** A web page of {@code paragraphs} short paragraphs. */
    public static void manyParagraphsPage(Path file, int paragraphs) throws IOException {
        try (Writer out = writer(file)) {
            out.write("<!doctype html><html><head><title>Many</title></head><body><article>\n");
            for (int i = 0; i < paragraphs; i++) {
                out.write("<p>Paragraph " + i + " of the page says a little.</p>\n");
            }
            out.write("</article></body></html>\n");
        }
    }

    /** A PDF whose one page's content stream is {@code megabytes} MB of operators that each draw a letter. */
    public static void contentStreamBomb(Path file, int megabytes) throws IOException {
        contentStreamBomb(file, megabytes, "BT /F1 12 Tf 72 700 Td (a) Tj ET\n");
    }

    /** A PDF whose one page's content stream is {@code megabytes} MB of operators that draw nothing. */
    public static void drawingBomb(Path file, int megabytes) throws IOException {
        contentStreamBomb(file, megabytes, "q 1 0 0 1 0 0 cm Q\n");
    }

    /**
     * A PDF whose one page's content stream is {@code megabytes} MB of {@code operators} repeated, deflated
     * (repeated text compresses about 300-1000:1, so a 2 MB file inflates to gigabytes).
     */
    private static void contentStreamBomb(Path file, int megabytes, String operators) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = pdf.getDocument().createCOSStream();
            byte[] op = operators.getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[op.length * 32 * 1024];
            for (int i = 0; i < block.length; i += op.length) {
                System.arraycopy(op, 0, block, i, op.length);
            }
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                for (long written = 0; written < megabytes * 1024L * 1024; written += block.length) {
                    out.write(block);
                }
            }
            page.setContents(new PDStream(stream));
            pdf.addPage(page);
            pdf.save(file.toFile());
        }
    }

    /** Writes every file bench/bounds.sh measures into the folder given. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        oneLetterLines(dir.resolve("lines-9M.txt"), 9_000_000);
        oneLetterLines(dir.resolve("lines-250k.txt"), ArticleFiles.MAX_LINES);
        endlessLine(dir.resolve("one-line-19MB.txt"), 19_000_000);
        manyWords(dir.resolve("words-4M.txt"), ArticleFiles.MAX_WORDS, "a");
        manyWords(dir.resolve("sentences-4M.txt"), ArticleFiles.MAX_WORDS, "A.");
        manyParagraphsPage(dir.resolve("paragraphs-200k.html"), 200_000);
        contentStreamBomb(dir.resolve("letters-bomb-2GB.pdf"), 2048);
        drawingBomb(dir.resolve("drawing-bomb-2GB.pdf"), 2048);
    }

    private static void repeat(Path file, String unit, int times) throws IOException {
        try (Writer out = writer(file)) {
            for (int i = 0; i < times; i++) {
                out.write(unit);
            }
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
