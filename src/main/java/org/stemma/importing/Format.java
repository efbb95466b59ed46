package org.stemma.importing;

import java.util.Locale;

/** The file formats Stemma reads articles from. */
public enum Format {
    TEXT("plain text"),
    MARKDOWN("Markdown"),
    HTML("web page"),
    PDF("PDF"),
    DOCX("Word document");

    /** What the formats are called in messages, so a refusal can say what would have worked. */
    public static final String SUPPORTED = ".txt, .md, .html, .htm, .pdf and .docx";

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the project file records the reader ({@code source_format}): {@code text}, {@code pdf}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name promises, or {@code null} when its extension is not one Stemma reads. */
    public static Format byExtension(String fileName) {
        return switch (extension(fileName)) {
            case "txt", "text" -> TEXT;
            case "md", "markdown" -> MARKDOWN;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> null;
        };
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
