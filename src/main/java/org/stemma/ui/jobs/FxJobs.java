package org.stemma.ui.jobs;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link Jobs} on a small pool of daemon threads (the machine may have two cores), reporting on the JavaFX thread. */
public final class FxJobs implements Jobs {

    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Deque<String> running = new ArrayDeque<>();

    public FxJobs() {
        AtomicInteger n = new AtomicInteger();
        // One more thread than cores, up to three: reads of the project queue for its one connection, and a
        // job waiting there (the claims, the families read at opening) must not hold back the comparison the
        // analyst asked for meanwhile.
        int threads = Math.min(3, Runtime.getRuntime().availableProcessors() + 1);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stemma-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Call on the JavaFX thread. */
    @Override
    public <T> Job<T> start(String description, Work<T> work) {
        Job<T> job = new Job<>(description, Platform::runLater, () -> {
            running.removeFirstOccurrence(description);
            update();
        });
        running.addLast(description);
        update();
        pool.execute(() -> job.run(work));
        return job;
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
