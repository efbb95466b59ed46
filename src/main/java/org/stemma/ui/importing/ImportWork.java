package org.stemma.ui.importing;

import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.ui.jobs.Jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * One import, as work for {@link Jobs}. Cancelling is the job's flag, which the importer reads between
 * files, rather than an interrupt, which would lose the summary of what was done.
 */
final class ImportWork implements Jobs.Work<ImportSummary> {

    private final ArticleLibrary library;
    private final List<Path> paths;

    ImportWork(ArticleLibrary library, List<Path> paths) {
        this.library = library;
        this.paths = List.copyOf(paths);
    }

    @Override
    public ImportSummary run(Jobs.Progress progress) throws Exception {
        progress.update(0, 0, "Looking for articles…");
        return new Importer(library).importPaths(paths, (done, total, current) -> {
            if (current != null) {
                progress.update(done, total, "Reading " + current.getFileName() + " (" + (done + 1) + " of " + total + ")");
            } else if (total > 0) {
                progress.update(done, total, "");
            }
        }, progress::cancelled);
    }
}
