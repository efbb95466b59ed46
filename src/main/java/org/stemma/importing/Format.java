package org.stemma.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file formats Stemma reads articles from, each with its file name extensions: the one list that
 * the reader, the refusals and the file choosers all take them from.
 */
public enum Format {
    TEXT("plain text", "Plain text", List.of("txt"), List.of("text")),
    MARKDOWN("Markdown", "Markdown", List.of("md"), List.of("markdown")),
    HTML("web page", "Web pages", List.of("html", "htm"), List.of("xhtml", "shtml")),
    PDF("PDF", "PDF", List.of("pdf"), List.of()),
    DOCX("Word document", "Word documents", List.of("docx"), List.of());

    /** What the formats are called in messages, so a refusal can say what would have worked. */
    public static final String SUPPORTED = supported();

    private final String label;
    private final String kind;
    private final List<String> named;
    private final List<String> extensions;

    /**
     * @param named      the extensions messages name
     * @param alsoRead   rarer extensions read the same way, left out of messages to keep them short
     */
    Format(String label, String kind, List<String> named, List<String> alsoRead) {
        this.label = label;
        this.kind = kind;
        this.named = named;
        this.extensions = Stream.concat(named.stream(), alsoRead.stream()).toList();
    }

    public String label() {
        return label;
    }

    /** How the project file records the reader ({@code source_format}): {@code text}, {@code pdf}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of a file chooser's filter for this format ("Web pages"). */
    public String kind() {
        return kind;
    }

    /** Every extension read as this format, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name promises, or {@code null} when its extension is not one Stemma reads. */
    public static Format byExtension(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst().orElse(null);
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** ".txt, .md, .html, .htm, .pdf and .docx". */
    private static String supported() {
        List<String> all = Arrays.stream(values()).flatMap(f -> f.named.stream()).map(e -> "." + e).toList();
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + all.get(all.size() - 1);
    }
}
