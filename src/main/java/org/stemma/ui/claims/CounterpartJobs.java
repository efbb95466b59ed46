package org.stemma.ui.claims;

import org.stemma.platform.Causes;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.claims.CounterpartFinder;
import org.stemma.store.ProjectException;
import org.stemma.text.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The view model's counterpart computations (decision record 0702): each runs on {@code background} and
 * reports on {@code ui}; a claim is computed once at a time, and one whose computation failed is not
 * tried again in the session. The claims are read again when the last running computation ends, and
 * meanwhile at most every {@link #READ_INTERVAL_NANOS}: a project opened with thousands of claims
 * lacking counterparts would otherwise reload its whole table once per claim. Used from the ui thread only.
 */
final class CounterpartJobs {

    private static final System.Logger LOG = System.getLogger(CounterpartJobs.class.getName());

    /** While computations are still running, the claims are read again at most this often. */
    static final long READ_INTERVAL_NANOS = 2_000_000_000L;

    private final CounterpartFinder finder;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> problems;
    private final Runnable stored;
    private final Set<Long> pending = new HashSet<>();
    private final Set<Long> failed = new HashSet<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final LongSupplier clock;
    /** When {@code stored} last ran because computations ended; none yet at first. */
    private long lastRead;
    private boolean readYet;

    /**
     * @param problems told why a computation failed
     * @param stored   run after counterparts were stored, to read them
     */
    CounterpartJobs(CounterpartFinder finder, Executor background, Executor ui, Consumer<String> problems,
                    Runnable stored) {
        this(finder, background, ui, problems, stored, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    CounterpartJobs(CounterpartFinder finder, Executor background, Executor ui, Consumer<String> problems,
                    Runnable stored, LongSupplier clock) {
        this.clock = clock;
        this.finder = finder;
        this.background = background;
        this.ui = ui;
        this.problems = problems;
        this.stored = stored;
    }

    /** How many claims' counterparts are being computed. */
    ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Computes and stores counterparts for every row that lacks one for some of the other articles. */
    void complete(List<ClaimRow> rows, int otherArticles) {
        // All are marked before any starts: a job run at once reads the claims again and must not restart the rest.
        List<Claim> missing = rows.stream()
                .filter(r -> r.counterparts().size() < otherArticles && !pending.contains(r.id()) && !failed.contains(r.id()))
                .map(ClaimRow::claim).toList();
        missing.forEach(c -> pending.add(c.id()));
        running.set(pending.size());
        for (Claim claim : missing) {
            background.execute(() -> {
                String problem = null;
                try {
                    finder.update(claim);
                } catch (ProjectException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "counterparts of claim " + claim.id() + " not found", e);
                    problem = Causes.describe(e);
                }
                String why = problem;
                ui.execute(() -> done(claim.id(), why));
            });
        }
    }

    /** Computes the counterparts of a passage without storing them; {@code then} gets an empty list on failure. */
    void preview(long documentId, Span passage, Consumer<List<ClaimCounterpart>> then) {
        background.execute(() -> {
            List<ClaimCounterpart> found = List.of();
            String problem = null;
            try {
                found = finder.find(0, documentId, passage);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "counterparts of a passage not found", e);
                problem = Causes.describe(e);
            }
            List<ClaimCounterpart> result = found;
            String why = problem;
            ui.execute(() -> {
                if (why != null) {
                    problems.accept("Counterparts not found: " + why);
                }
                then.accept(result);
            });
        });
    }

    private void done(long claimId, String problem) {
        pending.remove(claimId);
        running.set(pending.size());
        if (problem != null) {
            failed.add(claimId);
            problems.accept("Counterparts not found: " + problem);
        }
        long now = clock.getAsLong();
        if (pending.isEmpty() || !readYet || now - lastRead >= READ_INTERVAL_NANOS) {
            readYet = true;
            lastRead = now;
            stored.run();
        }
    }
}
