package org.stemma.store;

import org.stemma.platform.Messages;

/**
 * A project file cannot be opened, read or saved. The message is one line meant for the analyst and
 * names the file (control characters in the name or in SQLite's words are escaped, see
 * {@link Messages}); the subclasses tell the reasons apart that the analyst can act on.
 */
public class ProjectException extends Exception {
    public ProjectException(String message) {
        super(Messages.oneLine(message));
    }

    public ProjectException(String message, Throwable cause) {
        super(Messages.oneLine(message), cause);
    }
}
