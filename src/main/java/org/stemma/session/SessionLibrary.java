package org.stemma.session;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.ImportedArticle;
import org.stemma.importing.KnownArticle;
import org.stemma.importing.NearTwins;
import org.stemma.importing.Recognizer;
import org.stemma.index.Candidate;
import org.stemma.index.Fingerprint;
import org.stemma.store.ProjectException;
import org.stemma.store.SourceInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A corpus session as the importer's library. Duplicates are told by the content keys the session keeps
 * and near twins by its candidate index, so an import reads no stored text and shingles nothing but the
 * new files; each new article is analysed once, for the near-twin check, and that analysis is the one
 * the session keeps. Each added article is its own committed transaction (decision record 0800). A file
 * imported before whose text changed is re-imported in place ({@link CorpusSession#replace}) when that
 * loses nothing; otherwise it is added as a new article, as any other file.
 */
public final class SessionLibrary implements ArticleLibrary {

    private final CorpusSession session;
    /** The analysis of the article being checked, handed to the session when it is added. */
    private AnalyzedDocument checked;

    public SessionLibrary(CorpusSession session) {
        this.session = session;
    }

    /** Every article with its text (read from the project): the default recognizer's input, unused by imports here. */
    @Override
    public List<KnownArticle> known() {
        return session.articles().stream().map(a -> known(a.id())).toList();
    }

    @Override
    public Recognizer recognizer() {
        Map<String, Long> byKey = new HashMap<>();
        Map<String, Long> bySource = new HashMap<>();
        for (SessionArticle a : session.articles()) {
            byKey.putIfAbsent(a.contentKey(), a.id());
            if (!a.source().isEmpty()) {
                bySource.put(a.source(), a.id());
            }
        }
        return new Recognizer() {
            @Override
            public Optional<KnownArticle> duplicate(String contentKey) {
                Long id = byKey.get(contentKey);
                return id == null ? Optional.empty() : Optional.of(known(id));
            }

            @Override
            public Optional<KnownArticle> importedFrom(Path file) {
                Long id = bySource.get(file.toAbsolutePath().toString());
                return id == null || session.article(id).isEmpty() ? Optional.empty() : Optional.of(known(id));
            }

            @Override
            public Optional<NearTwins.Match<KnownArticle>> nearTwin(ImportedArticle article) {
                checked = session.analyse(article.document());
                List<Candidate> nearest = session.index().similarTo(Fingerprint.of(checked), 1);
                return nearest.isEmpty() || nearest.get(0).score() < NearTwins.THRESHOLD ? Optional.empty()
                        : Optional.of(new NearTwins.Match<>(known(nearest.get(0).id()), nearest.get(0).score()));
            }

            @Override
            public void added(KnownArticle known, String contentKey, ImportedArticle article) {
                byKey.putIfAbsent(contentKey, Long.parseLong(known.id()));
            }
        };
    }

    @Override
    public Optional<KnownArticle> replace(KnownArticle held, ImportedArticle article, String contentKey) throws IOException {
        try {
            return session.replace(Long.parseLong(held.id()), article.document(), source(article))
                    .map(a -> new KnownArticle(String.valueOf(a.id()), a.name(), article.document().text()));
        } catch (ProjectException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public KnownArticle add(ImportedArticle article, String contentKey) throws IOException {
        SourceInfo source = source(article);
        AnalyzedDocument analysis = checked != null && checked.document() == article.document() ? checked : null;
        checked = null;
        try {
            SessionArticle added = session.add(article.document(), source, analysis);
            return new KnownArticle(String.valueOf(added.id()), added.name(), article.document().text());
        } catch (ProjectException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static SourceInfo source(ImportedArticle article) {
        return new SourceInfo(String.valueOf(article.path().getFileName()), article.path().toAbsolutePath().toString(),
                article.format().id(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private KnownArticle known(long id) {
        return new KnownArticle(String.valueOf(id), session.article(id).orElseThrow().name(), session.document(id).text());
    }
}
