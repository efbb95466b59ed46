package org.stemma.importing;

import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.corpus.TextDecoder;
import org.stemma.corpus.UnreadableArticleException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;

/**
 * Reads one article file of any supported format. The format comes from the file's first bytes where
 * they are decisive (PDF, ZIP, images, archives) and from its extension otherwise; every file Stemma
 * does not take is refused with one reason.
 */
public final class ArticleFiles {

    /** Text, Markdown and HTML files over this size are refused: no article is this long, and it protects memory. */
    public static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;
    /** PDF and Word files may carry images, so the file may be larger; their extracted text is still capped. */
    public static final long MAX_DOCUMENT_BYTES = 100L * 1024 * 1024;
    /** The extracted text of any article is capped at this many characters. */
    public static final int MAX_TEXT_CHARS = 20 * 1024 * 1024;
    /**
     * A line this long is not a paragraph of an article (about 15,000 words); refusing it keeps the rest
     * of the product away from inputs it would choke on.
     */
    public static final int MAX_LINE_CHARS = 100_000;
    /**
     * The analysis costs memory per paragraph and per word, so their number is capped as well as the
     * size: a 20 MB book has about 170,000 lines and 3 million words; 18 MB of one-letter lines (nine
     * million) is no article and would take gigabytes (docs/reliability.md, "Bounded work per file").
     */
    public static final int MAX_LINES = 250_000;
    public static final int MAX_WORDS = 4_000_000;
    /** Reading one file (any format) may take this long; then it is refused, the import goes on. */
    public static final Duration READ_LIMIT = Duration.ofSeconds(30);

    private static final System.Logger LOG = System.getLogger(ArticleFiles.class.getName());

    private ArticleFiles() {
    }

    /** The document of an article file, for callers that need none of the import's details. */
    public static Document document(Path path) throws RefusedFileException {
        return read(path).document();
    }

    public static ImportedArticle read(Path path) throws RefusedFileException {
        return read(path, READ_LIMIT);
    }

    /**
     * Reads the file within {@code limit}, refusing it past that; an interrupt of the calling thread stops
     * the read as soon as the reader next checks (see {@link ReadDeadline}).
     */
    public static ImportedArticle read(Path path, Duration limit) throws RefusedFileException {
        try {
            return readOrRefuse(path, ReadDeadline.in(limit));
        } catch (Refusal r) {
            throw new RefusedFileException(path, r.getMessage());
        } catch (ReadStopped e) {
            throw new RefusedFileException(path, e.getMessage());
        } catch (StackOverflowError e) {
            // A library's recursive descent into a crafted structure; the thread's stack is free again here.
            LOG.log(System.Logger.Level.WARNING, "reading " + path + " overflowed the stack", e);
            throw new RefusedFileException(path, "is nested too deeply to be read (a damaged or crafted file)");
        }
    }

