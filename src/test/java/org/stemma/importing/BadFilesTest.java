package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad file is refused with one clear line, and none of them takes the reader down. */
class BadFilesTest {

    private static final String PARAGRAPH = "The harbour wall was repaired after the storm, the council said on Monday. ";

    @TempDir
    Path dir;

    private String refusal(Path file) {
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> ArticleFiles.read(file));
        assertFalse(e.reason().contains("\n"), "one line: " + e.reason());
        assertEquals("'" + file + "': " + e.reason(), e.getMessage());
        return e.reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("the file is empty", refusal(write("empty.txt", new byte[0])));
        assertEquals("the file is empty", refusal(write("empty.html", new byte[0])));
    }

    @Test
    void binaryFileWithATextExtension() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        bytes[0] = 'x';
        assertEquals("the file is binary, not text", refusal(write("notes.txt", bytes)));
    }

    @Test
    void imagesWhateverTheirName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(refusal(write("photo.png", png)).startsWith("is a PNG image, not an article"));
        assertTrue(refusal(write("article.txt", png)).startsWith("is a PNG image, not an article"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertTrue(refusal(write("page.html", jpeg)).startsWith("is a JPEG image"));
    }

    @Test
    void archivesByTheirMagicBytes() throws IOException {
        Path zip = dir.resolve("articles.txt");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("is a ZIP archive; unpack it and import the files inside", refusal(zip));
        Path gz = dir.resolve("articles.md");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("is a gzip archive; unpack it and import the files inside", refusal(gz));
        byte[] sevenZip = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 1, 2, 3, 4};
        assertEquals("is a 7-Zip archive; unpack it and import the files inside", refusal(write("a.7z", sevenZip)));
    }

    @Test
    void unreadableFile() throws IOException {
        Path locked = write("locked.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions; a kernel setting that is write-only is closed even to root.
        Path unreadable = Files.isReadable(locked) ? Path.of("/proc/sys/vm/drop_caches") : locked;
        assertEquals("permission denied: the file cannot be read", refusal(unreadable));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("dump.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(PARAGRAPH.getBytes(StandardCharsets.UTF_8));
            f.setLength(ArticleFiles.MAX_TEXT_BYTES + 1024 * 1024);
        }
        assertEquals("the file is 21 MB, over the limit of 20 MB for plain text files", refusal(big));
    }

    @Test
    void pageWithoutArticleText() throws IOException {
        Path page = write("login.html", ("<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/news'>News</a><a href='/sport'>Sport</a></nav><form><label>Email</label><input name=e>"
                + "<button>Sign in</button></form><footer>© 2024 Example Media. All rights reserved.</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(page).startsWith("the page holds no article text"));
    }

    @Test
    void scannedPdf() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        TestFiles.scannedPdf(pdf);
        assertEquals("the PDF holds only scanned images, no text; reading text from images (OCR) is not supported", refusal(pdf));
    }

    @Test
    void passwordProtectedPdf() throws IOException {
        Path pdf = dir.resolve("minutes.pdf");
        TestFiles.encryptedPdf(pdf);
        assertEquals("the PDF is password-protected; remove the password and import it again", refusal(pdf));
    }

    @Test
    void corruptPdf() throws IOException {
        byte[] junk = new byte[3000];
        new java.util.Random(3).nextBytes(junk);
        byte[] bytes = ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n" + new String(junk, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refusal(write("broken.pdf", bytes)).startsWith("the PDF is damaged"));
        assertTrue(refusal(write("fake.pdf", PARAGRAPH.getBytes(StandardCharsets.UTF_8))).startsWith("is not a PDF"));
    }

    @Test
    void passwordProtectedWordDocument() throws IOException {
        // Word stores an encrypted .docx in an OLE compound file with an EncryptedPackage stream.
        byte[] ole = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1536, name.length);
        assertEquals("the Word document is password-protected; remove the password in Word and import it again",
                refusal(write("secret.docx", ole)));
        byte[] oldDoc = new byte[2048];
        System.arraycopy(magic, 0, oldDoc, 0, magic.length);
        assertTrue(refusal(write("old.docx", oldDoc)).startsWith("is an old Microsoft Office (97-2003) file"));
    }

    @Test
    void corruptWordDocuments() throws IOException {
        Path good = dir.resolve("good.docx");
        TestFiles.docx(good, TestFiles.para(PARAGRAPH.repeat(40)));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = write("truncated.docx", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refusal(truncated).startsWith("the Word document is damaged"));
        Path noBody = dir.resolve("nobody.docx");
        TestFiles.docx(noBody, "", false);
        assertTrue(refusal(noBody).startsWith("is not a Word document: it has no word/document.xml"));
        Path badXml = dir.resolve("badxml.docx");
        TestFiles.docx(badXml, "<w:document xmlns:w=\"x\"><w:body><w:p>", true);
        assertTrue(refusal(badXml).startsWith("the Word document is damaged"));
    }

    @Test
    @Timeout(60)
    void zipBombDisguisedAsWordDocument() throws IOException {
        Path bomb = dir.resolve("invoice.docx");
        TestFiles.zipBomb(bomb, 40);
        assertTrue(Files.size(bomb) < 200 * 1024, "the bomb is small on disk");
        assertEquals("the Word document expands more than 100 times its compressed size; refused as a possible zip bomb",
                refusal(bomb));
    }

    @Test
    @Timeout(60)
    void deeplyNestedHtmlDoesNotOverflowTheStack() throws Exception {
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) {
            page.append(i % 3 == 0 ? "<div>" : i % 3 == 1 ? "<span>" : "<b>");
        }
        page.append("<p>").append(PARAGRAPH.repeat(4)).append("</p>");
        Path file = write("deep.html", page.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPH.repeat(4).strip(), ArticleFiles.read(file).document().text());
    }

    @Test
    @Timeout(60)
    void aFifteenMegabyteLineIsRefusedInLinearTime() throws IOException {
        String line = PARAGRAPH.repeat(15 * 1024 * 1024 / PARAGRAPH.length());
        assertTrue(refusal(write("line.txt", line.getBytes(StandardCharsets.UTF_8)))
                .matches("has a line of 15,[0-9,]+ characters; an article line \\(paragraph\\) may have at most 100,000"));
        Path html = write("line.html", ("<html><body><p>" + line + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(html).startsWith("has a line of 15,"));
    }

    @Test
    void unsupportedTypesAndFolders() throws IOException {
        assertEquals(".csv files are not supported; Stemma reads .txt, .md, .html, .htm, .pdf and .docx",
                refusal(write("figures.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("is a directory (folder), not an article file", refusal(Files.createDirectory(dir.resolve("folder.txt"))));
        assertEquals("no such file", refusal(dir.resolve("missing.txt")));
    }

    @Test
    void symbolicLinkPointingToItself() throws IOException {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        assertEquals("a symbolic link loop: the link points back to itself", refusal(loop));
    }
}
