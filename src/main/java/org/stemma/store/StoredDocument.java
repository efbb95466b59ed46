package org.stemma.store;

import org.stemma.corpus.Document;

/**
 * An article kept in a project.
 *
 * @param document    its name (unique in the project), original text and metadata
 * @param contentHash see {@link ContentHash}
 */
public record StoredDocument(long id, Document document, SourceInfo source, String contentHash) {

    public String name() {
        return document.name();
    }

    public String text() {
        return document.text();
    }

    /** The article without its text. */
    public DocumentHeader header() {
        return new DocumentHeader(id, document.name(), document.metadata(), source, contentHash);
    }
}
