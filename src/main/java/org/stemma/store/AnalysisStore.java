package org.stemma.store;

import java.util.List;
import java.util.Optional;

/**
 * Each article's analysis as the engine of one version made it, kept so that reopening a project does
 * not analyse it again (decision record 0911). The store keeps bytes and counts; what they mean is the
 * corpus session's business.
 */
public final class AnalysisStore {

    /**
     * What is kept of one article's analysis, without its bulky part.
     *
     * @param engine      the analysis engine's version that made it
     * @param contentKey  the importer's key for duplicates (content equal but for case, spacing, quotes)
     * @param fingerprint the candidate index's data, encoded
     */
    public record Summary(long documentId, int engine, int words, int homoglyphs, int invisibles, String contentKey,
                          byte[] fingerprint) {
    }

    private final ProjectFile project;

    AnalysisStore(ProjectFile project) {
        this.project = project;
    }

    /** Every article's summary, by document id. */
    public List<Summary> summaries() throws ProjectException {
        return project.read(c -> Statements.query(c, "SELECT document_id, engine, words, homoglyphs, invisibles, "
                + "content_key, fingerprint FROM analysis ORDER BY document_id", rs -> new Summary(rs.getLong(1),
                rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getBytes(7))));
    }

    /** The stored analysis of a document, if the engine of {@code engine} made it. */
    public Optional<byte[]> data(long documentId, int engine) throws ProjectException {
        return project.read(c -> Statements.first(c, "SELECT data FROM analysis WHERE document_id = ? AND engine = ?",
                rs -> rs.getBytes(1), documentId, engine));
    }

    /** Replaces the stored fingerprint of a document (an older encoding of the same index data). */
    public void putFingerprint(long documentId, byte[] fingerprint) throws ProjectException {
        project.write(c -> Statements.update(c, "UPDATE analysis SET fingerprint = ? WHERE document_id = ?",
                fingerprint, documentId));
    }

    /** Keeps a document's analysis in place of any older one. */
    public void put(Summary summary, byte[] data) throws ProjectException {
        project.write(c -> Statements.update(c, "INSERT INTO analysis (document_id, engine, words, homoglyphs, "
                        + "invisibles, content_key, fingerprint, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (document_id) DO UPDATE SET engine = excluded.engine, words = excluded.words, "
                        + "homoglyphs = excluded.homoglyphs, invisibles = excluded.invisibles, "
                        + "content_key = excluded.content_key, fingerprint = excluded.fingerprint, data = excluded.data",
                summary.documentId(), summary.engine(), summary.words(), summary.homoglyphs(), summary.invisibles(),
                summary.contentKey(), summary.fingerprint(), data));
    }
}
