package org.stemma.cli;

import org.stemma.corpus.Document;
import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.FileOutcome;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.ImportedArticle;
import org.stemma.importing.Importer;
import org.stemma.importing.KnownArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Article files and folders read as {@code import} reads them (folders walked, duplicates dropped,
 * refusals reported), but held in memory instead of a project: for commands given PATHs.
 */
final class ArticlesInMemory implements ArticleLibrary {

    private static final System.Logger LOG = System.getLogger(ArticlesInMemory.class.getName());

    /** An article read, with the path it was read from, as given. */
    record Read(String path, Document document) {
    }

    private final List<Read> read = new ArrayList<>();

    /** The articles of {@code paths}, in order; a missing path or nothing readable is a usage error. */
    static List<Read> of(List<String> paths) throws UsageException {
        for (String p : paths) {
            if (!Files.exists(Path.of(p))) {
                throw new UsageException(p + ": no such file or folder");
            }
        }
        ArticlesInMemory library = new ArticlesInMemory();
        try {
            ImportSummary summary = new Importer(library).importPaths(paths.stream().map(Path::of).toList(),
                    (done, total, current) -> { }, () -> false);
            for (FileOutcome o : summary.outcomes()) {
                if (o instanceof FileOutcome.Refused r) {
                    LOG.log(System.Logger.Level.WARNING, r.path() + " left out: " + r.reason());
                } else if (o instanceof FileOutcome.Duplicate d) {
                    LOG.log(System.Logger.Level.INFO, d.path() + " left out: the same text as " + d.of().name());
                }
            }
        } catch (IOException e) {
            throw new UsageException("the articles cannot be read: " + e.getMessage());
        }
        if (library.read.isEmpty()) {
            throw new UsageException("no article could be read from " + String.join(" ", paths));
        }
        return List.copyOf(library.read);
    }

    @Override
    public List<KnownArticle> known() {
        return List.of();
    }

    @Override
    public KnownArticle add(ImportedArticle article, String contentKey) {
        String id = String.valueOf(read.size());
        read.add(new Read(article.path().toString(), article.document()));
        return new KnownArticle(id, article.document().name(), article.document().text());
    }
}
