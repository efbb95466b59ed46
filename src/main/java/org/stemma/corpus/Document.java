package org.stemma.corpus;

import java.util.Objects;

/**
 * One article as Stemma reads it.
 *
 * @param name     short name shown to the analyst, usually the file name
 * @param source   where it came from (a path), or empty
 * @param text     the decoded text exactly as in the file (a leading BOM removed); every offset in
 *                 the product is a {@code String} index into it
 * @param metadata what the text states about itself
 */
public record Document(String name, String source, String text, Metadata metadata) {
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        metadata = metadata == null ? Metadata.NONE : metadata;
    }

    /** A document whose metadata is read from its own text. */
    public static Document of(String name, String source, String text) {
        return new Document(name, source, text, MetadataExtractor.extract(text));
    }
}
