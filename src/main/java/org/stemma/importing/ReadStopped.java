package org.stemma.importing;

/**
 * Stops a reader from inside a library's callback (a PDF operator, an XML event) when the file passes a
 * limit of time or size; unchecked, so that it passes through the library. {@link ArticleFiles} turns it
 * into a refusal with this reason.
 */
final class ReadStopped extends RuntimeException {
    ReadStopped(String reason) {
        super(reason, null, false, false);
    }
}
