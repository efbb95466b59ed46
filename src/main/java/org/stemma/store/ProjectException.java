package org.stemma.store;

/**
 * A project file cannot be opened, read or saved. The message is one line meant for the analyst and
 * names the file; the subclasses tell the reasons apart that the analyst can act on.
 */
public class ProjectException extends Exception {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
