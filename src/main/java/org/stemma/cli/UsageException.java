package org.stemma.cli;

/** A command line that cannot be carried out; its message is the one line printed on stderr (exit 2). */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
