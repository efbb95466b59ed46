package org.stemma.store;

/** Opening or saving failed because another program is writing to the project; the message is one line for the analyst. */
public final class ProjectLockedException extends ProjectException {
    ProjectLockedException(String message) {
        super(message);
    }
}
