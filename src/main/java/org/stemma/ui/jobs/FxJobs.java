package org.stemma.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link Jobs} as JavaFX {@link Task}s on a small pool of daemon threads (the machine may have two cores). */
public final class FxJobs implements Jobs {

    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Deque<String> running = new ArrayDeque<>();

    public FxJobs() {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stemma-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Call on the JavaFX thread. */
    @Override
    public <T> CompletableFuture<T> submit(String description, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.addLast(description);
        update();
        task.setOnSucceeded(e -> {
            finished(description);
            result.complete(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(description);
            result.completeExceptionally(task.getException());
        });
        pool.execute(task);
        return result;
    }

    private void finished(String description) {
        running.removeFirstOccurrence(description);
        update();
    }

    private void update() {
        busy.set(!running.isEmpty());
        message.set(running.isEmpty() ? "" : running.peekLast());
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
