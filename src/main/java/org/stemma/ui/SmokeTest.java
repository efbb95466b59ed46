package org.stemma.ui;

import java.util.concurrent.CompletableFuture;

/**
 * What an installer check needs from a started window (the {@code --smoke-test} option): call both on
 * the JavaFX thread, e.g. from {@code Platform.runLater}.
 */
public interface SmokeTest {

    /** Whether the corpus is shown and every article in it analysed. */
    boolean corpusLoaded();

    /** Compares the first two articles of the corpus; completes with whether a comparison was shown. */
    CompletableFuture<Boolean> compareFirstTwo();
}
