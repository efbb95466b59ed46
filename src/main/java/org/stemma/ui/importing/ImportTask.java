package org.stemma.ui.importing;

import javafx.concurrent.Task;
import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One import off the JavaFX thread. Cancelling sets a flag the importer reads between files rather
 * than {@link Task#cancel()}, which would interrupt the thread and lose the summary of what was done.
 */
final class ImportTask extends Task<ImportSummary> {

    private final ArticleLibrary library;
    private final List<Path> paths;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ImportTask(ArticleLibrary library, List<Path> paths) {
        this.library = library;
        this.paths = List.copyOf(paths);
    }

    /** Asks the import to stop after the file it is on; what was added stays. Any thread. */
    void requestCancel() {
        cancelled.set(true);
    }

    @Override
    protected ImportSummary call() throws Exception {
        updateMessage("Looking for articles…");
        updateProgress(-1, 1);
        return new Importer(library).importPaths(paths, this::progress, cancelled::get);
    }

    private void progress(int done, int total, Path current) {
        if (total > 0) {
            updateProgress(done, total);
        }
        if (current != null) {
            updateMessage("Reading " + current.getFileName() + " (" + (done + 1) + " of " + total + ")");
        }
    }
}
