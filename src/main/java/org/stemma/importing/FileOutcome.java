package org.stemma.importing;

import java.nio.file.Path;

/** What became of one file of an import. */
public sealed interface FileOutcome {

    Path path();

    /** Read and added to the library. */
    record Added(Path path, KnownArticle article) implements FileOutcome {
    }

    /** Added, and nearly the same text as an article already held (see {@link NearTwins}). */
    record NearTwin(Path path, KnownArticle article, KnownArticle of, double similarity) implements FileOutcome {
    }

    /** Not added: the same content is already held. */
    record Duplicate(Path path, KnownArticle of) implements FileOutcome {
    }

    /** Not added: the file is no article Stemma can read, for the reason given. */
    record Refused(Path path, String reason) implements FileOutcome {
    }
}
