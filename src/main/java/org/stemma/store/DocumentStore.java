package org.stemma.store;

import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The articles of a project: full original text, metadata and where each came from. */
public final class DocumentStore {

    private static final String SELECT = "SELECT id, name, text, content_hash, title, outlet, byline, date, "
            + "source_name, source_path, source_format, imported_at FROM document ";

    private final ProjectFile project;

    DocumentStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Stores an article. Its name is kept unique in the project: a second "article.txt" becomes
     * "article.txt (2)". Whether an identical article is already there is the caller's question
     * ({@link #findIdentical}).
     */
    public StoredDocument add(Document document, SourceInfo source) throws ProjectException {
        String hash = ContentHash.of(document.text());
        Metadata m = document.metadata();
        return project.write(c -> {
            long id = Statements.insert(c, "INSERT INTO document (name, text, content_hash, title, outlet, byline, "
                            + "date, source_name, source_path, source_format, imported_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    freeName(c, document.name()), document.text(), hash, m.title(), m.outlet(), m.byline(), m.date(),
                    source.fileName(), source.path(), source.format(), source.importedAt().toString());
            SearchStore.added(c, id, document.text());
            return Statements.first(c, SELECT + "WHERE id = ?", DocumentStore::read, id).orElseThrow();
        });
    }

    /**
     * Replaces an article's text, metadata and source by those of its file read again (re-import in
     * place); its id and name stay. Its search entry follows, and the counterparts that described the old
     * text (found in it, or of the claims made on it) are removed, to be computed again; the caller checks
     * first that none carries the analyst's review ({@link CounterpartStore#reviewedInvolving}) and moves
     * the claims made on it in the same transaction.
     */
    public StoredDocument replace(long id, Document document, SourceInfo source) throws ProjectException {
        String hash = ContentHash.of(document.text());
        Metadata m = document.metadata();
        return project.write(c -> {
            Statements.update(c, "DELETE FROM counterpart WHERE document_id = ? "
                    + "OR claim_id IN (SELECT id FROM claim WHERE document_id = ?)", id, id);
            int changed = Statements.update(c, "UPDATE document SET text = ?, content_hash = ?, title = ?, outlet = ?, "
                            + "byline = ?, date = ?, source_name = ?, source_path = ?, source_format = ?, imported_at = ? "
                            + "WHERE id = ?", document.text(), hash, m.title(), m.outlet(), m.byline(), m.date(),
                    source.fileName(), source.path(), source.format(), source.importedAt().toString(), id);
            if (changed == 0) {
                throw new SQLException("no document " + id + " to replace");
            }
            Statements.update(c, "DELETE FROM document_search WHERE rowid = ?", id);
            SearchStore.added(c, id, document.text());
            return Statements.first(c, SELECT + "WHERE id = ?", DocumentStore::read, id).orElseThrow();
        });
    }

    /**
     * Removes an article with everything that belongs to it (its analysis, its search entry, the claims
     * made on it and its counterparts of other claims). Returns whether it was there.
     */
    public boolean remove(long id) throws ProjectException {
        return project.write(c -> {
            Statements.update(c, "DELETE FROM document_search WHERE rowid = ?", id);
            return Statements.update(c, "DELETE FROM document WHERE id = ?", id) > 0;
        });
    }

    /** A stored article with the same text as {@code text} (see {@link ContentHash}), if there is one. */
    public Optional<StoredDocument> findIdentical(String text) throws ProjectException {
        String hash = ContentHash.of(text);
        return project.read(c -> Statements.first(c, SELECT + "WHERE content_hash = ? ORDER BY id",
                DocumentStore::read, hash));
    }

    public Optional<StoredDocument> get(long id) throws ProjectException {
        return project.read(c -> Statements.first(c, SELECT + "WHERE id = ?", DocumentStore::read, id));
    }

    public Optional<StoredDocument> byName(String name) throws ProjectException {
        return project.read(c -> Statements.first(c, SELECT + "WHERE name = ?", DocumentStore::read, name));
    }

    /** Every article without its text, in the order they were added: what a list of the corpus needs. */
    public List<DocumentHeader> headers() throws ProjectException {
        return project.read(c -> Statements.query(c, "SELECT id, name, title, outlet, byline, date, source_name, "
                + "source_path, source_format, imported_at, content_hash FROM document ORDER BY id", rs -> new DocumentHeader(
                rs.getLong("id"), rs.getString("name"), metadata(rs), source(rs), rs.getString("content_hash"))));
    }

    /** The text of one article. */
    public Optional<String> text(long id) throws ProjectException {
        return project.read(c -> Statements.first(c, "SELECT text FROM document WHERE id = ?", rs -> rs.getString(1), id));
    }

    /** Every article, in the order they were added. */
    public List<StoredDocument> list() throws ProjectException {
        return project.read(c -> Statements.query(c, SELECT + "ORDER BY id", DocumentStore::read));
    }

    private static String freeName(Connection c, String wanted) throws SQLException {
        String name = wanted;
        for (int n = 2; taken(c, name); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }

    private static boolean taken(Connection c, String name) throws SQLException {
        return Statements.first(c, "SELECT 1 FROM document WHERE name = ?", rs -> true, name).isPresent();
    }

    private static Metadata metadata(ResultSet rs) throws SQLException {
        return new Metadata(rs.getString("title"), rs.getString("outlet"), rs.getString("byline"), rs.getString("date"));
    }

    private static SourceInfo source(ResultSet rs) throws SQLException {
        return new SourceInfo(rs.getString("source_name"), rs.getString("source_path"),
                rs.getString("source_format"), Instant.parse(rs.getString("imported_at")));
    }

    private static StoredDocument read(ResultSet rs) throws SQLException {
        Metadata metadata = metadata(rs);
        SourceInfo source = source(rs);
        Document document = new Document(rs.getString("name"), source.path(), rs.getString("text"), metadata);
        return new StoredDocument(rs.getLong("id"), document, source, rs.getString("content_hash"));
    }
}
