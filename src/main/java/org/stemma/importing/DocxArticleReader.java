package org.stemma.importing;

import org.stemma.corpus.Document;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the body text of a Word document ({@code word/document.xml}) with the JDK's ZIP and StAX
 * parsers: no DTDs and no external entities, and the decompressed size is capped in total and as a
 * ratio to the compressed size, so a crafted file (XXE, zip bomb) is refused instead of obeyed.
 * Headers, footers, footnotes and comments live in other parts and are not read.
 */
final class DocxArticleReader {

    /** Most uncompressed bytes read from the document part. */
    static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** Word's XML compresses about 10:1; far beyond this ratio a file is a decompression bomb. */
    static final int MAX_RATIO = 100;
    /** The ratio is only judged past this many bytes: tiny parts compress at any ratio. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private DocxArticleReader() {
    }

    static Document read(String name, Path path, ReadDeadline deadline) throws Refusal, IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new Refusal("the Word document has " + zip.size() + " parts; more than " + MAX_ENTRIES
                        + " is not a document but a crafted archive");
            }
            ZipEntry entry = zip.getEntry("word/document.xml");
            if (entry == null) {
                throw new Refusal("is not a Word document: it has no word/document.xml (another kind of ZIP file, or damaged)");
            }
            String text;
            try (InputStream in = new CappedStream(zip.getInputStream(entry), entry.getCompressedSize())) {
                text = ArticleFiles.checkShape(Paragraphs.join(paragraphs(in, deadline)));
            }
            if (text.isBlank()) {
                throw new Refusal("the Word document holds no text");
            }
            return Document.of(name, path.toString(), text);
        } catch (ZipException e) {
            throw new Refusal("the Word document is damaged (" + e.getMessage() + ")");
        } catch (BombException e) {
            throw new Refusal(e.getMessage());
        } catch (XMLStreamException e) {
            throw new Refusal("the Word document is damaged: its text part is not well-formed XML");
        }
    }

    /**
     * Whether a Word file stored as an OLE compound file is an encrypted Office Open XML package: Word
     * saves password-protected .docx files that way, with an "EncryptedPackage" stream.
     */
    static boolean isEncrypted(Path path) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int carry = 0;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer, carry, buffer.length - carry)) > 0) {
                int filled = carry + n;
                if (Magic.indexOf(buffer, filled, ENCRYPTED_PACKAGE) >= 0) {
                    return true;
                }
                carry = Math.min(filled, ENCRYPTED_PACKAGE.length - 1);
                System.arraycopy(buffer, filled - carry, buffer, 0, carry);
            }
        }
        return false;
    }

    private static List<String> paragraphs(InputStream in, ReadDeadline deadline) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inText = false;
        long total = 0;
        int events = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (++events % 4096 == 0) {
                    deadline.check();
                }
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> current.append(' ');
                        case "noBreakHyphen" -> current.append('-');
                        case "br", "cr" -> flush(paragraphs, current);
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> flush(paragraphs, current);
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    total += xml.getTextLength();
                    if (total > ArticleFiles.MAX_TEXT_CHARS) {
                        throw new BombException("the Word document holds more than "
                                + ArticleFiles.MAX_TEXT_CHARS / (1024 * 1024) + " MB of text");
                    }
                    current.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        } finally {
            xml.close();
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        String p = Paragraphs.collapse(current);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }

    /** Thrown, unchecked through the XML parser, when a part decompresses past the caps. */
    private static final class BombException extends RuntimeException {
        BombException(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts what the inflater produces and stops at the caps. */
    private static final class CappedStream extends FilterInputStream {
        private final long compressed;
        private long read;

        CappedStream(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_UNCOMPRESSED_BYTES) {
                throw new BombException("the Word document expands to more than "
                        + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB; refused as a possible zip bomb");
            }
            if (read > RATIO_GRACE_BYTES && compressed > 0 && read > compressed * MAX_RATIO) {
                throw new BombException("the Word document expands more than " + MAX_RATIO
                        + " times its compressed size; refused as a possible zip bomb");
            }
        }
    }
}
