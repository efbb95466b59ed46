package org.stemma.store;

/** Opening or saving failed because the file is not a Stemma project; the message is one line for the analyst. */
public final class NotAProjectException extends ProjectException {
    NotAProjectException(String message) {
        super(message);
    }
}
