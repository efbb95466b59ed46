package org.stemma.store;

/** Opening or saving failed because the project file is damaged; the message is one line for the analyst. */
public final class CorruptProjectException extends ProjectException {
    CorruptProjectException(String message) {
        super(message);
    }
}
