package org.stemma.platform;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One line that says what went wrong, for a status bar or a refusal, where an exception's bare message
 * would be "null" or a wrapper's: the wrappers of background work are looked through, and an exception
 * without a message is named by its kind. The stack trace belongs in the log, next to the line.
 */
public final class Causes {

    private Causes() {
    }

    /** The exception that a background job's wrappers (completion, execution, reflection) carry. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The message of what went wrong, or its kind when it has none ("NullPointerException"), on one line. */
    public static String describe(Throwable e) {
        Throwable t = unwrap(e);
        String message = t.getMessage();
        if (message == null || message.isBlank() || message.equals("null")) {
            return t.getClass().getSimpleName();
        }
        String line = Messages.oneLine(message.strip());
        return t instanceof RuntimeException && !(t instanceof IllegalArgumentException || t instanceof IllegalStateException)
                ? t.getClass().getSimpleName() + ": " + line : line;
    }
}
