package org.stemma.ui.claims;

import org.stemma.platform.Causes;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.stemma.align.CompareOptions;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.text.Span;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The view model's counterpart computations (decision record 0702), through {@link Jobs}: one claim at a
 * time, so that a project opened with thousands of claims lacking counterparts leaves the other worker
 * free for the compare view; a claim is queued once, and one whose computation failed is not tried again
 * in the session. The claims whose counterparts were stored are handed to {@code stored} when the last
 * computation ends, and meanwhile at most every {@link #READ_INTERVAL_NANOS}, so the table is not
 * redrawn once per claim. The counterparts follow the project's difference rules (decision 1421): when
 * they are first known and whenever they change, one cancellable job with progress computes again every
 * claim whose counterparts were computed under other rules, showing what it stored as it goes at the
 * same interval; a newer change cancels it, and a claim whose computation was still running under the
 * old rules is queued again. Used from the JavaFX thread only.
 */
final class CounterpartJobs {

    /** While computations are still running, stored results are shown at most this often. */
    static final long READ_INTERVAL_NANOS = 2_000_000_000L;

    private final Function<CompareOptions, CounterpartFinder> finders;
    private final Jobs jobs;
    private final Consumer<String> problems;
    private final Consumer<String> notices;
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
    /** Computes under the rules last given; the default ones until the project's are known. */
    private CounterpartFinder finder;
    private boolean rulesKnown;
    /** The analyst's rules were given: rules read from the project before they were saved no longer count. */
    private boolean rulesFollowed;
    /** The job bringing the stored counterparts in step with {@link #finder}'s rules, while it runs. */
    private Job<Set<Long>> inStep;

    /**
     * @param finders  a finder for the project under the given rules
     * @param problems told why a computation failed
     * @param notices  told, for the status line, when counterparts were computed again under new rules
     * @param stored   given the claims whose counterparts were stored, to show them
     * @param clock    nanoseconds, as {@link System#nanoTime}
     */
    CounterpartJobs(Function<CompareOptions, CounterpartFinder> finders, Jobs jobs, Consumer<String> problems,
                    Consumer<String> notices, Consumer<Set<Long>> stored, LongSupplier clock) {
        this.finders = finders;
        this.finder = finders.apply(CompareOptions.DEFAULT);
        this.jobs = jobs;
        this.problems = problems;
        this.notices = notices;
        this.stored = stored;
        this.clock = clock;
    }

    /** The rules as read from the project (when it opens or is read again); the analyst's, once given, win. */
    void rulesRead(CompareOptions rules) {
        if (!rulesFollowed) {
            use(rules);
        }
    }

    /** The rules the analyst set (Compare › Options): the stored counterparts are brought in step with them. */
    void follow(CompareOptions rules) {
        rulesFollowed = true;
        use(rules);
    }

    /** The rules the counterparts are computed under now. */
    CompareOptions rules() {
        return finder.rules();
    }

    /** Stops bringing counterparts in step, keeping those stored (e.g. when the project closes). */
    void cancel() {
        if (inStep != null) {
            inStep.cancel();
            inStep = null;
        }
    }

    private void use(CompareOptions rules) {
        if (rulesKnown && rules.fingerprint().equals(finder.rules().fingerprint())) {
            return;
        }
        rulesKnown = true;
        finder = finders.apply(rules);
        failed.clear(); // a claim that failed under the old rules is tried again under the new ones
        cancel();
        CounterpartFinder under = finder;
        Queue<Long> storedSoFar = new ConcurrentLinkedQueue<>();
        Job<Set<Long>> job = jobs.start("Bringing counterparts in step with the difference rules",
                progress -> under.bringInStep(new CounterpartFinder.Steps() {
                    @Override
                    public void stored(long claimId) {
                        storedSoFar.add(claimId);
                    }

                    @Override
                    public void done(int claims, int of) {
                        progress.update(claims, of, "Counterparts under the difference rules: " + claims + " of "
                                + of + (of == 1 ? " claim" : " claims"));
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                }));
        inStep = job;
        // A long recomputation shows what it stored as it goes, at most every READ_INTERVAL_NANOS; its
        // progress reaches the JavaFX thread after each claim, which is when the table may be redrawn.
        Set<Long> shown = new HashSet<>();
        long[] shownAt = {clock.getAsLong()};
        job.progressProperty().addListener((o, was, now) -> {
            long at = clock.getAsLong();
            if (job == inStep && at - shownAt[0] >= READ_INTERVAL_NANOS && !storedSoFar.isEmpty()) {
                shownAt[0] = at;
                Set<Long> show = new HashSet<>();
                for (Long id; (id = storedSoFar.poll()) != null; ) {
                    show.add(id);
                }
                shown.addAll(show);
                stored.accept(show);
            }
        });
        job.result().whenComplete((ids, e) -> {
            if (job != inStep) {
                return; // newer rules were given: their job computes these claims again and shows them
            }
            inStep = null;
            if (e != null) {
                problems.accept("Counterparts not brought in step with the difference rules: "
                        + Causes.describe(cause(e))); // Job has logged it
            } else if (!ids.isEmpty()) {
                Set<Long> rest = new HashSet<>(ids);
                rest.removeAll(shown);
                if (!rest.isEmpty()) {
                    stored.accept(rest);
                }
                notices.accept("Counterparts of " + ids.size() + (ids.size() == 1 ? " claim" : " claims")
                        + " computed again under the difference rules");
            }
        });
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
        CounterpartFinder under = finder;
        jobs.submit("Finding counterparts", () -> under.find(0, documentId, passage)).whenComplete((found, e) -> {
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
        CounterpartFinder under = finder;
        jobs.submit("Finding counterparts", () -> {
            under.update(claim);
            return claim.id();
        }).whenComplete((id, e) -> {
            computing = false;
            if (under != finder) {
                queue.add(claim); // computed under rules changed meanwhile: again, under the new ones
            } else {
                done(claim.id(), e == null ? null : Causes.describe(cause(e)));
            }
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
