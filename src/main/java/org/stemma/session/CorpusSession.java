package org.stemma.session;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.claims.AnalysedCorpus;
import org.stemma.claims.Reanchoring;
import org.stemma.claims.Relocation;
import org.stemma.corpus.Document;
import org.stemma.findings.Finding;
import org.stemma.importing.ContentKey;
import org.stemma.index.CandidateIndex;
import org.stemma.index.Fingerprint;
import org.stemma.model.Claim;
import org.stemma.store.AnalysisStore;
import org.stemma.store.DocumentHeader;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.text.Sentence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The corpus of one open project (or of files given on a command line), owning by document id each
 * article, its analysis and its candidate-index data (decision record 0911). Each article is analysed
 * once: in a project the analysis is stored with the engine's {@link Analyzer#VERSION} and read back on
 * the next opening, and redone only when the engine changed. Changes ({@link #add}, {@link #remove})
 * update what they touch and tell the listeners; nothing is rebuilt wholesale.
 *
 * <p>In a project, texts and full analyses are read on demand and a few hundred kept; the list of
 * articles, their counts and the index are always in memory. Safe for use from several threads.
 */
public final class CorpusSession implements AnalysedCorpus {

    private static final System.Logger LOG = System.getLogger(CorpusSession.class.getName());
    /** Texts and analyses kept in memory in a project; the rest is read again from the file. */
    static final int CACHED = 256;

    private final ProjectFile project;
    private final String name;
    private final ConcurrentSkipListMap<Long, SessionArticle> articles = new ConcurrentSkipListMap<>();
    /** In memory: every document; in a project: the ones read lately. */
    private final Map<Long, Document> documents;
    private final Map<Long, AnalyzedDocument> analyses;
    private final CandidateIndex index = new CandidateIndex();
    /** Done once the stored fingerprints are indexed (at once in memory and for a project with none). */
    private final CompletableFuture<Void> indexed = new CompletableFuture<>();
    private final AtomicInteger analysed = new AtomicInteger();
    private final List<Consumer<CorpusChange>> listeners = new CopyOnWriteArrayList<>();
    private long nextMemoryId;

    private CorpusSession(ProjectFile project, String name) {
        this.project = project;
        this.name = name;
        this.documents = project == null ? Collections.synchronizedMap(new HashMap<>()) : lru();
        this.analyses = project == null ? Collections.synchronizedMap(new HashMap<>()) : lru();
    }

    /**
     * The session of an open project: stored analyses are read, articles without one (or with an older
     * engine's) are analysed now, on every core, and their analyses stored.
     */
    public static CorpusSession open(ProjectFile project) throws ProjectException {
        String file = String.valueOf(project.path().getFileName());
        CorpusSession session = new CorpusSession(project, file.endsWith(".stemma") ? file.substring(0, file.length() - 7) : file);
        Map<Long, AnalysisStore.Summary> stored = new HashMap<>();
        for (AnalysisStore.Summary s : project.analyses().summaries()) {
            stored.put(s.documentId(), s);
        }
        List<DocumentHeader> missing = new ArrayList<>();
        Map<Long, Fingerprint> older = new HashMap<>();
        List<AnalysisStore.Summary> toIndex = new ArrayList<>();
        for (DocumentHeader h : project.documents().headers()) {
            AnalysisStore.Summary s = stored.get(h.id());
            if (s != null && s.engine() == Analyzer.VERSION) {
                session.articles.put(h.id(), new SessionArticle(h.id(), h.name(), h.source().path(), h.metadata(),
                        s.words(), s.homoglyphs(), s.invisibles(), s.contentKey()));
                toIndex.add(s);
                if (!Fingerprint.isCurrent(s.fingerprint())) {
                    older.put(h.id(), Fingerprint.decode(s.fingerprint()));
                }
            } else {
                missing.add(h);
            }
        }
        stored.clear();
        session.indexInBackground(toIndex);
        if (!older.isEmpty()) {
            // Stored again with what was computed from the older encoding, once.
            project.transaction(() -> {
                for (Map.Entry<Long, Fingerprint> e : older.entrySet()) {
                    project.analyses().putFingerprint(e.getKey(), e.getValue().encode());
                }
                return null;
            });
        }
        if (!missing.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "{0}: analysing {1} articles without a current stored analysis",
                    project.path(), missing.size());
        }
        // In chunks, so that memory holds a few hundred analyses at most and each chunk is stored at once.
        for (int from = 0; from < missing.size(); from += CACHED / 2) {
            List<DocumentHeader> chunk = missing.subList(from, Math.min(missing.size(), from + CACHED / 2));
            List<Document> texts = new ArrayList<>();
            for (DocumentHeader h : chunk) {
                texts.add(new Document(h.name(), h.source().path(), project.documents().text(h.id()).orElseThrow(),
                        h.metadata()));
            }
            List<AnalyzedDocument> done = texts.parallelStream().map(session::analyse).toList();
            project.transaction(() -> {
                for (int i = 0; i < chunk.size(); i++) {
                    session.keep(chunk.get(i).id(), done.get(i), true);
                }
                return null;
            });
        }
        return session;
    }

    /**
     * Indexes the stored fingerprints on a thread of its own, so that the articles can be listed (and
     * opened, compared) while the index is built (decision record 0921); {@link #index()} and every
     * change wait for it.
     */
    private void indexInBackground(List<AnalysisStore.Summary> summaries) {
        Thread builder = new Thread(() -> {
            try {
                for (AnalysisStore.Summary s : summaries) {
                    index.add(s.documentId(), Fingerprint.decode(s.fingerprint()));
                }
                indexed.complete(null);
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "the candidate index of " + name + " could not be built", e);
                indexed.completeExceptionally(e);
            }
        }, "candidate-index " + name);
        builder.setDaemon(true);
        builder.start();
    }

    /** A session of documents read from files, not stored: ids 0..n-1 in the order given. */
    public static CorpusSession of(String name, List<Document> documents) {
        CorpusSession session = new CorpusSession(null, name);
        session.indexed.complete(null);
        List<AnalyzedDocument> done = documents.parallelStream().map(session::analyse).toList();
        for (AnalyzedDocument a : done) {
            session.keep(session.nextMemoryId++, a, false);
        }
        return session;
    }

    /** The project it is the session of, or empty for documents read from files. */
    public Optional<ProjectFile> project() {
        return Optional.ofNullable(project);
    }

    /** The project's name (its file name without the extension), or the name given in memory. */
    public String name() {
        return name;
    }

    /** Every article, by id (the order they were added). */
    public List<SessionArticle> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<SessionArticle> article(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    public int size() {
        return articles.size();
    }

    /** The article's document, its text read from the project if not in memory. */
    public Document document(long id) {
        Document d = documents.get(id);
        if (d != null) {
            return d;
        }
        SessionArticle a = known(id);
        try {
            String text = project.documents().text(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
            d = new Document(a.name(), a.source(), text, a.metadata());
        } catch (ProjectException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        documents.put(id, d);
        return d;
    }

    @Override
    public List<Long> documentIds() {
        return List.copyOf(articles.keySet());
    }

    /** The article's analysis: kept, stored, or (only if neither) computed and stored. */
    @Override
    public AnalyzedDocument analysis(long id) {
        AnalyzedDocument a = analyses.get(id);
        if (a != null) {
            return a;
        }
        known(id);
        Document d = document(id);
        try {
            Optional<byte[]> data = project.analyses().data(id, Analyzer.VERSION);
            if (data.isPresent()) {
                a = AnalysisCodec.decode(d, data.get());
                analyses.put(id, a);
                return a;
            }
        } catch (ProjectException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "the stored analysis of " + d.name() + " is analysed again", e);
        }
        a = analyse(d);
        keep(id, a, true);
        return a;
    }

    /** The candidate index over every article of the session; waits while it is being built after opening. */
    @Override
    public CandidateIndex index() {
        indexed.join();
        return index;
    }

    /** How many analyses this session has computed (not read from the project): for tests and benchmarks. */
    public int analysesComputed() {
        return analysed.get();
    }

    /**
     * Adds an article: stored in the project (with its analysis) or kept in memory, indexed, and told to
     * the listeners. {@code analysis} may be one already made of {@code document}, or null.
     */
    public SessionArticle add(Document document, SourceInfo source, AnalyzedDocument analysis) throws ProjectException {
        AnalyzedDocument a = analysis != null && analysis.document().equals(document) ? analysis : analyse(document);
        SessionArticle added;
        if (project != null) {
            AnalyzedDocument analysed = a;
            added = project.transaction(() -> {
                StoredDocument stored = project.documents().add(document, source);
                // The store may have renamed it ("article.txt (2)").
                return keep(stored.id(), new AnalyzedDocument(stored.document(), analysed.paragraphs(),
                        analysed.sentences(), analysed.findings()), true);
            });
        } else {
            long id;
            synchronized (this) {
                id = nextMemoryId++;
            }
            added = keep(id, a, false);
        }
        listeners.forEach(l -> l.accept(new CorpusChange.Added(added)));
        return added;
    }

    /**
     * Re-imports an article in place: its file read again with a changed text replaces its text and
     * analysis under the same id and name; the index and the search follow, and the claims made on it
     * move with their passages ({@link Reanchoring}). Refused (empty, nothing changed) when a claim's
     * passage is no longer in the new text or the analyst reviewed a counterpart the change would void:
     * the caller then adds the file as a new article, so nothing she has is lost.
     */
    public Optional<SessionArticle> replace(long id, Document document, SourceInfo source) throws ProjectException {
        known(id);
        AnalyzedDocument a = analyse(document);
        Optional<SessionArticle> replaced;
        if (project == null) {
            replaced = Optional.of(keep(id, a, false));
        } else {
            replaced = project.transaction(() -> {
                if (project.counterparts().reviewedInvolving(id) > 0) {
                    return Optional.<SessionArticle>empty();
                }
                List<Claim> moved = new ArrayList<>();
                for (Claim claim : project.claims().forDocument(id)) {
                    Relocation r = Reanchoring.relocate(claim.anchor(), document.text());
                    if (r.isDetached()) {
                        return Optional.<SessionArticle>empty();
                    }
                    if (!r.anchor().equals(claim.anchor())) {
                        moved.add(claim.with(r.anchor(), claim.tags(), claim.status(), claim.note(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                    }
                }
                StoredDocument stored = project.documents().replace(id, document, source);
                for (Claim claim : moved) {
                    project.claims().put(claim, "Moved with its re-imported article");
                }
                return Optional.of(keep(id, new AnalyzedDocument(stored.document(), a.paragraphs(), a.sentences(),
                        a.findings()), true));
            });
        }
        replaced.ifPresent(article -> listeners.forEach(l -> l.accept(new CorpusChange.Replaced(article))));
        return replaced;
    }

    /** Removes an article (in a project, with its claims: see {@code DocumentStore.remove}). */
    public void remove(long id) throws ProjectException {
        if (project != null) {
            project.documents().remove(id);
        }
        if (articles.remove(id) != null) {
            documents.remove(id);
            analyses.remove(id);
            index().remove(id);
            listeners.forEach(l -> l.accept(new CorpusChange.Removed(id)));
        }
    }

    public void addListener(Consumer<CorpusChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CorpusChange> listener) {
        listeners.remove(listener);
    }

    /** Analyses a document (counted in {@link #analysesComputed()}), e.g. one about to be added. */
    public AnalyzedDocument analyse(Document d) {
        analysed.incrementAndGet();
        return Analyzer.analyze(d);
    }

    /** Lists, indexes and (in a project) stores one analysed article. */
    private SessionArticle keep(long id, AnalyzedDocument a, boolean store) {
        Document d = a.document();
        int words = 0;
        for (Sentence s : a.sentences()) {
            if (!s.boilerplate()) {
                words += s.tokens().size();
            }
        }
        SessionArticle article = new SessionArticle(id, d.name(), d.source(), d.metadata(), words,
                a.findings(Finding.Type.HOMOGLYPH).size(), a.findings(Finding.Type.INVISIBLE).size(),
                ContentKey.of(d.text()));
        Fingerprint fingerprint = Fingerprint.of(a);
        if (store) {
            try {
                project.analyses().put(new AnalysisStore.Summary(id, Analyzer.VERSION, article.words(),
                        article.homoglyphs(), article.invisibles(), article.contentKey(), fingerprint.encode()),
                        AnalysisCodec.encode(a));
            } catch (ProjectException e) {
                // Only a cache: the next opening analyses the article again.
                LOG.log(System.Logger.Level.WARNING, "the analysis of " + d.name() + " could not be stored", e);
            }
        }
        documents.put(id, d);
        analyses.put(id, a);
        index().add(id, fingerprint);
        articles.put(id, article);
        return article;
    }

    private SessionArticle known(long id) {
        SessionArticle a = articles.get(id);
        if (a == null) {
            throw new NoSuchElementException("there is no document " + id + " in " + name);
        }
        return a;
    }

    private static <V> Map<Long, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > CACHED;
            }
        });
    }
}
