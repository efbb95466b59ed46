package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The one way the window runs work off the JavaFX thread. Results arrive on the JavaFX thread, so what
 * is chained on them may touch the window. View models take a {@code Jobs} so that their tests can run
 * the work in place, or hold it and finish it in any order, without a toolkit. Call on the JavaFX thread.
 */
public interface Jobs {

    /** Work that reports progress and can be cancelled (an import). */
    <T> Job<T> start(String description, Work<T> work);

    /** Work that needs neither progress nor cancel. */
    default <T> CompletableFuture<T> submit(String description, Callable<T> work) {
        return start(description, progress -> work.call()).result();
    }

    /** Whether any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the most recent running work is doing, for the status bar. */
    ReadOnlyStringProperty messageProperty();

    /** A piece of work, run off the JavaFX thread; it may report to {@code progress} and should stop when asked. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work tells its job, from its own thread. */
    interface Progress {
        /** @param total 0 or less while the amount of work is not known */
        void update(long done, long total, String message);

        /** Whether {@link Job#cancel()} was called: stop at the next safe point, keeping what is done. */
        boolean cancelled();
    }
}
