package org.stemma.store;

/** Opening or saving failed because the project was saved by a newer Stemma; the message is one line for the analyst. */
public final class NewerProjectException extends ProjectException {
    NewerProjectException(String message) {
        super(message);
    }
}
