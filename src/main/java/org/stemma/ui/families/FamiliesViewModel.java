package org.stemma.ui.families;

import org.stemma.families.CorpusFamilies;
import org.stemma.families.FamilyEngine;
import org.stemma.model.Family;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.session.CorpusSession;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The families of the open corpus session. When a project opens, its stored families are shown as they
 * are (read in the background, nothing computed); when articles are added or removed (the session's
 * change listeners) only what they touch is computed again. Families missing or out of date at opening
 * are caught up only when {@link #catchUp} is called (decision 0924: when the window is idle or the
 * analyst asks for them), so that work never delays the table or the first comparison. All work runs
 * through the one {@link Jobs} seam, with progress and cancel, and its parallel parts on one thread.
 * Articles are known by their session id.
 */
public final class FamiliesViewModel {

    private static final System.Logger LOG = System.getLogger(FamiliesViewModel.class.getName());

    /** A corpus this small is caught up at opening: its families take seconds, not minutes. */
    static final int CATCH_UP_AT_ONCE = 500;

    private final int atOnce;
    private final Corpus corpus;
    private final Jobs jobs;
    private final Executor fx;
    private final ObservableList<Family> families = FXCollections.observableArrayList();
    private final ObjectProperty<Family> selected = new SimpleObjectProperty<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private CorpusFamilies current;
    private Job<List<Family>> job;
    private boolean again;
    private CompletableFuture<List<Family>> opening = CompletableFuture.completedFuture(List.of());
    /** The families shown are out of date with the session and no update has been asked for yet. */
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private Map<PairKey, PairScore> scores = Map.of();
    private final Map<Long, Family> byMember = new HashMap<>();

    /** @param fx runs a change of the properties on the JavaFX thread ({@code Platform::runLater}) */
    public FamiliesViewModel(Corpus corpus, Jobs jobs, Executor fx) {
        this(corpus, jobs, fx, CATCH_UP_AT_ONCE);
    }

    /** @param atOnce the most articles whose out-of-date families are caught up at opening (tests: 0) */
    FamiliesViewModel(Corpus corpus, Jobs jobs, Executor fx, int atOnce) {
        this.atOnce = atOnce;
        this.corpus = corpus;
        this.jobs = jobs;
        this.fx = fx;
        corpus.sessionProperty().addListener((o, was, now) -> opening = open(now));
        if (corpus.sessionProperty().get() != null) {
            opening = open(corpus.sessionProperty().get());
        }
    }

