package org.stemma.model;

/**
 * The analyst's memo on one article (why it matters, what to check), kept in the project.
 *
 * @param memo never {@code null}; an empty memo is no memo
 */
public record ArticleMemo(long documentId, String memo) {

    public ArticleMemo {
        memo = memo == null ? "" : memo;
    }

    public boolean isEmpty() {
        return memo.isBlank();
    }
}
