package org.stemma.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a plain-text article from disk, refusing what is not one with a reason the analyst can act on. */
public final class ArticleReader {

    /** Larger text files are refused: no news article is this long, and it protects memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ArticleReader() {
    }

    public static Document read(Path path) throws UnreadableArticleException {
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            throw new UnreadableArticleException(shown + ": is a directory, not an article file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new UnreadableArticleException(shown + ": is not a regular file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableArticleException(shown + ": the file is " + size / (1024 * 1024)
                        + " MB, over the limit of " + MAX_BYTES / (1024 * 1024) + " MB of text");
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(path));
            return Document.of(path.getFileName().toString(), shown, decoded.text());
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException(shown + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableArticleException(shown + ": permission denied");
        } catch (IOException e) {
            throw new UnreadableArticleException(shown + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (UnreadableArticleException e) {
            throw e.getMessage().startsWith(shown) ? e : new UnreadableArticleException(shown + ": " + e.getMessage());
        }
    }
}