    /**
     * Shows the families stored with {@code session} (read in the background); if they are stale, a small
     * corpus is updated at once and a large one waits for {@link #catchUp}.
     */
    private CompletableFuture<List<Family>> open(CorpusSession session) {
        cancel();
        waiting.set(false);
        if (current != null) {
            current.close();
            current = null;
        }
        show(List.of(), List.of());
        if (session == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return jobs.submit("Reading families", () -> CorpusFamilies.open(session)).thenCompose(opened -> {
            if (corpus.sessionProperty().get() != session) {
                opened.close();
                return CompletableFuture.completedFuture(List.<Family>of());
            }
            current = opened;
            session.addListener(change -> fx.execute(() -> {
                if (current == opened) {
                    find();
                }
            }));
            show(opened.families(), opened.scores());
            if (opened.stale() && session.size() <= atOnce) {
                return find();
            }
            waiting.set(opened.stale());
            return CompletableFuture.completedFuture(opened.families());
        }).exceptionally(failure -> {
            LOG.log(System.Logger.Level.ERROR, "the families of " + session.name() + " could not be read", failure);
            return List.of();
        });
    }

    /** Starts the update that opening left waiting, if any (else does nothing). Call on the JavaFX thread. */
    public CompletableFuture<List<Family>> catchUp() {
        if (!waiting.get()) {
            return job != null ? job.result() : CompletableFuture.completedFuture(families);
        }
        return find();
    }

    /** Runs an action once after a delay, unless the returned cancel runs first. */
    @FunctionalInterface
    public interface Timer {
        Runnable schedule(Duration delay, Runnable action);
    }

    /**
     * Families out of date at opening are caught up once no job has run for {@code idle} (the table listed,
     * the analyst reading or comparing), decision 0924. The window's {@code timer} is a pause on the JavaFX
     * thread; a test's counts time of its own, so the trigger is tested without a toolkit or a real wait.
     */
    public void catchUpWhenIdle(Duration idle, Timer timer) {
        Runnable[] cancel = {() -> { }};
        InvalidationListener wait = o -> {
            cancel[0].run();
            cancel[0] = waiting.get() && !jobs.busyProperty().get() ? timer.schedule(idle, () -> {
                if (!jobs.busyProperty().get()) {
                    catchUp();
                }
            }) : () -> { };
        };
        jobs.busyProperty().addListener(wait);
        waiting.addListener(wait);
    }

    /** The families once the session's are read and caught up (the smoke test's families run, bench/corpus.sh). */
    public CompletableFuture<List<Family>> caughtUp() {
        return opening.thenCompose(read -> catchUp());
    }

    /**
     * Updates the families with what changed in the session (everything, the first time); while an
     * update runs, another is queued. Call on the JavaFX thread.
     */
    public CompletableFuture<List<Family>> find() {
        CorpusFamilies target = current;
        if (target == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        waiting.set(false);
        if (job != null && !job.isDone()) {
            again = true;
            return job.result();
        }
        running.set(true);
        progress.set(0);
        Job<List<Family>> mine = jobs.start("Finding families", p -> OneThread.run(() -> target.update(new FamilyEngine.Progress() {
            @Override
            public void report(long done, long total) {
                p.update(done, total, "Finding families: " + done + " of " + total + " pairs aligned");
                fx.execute(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        })));
        job = mine;
        return mine.result().handle((result, failure) -> {
            if (job == mine) {
                running.set(false);
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (!(cause instanceof CancellationException)) {
                    LOG.log(System.Logger.Level.ERROR, "finding families failed", cause);
                }
                return List.<Family>of();
            }
            if (current == target) {
                show(result, target.scores());
                if (again) {
                    again = false;
                    find();
                }
            }
            return result;
        });
    }

    private void show(List<Family> found, List<PairScore> pairs) {
        Map<PairKey, PairScore> byPair = new HashMap<>();
        pairs.forEach(s -> byPair.put(s.key(), s));
        scores = byPair;
        byMember.clear();
        found.forEach(f -> f.members().forEach(m -> byMember.put(m, f)));
        Family was = selected.get();
        families.setAll(found);
        selected.set(found.isEmpty() ? null : was == null ? found.get(0)
                : found.stream().filter(f -> f.members().contains(was.members().get(0))).findFirst().orElse(found.get(0)));
    }

    /** Stops the update under way; the families found before stay. */
    public void cancel() {
        again = false;
        if (job != null) {
            job.cancel();
        }
        running.set(false);
    }

    /** Whether the families shown are out of date and their update waits for {@link #catchUp}. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** The session's families (null before a session's families were read): for tests. */
    CorpusFamilies current() {
        return current;
    }

    public ObservableList<Family> families() {
        return families;
    }

    public ObjectProperty<Family> selectedProperty() {
        return selected;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public Optional<Family> familyOf(Article article) {
        return Optional.ofNullable(byMember.get(article.sessionId()));
    }

    /** How the corpus table shows an article's family: its number and size, or "alone". */
    public FamilyTag tag(Article article) {
        if (current == null || (running.get() || waiting.get()) && byMember.isEmpty()) {
            return FamilyTag.UNKNOWN;
        }
        return familyOf(article).map(f -> new FamilyTag(f.id(), f.members().size())).orElse(FamilyTag.ALONE);
    }

    public Article article(long id) {
        return corpus.byId(id).orElseThrow();
    }

    public long id(Article article) {
        return article.sessionId();
    }

    /** The aligner's score of two articles, if they were a candidate pair. */
    public Optional<PairScore> score(long a, long b) {
        return a == b ? Optional.empty() : Optional.ofNullable(scores.get(PairKey.of(a, b)));
    }
}
