package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs work off the JavaFX thread. The returned future completes on the JavaFX thread, so what is
 * chained on it may touch the window. View models take a {@code Jobs} so that their tests can run the
 * work in place, without a toolkit.
 */
public interface Jobs {

    <T> CompletableFuture<T> submit(String description, Callable<T> work);

    /** Whether any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the most recent running work is doing, for the status bar. */
    ReadOnlyStringProperty messageProperty();
}
