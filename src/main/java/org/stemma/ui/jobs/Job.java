package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One piece of work given to {@link Jobs}: its result, its progress and message for a progress window,
 * and cancel. The result and the properties change on the thread behind {@code ui} (the JavaFX thread
 * in the program); progress reported faster than that thread takes it is coalesced.
 */
public final class Job<T> {

    private static final System.Logger LOG = System.getLogger(Job.class.getName());

    private record Report(double progress, String message) {
    }

    private final String description;
    private final Executor ui;
    private final Runnable finished;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Report> pending = new AtomicReference<>();

    private final Jobs.Progress reporter = new Jobs.Progress() {
        @Override
        public void update(long done, long total, String text) {
            Report report = new Report(total > 0 ? (double) done / total : -1, text == null ? "" : text);
            if (pending.getAndSet(report) == null) {
                ui.execute(() -> {
                    Report latest = pending.getAndSet(null);
                    progress.set(latest.progress());
                    message.set(latest.message());
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    };

    /** For implementations of {@link Jobs}. */
    public Job(String description, Executor ui) {
        this(description, ui, () -> { });
    }

    /**
     * @param finished run through {@code ui} just before the result completes (not as a dependent of it,
     *                 which a thread waiting on the result could end up running)
     */
    public Job(String description, Executor ui, Runnable finished) {
        this.description = description;
        this.ui = ui;
        this.finished = finished;
    }

    /** Runs the work on the calling thread and completes the job through {@code ui}; failures are logged. */
    public void run(Jobs.Work<T> work) {
        try {
            T value = work.run(reporter);
            ui.execute(() -> {
                finished.run();
                result.complete(value);
            });
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Background work failed: " + description, e);
            ui.execute(() -> {
                finished.run();
                result.completeExceptionally(e);
            });
        }
    }

    public String description() {
        return description;
    }

    /** Completes on the JavaFX thread. */
    public CompletableFuture<T> result() {
        return result;
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks the work to stop at its next safe point; what it has done stays. Any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isDone() {
        return result.isDone();
    }
}
