package org.stemma.session;

/** What changed in a corpus session; told to its listeners on the thread that made the change. */
public sealed interface CorpusChange {

    long id();

    /** An article was added. */
    record Added(SessionArticle article) implements CorpusChange {
        @Override
        public long id() {
            return article.id();
        }
    }

    /** An article was re-imported in place: same id and name, a new text and analysis. */
    record Replaced(SessionArticle article) implements CorpusChange {
        @Override
        public long id() {
            return article.id();
        }
    }

    record Removed(long id) implements CorpusChange {
    }
}
