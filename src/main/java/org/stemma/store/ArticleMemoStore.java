package org.stemma.store;

import org.stemma.model.ArticleMemo;

import java.util.List;
import java.util.Optional;

/** The analyst's memos on articles, at most one per article; an empty memo is stored as none. */
public final class ArticleMemoStore {

    private final ProjectFile project;

    ArticleMemoStore(ProjectFile project) {
        this.project = project;
    }

    /** Every memo, by article. */
    public List<ArticleMemo> list() throws ProjectException {
        return project.read(c -> Statements.query(c, "SELECT document_id, memo FROM document_memo ORDER BY document_id",
                rs -> new ArticleMemo(rs.getLong(1), rs.getString(2))));
    }

    /** The article's memo, empty when it has none. */
    public ArticleMemo get(long documentId) throws ProjectException {
        Optional<String> memo = project.read(c -> Statements.first(c,
                "SELECT memo FROM document_memo WHERE document_id = ?", rs -> rs.getString(1), documentId));
        return new ArticleMemo(documentId, memo.orElse(""));
    }

    /** Writes the memo; an empty one removes it. An article that is not there is refused. */
    public void put(ArticleMemo memo) throws ProjectException {
        project.write(c -> {
            if (Statements.first(c, "SELECT id FROM document WHERE id = ?", rs -> rs.getLong(1), memo.documentId())
                    .isEmpty()) {
                throw new IllegalArgumentException("there is no article " + memo.documentId());
            }
            if (memo.isEmpty()) {
                return Statements.update(c, "DELETE FROM document_memo WHERE document_id = ?", memo.documentId());
            }
            return Statements.update(c, "INSERT INTO document_memo (document_id, memo) VALUES (?, ?) "
                    + "ON CONFLICT (document_id) DO UPDATE SET memo = excluded.memo", memo.documentId(), memo.memo());
        });
    }
}
