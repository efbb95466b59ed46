package org.stemma.session;

/** What changed in a corpus session; told to its listeners on the thread that made the change. */
public sealed interface CorpusChange {

    long id();

    /** An article was added (or re-imported: removed, then added under a new id). */
    record Added(SessionArticle article) implements CorpusChange {
        @Override
        public long id() {
            return article.id();
        }
    }

    record Removed(long id) implements CorpusChange {
    }
}
