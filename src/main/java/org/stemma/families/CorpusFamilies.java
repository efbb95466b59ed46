package org.stemma.families;

import org.stemma.model.Family;
import org.stemma.model.PairScore;
import org.stemma.session.CorpusChange;
import org.stemma.session.CorpusSession;
import org.stemma.store.FamilyStore;
import org.stemma.store.ProjectException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The families of one corpus session, kept up to date as its articles come and go. Articles and their
 * analyses are the session's (never read again from the project); in a project the families are read
 * from the file when it opens (nothing computed) and written back after each update. Changes the
 * session tells are queued; {@link #update} aligns only the pairs touching them and derives only the
 * families they touch. The engine itself is built on the first update, since showing stored families
 * needs no analysis at all.
 */
public final class CorpusFamilies implements AutoCloseable {

    private final CorpusSession session;
    private final Consumer<CorpusChange> listener = this::changed;
    /** Changes since the last update, in order: id -> added (true) or removed (false). */
    private final Map<Long, Boolean> changes = new LinkedHashMap<>();
    private final FamilyStore.Saved stored;
    private FamilyEngine engine;
    private volatile List<Family> families;

    private CorpusFamilies(CorpusSession session, FamilyStore.Saved stored) {
        this.session = session;
        this.stored = stored;
        this.families = stored.families();
        session.addListener(listener);
    }

    /** The families of {@code session}: in a project, those stored in it (read, not computed). */
    public static CorpusFamilies open(CorpusSession session) throws ProjectException {
        FamilyStore.Saved stored = session.project().isPresent() ? session.project().get().families().load()
                : new FamilyStore.Saved(List.of(), List.of(), List.of());
        return new CorpusFamilies(session, stored);
    }

    /** The families as they stand (stored ones until the first update). */
    public List<Family> families() {
        return families;
    }

    /** The aligner's score of every candidate pair behind the families (stored ones until the first update). */
    public synchronized List<PairScore> scores() {
        return engine == null ? stored.pairs() : engine.scores();
    }

    /** Whether {@link #update} has anything to do: articles added or removed, or never taken in. */
    public synchronized boolean stale() {
        if (!changes.isEmpty()) {
            return true;
        }
        if (engine != null) {
            return false;
        }
        return !new java.util.HashSet<>(stored.articles()).containsAll(session.documentIds());
    }

    /**
     * Brings the families in line with the session: aligns the candidate pairs not aligned yet (all of
     * them the first time, those of the articles added since after that), derives the families that
     * changed, and stores the result in the project.
     */
    public List<Family> update(FamilyEngine.Progress progress) throws ProjectException {
        FamilyEngine e;
        Map<Long, Boolean> todo;
        synchronized (this) {
            if (engine == null) {
                changes.clear();
                engine = start();
            }
            e = engine;
            todo = new LinkedHashMap<>(changes);
            changes.clear();
        }
        for (Map.Entry<Long, Boolean> c : todo.entrySet()) {
            if (c.getValue() && session.article(c.getKey()).isPresent()) {
                e.add(c.getKey(), session.analysis(c.getKey()));
            } else if (!c.getValue()) {
                e.remove(c.getKey());
            }
        }
        List<Family> found = e.update(session.index(), progress);
        if (session.project().isPresent()) {
            session.project().get().families().save(e.scores(), found, e.taken());
        }
        families = found;
        return found;
    }

    /** How many pairs have been aligned and families derived since opening (for tests and benchmarks). */
    public synchronized long alignments() {
        return engine == null ? 0 : engine.alignments();
    }

    public synchronized long derivations() {
        return engine == null ? 0 : engine.derivations();
    }

    @Override
    public void close() {
        session.removeListener(listener);
    }

    private FamilyEngine start() {
        FamilyEngine e = new FamilyEngine(session::analysis);
        for (long id : session.documentIds()) {
            e.add(id, session.analysis(id));
        }
        e.restore(stored.pairs(), stored.families(), stored.articles());
        return e;
    }

    private synchronized void changed(CorpusChange change) {
        changes.put(change.id(), !(change instanceof CorpusChange.Removed));
    }
}
