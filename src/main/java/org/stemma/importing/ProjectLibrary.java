package org.stemma.importing;

import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An open project as the importer's library: each added article is its own committed row, so what an
 * import added before a cancellation or a failure stays in the project. Duplicates are found by the
 * importer's {@link ContentKey}, recomputed from the stored texts, so the schema needs no column for it.
 * Near twins are not stored either (decision record 0800): the import's summary names them.
 */
public final class ProjectLibrary implements ArticleLibrary {

    private final ProjectFile project;

    public ProjectLibrary(ProjectFile project) {
        this.project = project;
    }

    @Override
    public List<KnownArticle> known() throws IOException {
        try {
            return project.documents().list().stream().map(ProjectLibrary::known).toList();
        } catch (ProjectException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public KnownArticle add(ImportedArticle article, String contentKey) throws IOException {
        SourceInfo source = new SourceInfo(String.valueOf(article.path().getFileName()),
                article.path().toAbsolutePath().toString(), article.format().id(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            return known(project.documents().add(article.document(), source));
        } catch (ProjectException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static KnownArticle known(StoredDocument d) {
        return new KnownArticle(String.valueOf(d.id()), d.name(), d.text());
    }
}
