package org.stemma.ui.claims;

import org.stemma.platform.Causes;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.text.Span;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The view model's counterpart computations (decision record 0702), through {@link Jobs}: one claim at a
 * time, so that a project opened with thousands of claims lacking counterparts leaves the other worker
 * free for the compare view; a claim is queued once, and one whose computation failed is not tried again
 * in the session. The claims whose counterparts were stored are handed to {@code stored} when the last
 * computation ends, and meanwhile at most every {@link #READ_INTERVAL_NANOS}, so the table is not
 * redrawn once per claim. Used from the JavaFX thread only.
 */
final class CounterpartJobs {

    /** While computations are still running, stored results are shown at most this often. */
    static final long READ_INTERVAL_NANOS = 2_000_000_000L;

    private final CounterpartFinder finder;
    private final Jobs jobs;
    private final Consumer<String> problems;
    private final Consumer<Set<Long>> stored;
    private final Queue<Claim> queue = new ArrayDeque<>();
    private final Set<Long> pending = new HashSet<>();
    private final Set<Long> failed = new HashSet<>();
    private final Set<Long> unshown = new HashSet<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final LongSupplier clock;
    private boolean computing;
    /** When {@code stored} last ran; none yet at first. */
    private long lastShown;
    private boolean shownYet;

    /**
     * @param problems told why a computation failed
     * @param stored   given the claims whose counterparts were stored, to show them
     * @param clock    nanoseconds, as {@link System#nanoTime}
     */
    CounterpartJobs(CounterpartFinder finder, Jobs jobs, Consumer<String> problems, Consumer<Set<Long>> stored,
                    LongSupplier clock) {
        this.finder = finder;
        this.jobs = jobs;
        this.problems = problems;
        this.stored = stored;
        this.clock = clock;
    }

    /** How many claims' counterparts are waiting or being computed. */
    ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Computes and stores counterparts for every row that lacks one for some of the other articles. */
    void complete(List<ClaimRow> rows, int otherArticles) {
        for (ClaimRow r : rows) {
            if (r.counterparts().size() < otherArticles && !failed.contains(r.id()) && pending.add(r.id())) {
                queue.add(r.claim());
            }
        }
        running.set(pending.size());
        next();
    }

    /** Computes the counterparts of a passage without storing them; {@code then} gets an empty list on failure. */
    void preview(long documentId, Span passage, Consumer<List<ClaimCounterpart>> then) {
        jobs.submit("Finding counterparts", () -> finder.find(0, documentId, passage)).whenComplete((found, e) -> {
            if (e != null) {
                problems.accept("Counterparts not found: " + Causes.describe(cause(e))); // Job has logged it
            }
            then.accept(e == null ? found : List.of());
        });
    }

    private void next() {
        if (computing || queue.isEmpty()) {
            return;
        }
        Claim claim = queue.poll();
        computing = true;
        jobs.submit("Finding counterparts", () -> {
            finder.update(claim);
            return claim.id();
        }).whenComplete((id, e) -> {
            computing = false;
            done(claim.id(), e == null ? null : Causes.describe(cause(e)));
            next();
        });
    }

    private void done(long claimId, String problem) {
        pending.remove(claimId);
        running.set(pending.size());
        if (problem != null) {
            failed.add(claimId);
            problems.accept("Counterparts not found: " + problem);
        }
        unshown.add(claimId);
        long now = clock.getAsLong();
        if (pending.isEmpty() || !shownYet || now - lastShown >= READ_INTERVAL_NANOS) {
            shownYet = true;
            lastShown = now;
            Set<Long> show = Set.copyOf(unshown);
            unshown.clear();
            stored.accept(show);
        }
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
