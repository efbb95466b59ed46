package org.stemma.importing;

import java.nio.file.Path;

/** What became of one file of an import. */
public sealed interface FileOutcome {

    Path path();

    /** What the analyst should know about how an added file was read (see {@link ImportedArticle#note()}), or null. */
    default String note() {
        return null;
    }

    /** Read and added to the library. */
    record Added(Path path, KnownArticle article, String note) implements FileOutcome {
        public Added(Path path, KnownArticle article) {
            this(path, article, null);
        }
    }

    /** Added, and nearly the same text as an article already held (see {@link NearTwins}). */
    record NearTwin(Path path, KnownArticle article, KnownArticle of, double similarity, String note) implements FileOutcome {
        public NearTwin(Path path, KnownArticle article, KnownArticle of, double similarity) {
            this(path, article, of, similarity, null);
        }
    }

    /**
     * Read again: the article imported from this file before now holds its changed text (same name and
     * id, its claims moved with their passages).
     */
    record Updated(Path path, KnownArticle article, String note) implements FileOutcome {
    }

    /** Not added: the same content is already held. */
    record Duplicate(Path path, KnownArticle of) implements FileOutcome {
    }

    /** Not added: the file is no article Stemma can read, for the reason given. */
    record Refused(Path path, String reason) implements FileOutcome {
    }
}