    private static ImportedArticle readOrRefuse(Path path, ReadDeadline deadline) throws Refusal {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new Refusal("is a directory (folder), not an article file");
            }
            if (!attrs.isRegularFile()) {
                throw new Refusal("is not a regular file (a device, pipe or socket)");
            }
            // Opened before anything else is judged, so that an unreadable file is reported as such.
            byte[] head = readHead(path);
            if (attrs.size() == 0 || head.length == 0) {
                throw new Refusal("the file is empty");
            }
            String name = path.getFileName().toString();
            Format format = decide(path, name, head);
            long limit = format == Format.PDF || format == Format.DOCX ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES;
            if (attrs.size() > limit) {
                throw new Refusal("the file is " + megabytes(attrs.size()) + ", over the limit of "
                        + megabytes(limit) + " for " + format.label() + " files");
            }
            TextDecoder.Decoded decoded = switch (format) {
                case TEXT, MARKDOWN -> decode(Files.readAllBytes(path), deadline);
                case HTML -> HtmlArticleReader.decode(Files.readAllBytes(path));
                case PDF, DOCX -> null;
            };
            Document document = switch (format) {
                case TEXT -> Document.of(name, path.toString(), checkShape(decoded.text()));
                case MARKDOWN -> markdown(Document.of(name, path.toString(), checkShape(decoded.text())));
                case HTML -> HtmlArticleReader.read(name, path.toString(), decoded.text(), deadline);
                case PDF -> PdfArticleReader.read(name, path, deadline);
                case DOCX -> DocxArticleReader.read(name, path, deadline);
            };
            deadline.check();
            return new ImportedArticle(document, format, path, decoded == null ? null : decoded.note());
        } catch (NoSuchFileException e) {
            throw new Refusal("no such file");
        } catch (AccessDeniedException e) {
            throw new Refusal("permission denied: the file cannot be read");
        } catch (FileSystemException e) {
            String why = e.getReason() == null ? "" : e.getReason();
            throw new Refusal(why.contains("symbolic links")
                    ? "a symbolic link loop: the link points back to itself"
                    : "cannot be read (" + (why.isEmpty() ? e.getMessage() : why) + ")");
        } catch (IOException e) {
            throw new Refusal("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The format to read the file as, or a refusal when it is no article format. */
    private static Format decide(Path path, String name, byte[] head) throws Refusal, IOException {
        Format byName = Format.byExtension(name);
        String ext = Format.extension(name);
        Magic.Sniffed sniffed = Magic.identify(head);
        switch (sniffed.kind()) {
            case PDF:
                return Format.PDF;
            case ZIP:
                if (byName == Format.DOCX) {
                    return Format.DOCX;
                }
                if (ext.equals("odt") || ext.equals("xlsx") || ext.equals("pptx") || ext.equals("epub")) {
                    throw new Refusal("." + ext + " files are not supported; Stemma reads " + Format.SUPPORTED);
                }
                throw new Refusal("is a ZIP archive; unpack it and import the files inside");
            case OLE:
                if (byName == Format.DOCX && DocxArticleReader.isEncrypted(path)) {
                    throw new Refusal("the Word document is password-protected; remove the password in Word and import it again");
                }
                throw new Refusal("is an old Microsoft Office (97-2003) file; save it as .docx or PDF and import that");
            case IMAGE:
                throw new Refusal("is a " + sniffed.name() + ", not an article (reading text from images is not supported)");
            case ARCHIVE:
                throw new Refusal("is a " + sniffed.name() + "; unpack it and import the files inside");
            default:
                break;
        }
        if (byName == Format.PDF) {
            throw new Refusal("is not a PDF: it does not start like one (damaged, or misnamed)");
        }
        if (byName == Format.DOCX) {
            throw new Refusal("is not a Word document: it is not a ZIP container (damaged, or misnamed)");
        }
        if (byName != null) {
            return byName;
        }
        if (!ext.isEmpty()) {
            throw new Refusal("." + ext + " files are not supported; Stemma reads " + Format.SUPPORTED);
        }
        return Magic.looksLikeHtml(head) ? Format.HTML : Format.TEXT;
    }

    /** Markdown text stays as written (offsets point into it); only the title loses its "#" marks. */
    private static Document markdown(Document doc) {
        Metadata m = doc.metadata();
        String title = m.title() == null ? null : m.title().replaceFirst("^#+\\s*", "").strip();
        return new Document(doc.name(), doc.source(), doc.text(),
                new Metadata(title == null || title.isEmpty() ? null : title, m.outlet(), m.byline(), m.date()));
    }

    private static TextDecoder.Decoded decode(byte[] bytes, ReadDeadline deadline) throws Refusal {
        deadline.check();
        try {
            return TextDecoder.decode(bytes);
        } catch (UnreadableArticleException e) {
            throw new Refusal(e.getMessage());
        }
    }

    /**
     * Refuses text over the size cap or with a line too long to be a paragraph; every reader calls this
     * before any further work on the text, so that such input costs one linear pass.
     */
    static String checkShape(String text) throws Refusal {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new Refusal("the extracted text is " + megabytes(text.length()) + ", over the limit of "
                    + megabytes(MAX_TEXT_CHARS) + " of text");
        }
        Paragraphs.Shape shape = Paragraphs.shape(text);
        if (shape.longestLine() > MAX_LINE_CHARS) {
            throw new Refusal(String.format("has a line of %,d characters; an article line (paragraph) may have at most %,d",
                    shape.longestLine(), MAX_LINE_CHARS));
        }
        if (shape.lines() > MAX_LINES) {
            throw new Refusal(String.format("has %,d lines of text; an article may have at most %,d", shape.lines(), MAX_LINES));
        }
        if (shape.words() > MAX_WORDS) {
            throw new Refusal(String.format("has %,d words; an article may have at most %,d", shape.words(), MAX_WORDS));
        }
        return text;
    }

    private static byte[] readHead(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(Magic.HEAD);
        }
    }

    private static String megabytes(long bytes) {
        long mb = 1024 * 1024;
        if (bytes < mb) {
            return bytes / 1024 + " KB";
        }
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format("%.1f MB", bytes / (double) mb);
    }
}
