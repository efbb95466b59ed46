package org.stemma.corpus;

/** An input that Stemma refuses to read as an article; the message is one line meant for the analyst. */
public class UnreadableArticleException extends Exception {
    public UnreadableArticleException(String message) {
        super(message);
    }

    public UnreadableArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
