package org.stemma.importing;

import org.stemma.corpus.UnreadableArticleException;
import org.stemma.platform.Messages;

import java.nio.file.Path;

/**
 * A file Stemma will not read as an article. The message names the file; {@link #reason()} is the bare
 * one-line reason, for lists that already show the file.
 */
public final class RefusedFileException extends UnreadableArticleException {

    private final transient Path path;
    private final String reason;

    public RefusedFileException(Path path, String reason) {
        super(Messages.quote(path) + ": " + Messages.oneLine(reason));
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
