package org.stemma.importing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the PDF and Word files the tests read, the way the programs that make them lay them out. */
final class TestFiles {

    private static final float LEADING = 14;
    private static final float PARAGRAPH_GAP = 10;

    private TestFiles() {
    }

    /**
     * A PDF of pages of paragraphs, each paragraph given as the lines it is broken into, with a running
     * header at the top of every page and the page number at the bottom.
     */
    static void pdf(Path file, String header, List<List<List<String>>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            int number = 1;
            for (List<List<String>> paragraphs : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    float y = 800;
                    line(out, font, 9, 72, y, header);
                    y -= 40;
                    for (List<String> paragraph : paragraphs) {
                        for (String l : paragraph) {
                            line(out, font, 11, 72, y, l);
                            y -= LEADING;
                        }
                        y -= PARAGRAPH_GAP;
                    }
                    line(out, font, 9, 290, 40, String.valueOf(number++));
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A PDF whose only page is a picture, as a scanner makes it. */
    static void scannedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 280; y++) {
                    scan.setRGB(x, y, (x / 10 + y / 7) % 2 == 0 ? 0xFFFFFF : 0x202020);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.drawImage(image, 50, 100, 500, 700);
            }
            pdf.save(file.toFile());
        }
    }

    /** A one-page PDF that opens only with a password. */
    static void encryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                line(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11, 72, 700, "Confidential board minutes.");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }

    /** A Word document whose body is the given WordprocessingML paragraphs ({@code <w:p>…</w:p>}). */
    static void docx(Path file, String bodyXml) throws IOException {
        docx(file, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + bodyXml + "<w:sectPr/></w:body></w:document>", true);
    }

    /** A Word document with the given main part, written as is. */
    static void docx(Path file, String documentXml, boolean withDocumentPart) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            if (withDocumentPart) {
                entry(zip, "word/document.xml", documentXml);
            }
        }
    }

    /** A paragraph of plain runs. */
    static String para(String... runs) {
        StringBuilder p = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
        for (String run : runs) {
            p.append("<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(run.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r>");
        }
        return p.append("</w:p>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A "docx" whose document part inflates from a few kilobytes to {@code megabytes} of spaces. */
    static void zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }
}
