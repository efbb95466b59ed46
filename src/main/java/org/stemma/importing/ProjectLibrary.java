package org.stemma.importing;

import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open project as the importer's library: each added article is its own committed row, so what an
 * import added before a cancellation or a failure stays in the project. Duplicates are found by the
 * importer's {@link ContentKey}, recomputed from the stored texts, so the schema needs no column for it.
 * Near twins are not stored either (decision record 0800): {@link #nearTwins} finds them again from the
 * texts whenever the corpus list is built.
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

    /**
     * For each article that is a near twin of one added before it, the name of that earlier article,
     * keyed by the later article's name: what the corpus list shows as "near twin of …".
     */
    public static Map<String, String> nearTwins(List<StoredDocument> documents) {
        NearTwins<StoredDocument> earlier = new NearTwins<>();
        Map<String, String> twins = new LinkedHashMap<>();
        for (StoredDocument d : documents) {
            long[] shingles = Shingles.folded(d.text());
            earlier.nearest(shingles).ifPresent(m -> twins.put(d.name(), m.article().name()));
            earlier.add(d, shingles);
        }
        return twins;
    }

    private static KnownArticle known(StoredDocument d) {
        return new KnownArticle(String.valueOf(d.id()), d.name(), d.text());
    }
}
