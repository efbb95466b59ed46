package org.stemma.ui.app;

import java.util.concurrent.CompletableFuture;

/**
 * The narrow hook through which {@link SmokeTest} drives the main window: the window implements it, the
 * smoke test never reaches past it. Its methods are called on the JavaFX application thread.
 */
public interface SmokeTestable {

    /** True once the window lists the sample corpus (at least two articles) ready to be opened. */
    boolean corpusLoaded();

    /**
     * Compares the first two listed articles the way the analyst's own action does. Completes with
     * {@code true} once the comparison is shown, with {@code false} or exceptionally if it could not be.
     */
    CompletableFuture<Boolean> compareFirstTwo();

    /** Completes with the number of families once those out of date at opening are caught up. */
    default CompletableFuture<Integer> familiesCaughtUp() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this window has no families"));
    }
}
