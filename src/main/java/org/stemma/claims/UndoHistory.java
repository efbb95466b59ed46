package org.stemma.claims;

import org.stemma.store.ProjectException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The analyst's edits of one open project, for Undo (Ctrl+Z) and Redo (Ctrl+Y). A new edit clears what
 * was undone. A step that fails (say the file is locked) stays where it is, so it can be tried again.
 * Plain Java: the window binds its menu items through {@link #addListener}.
 */
public final class UndoHistory {

    /** Edits kept for undo; older ones drop off (their changes stay saved, and in the claims' history). */
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final List<Consumer<Touched>> listeners = new CopyOnWriteArrayList<>();

    public UndoHistory() {
        this(DEFAULT_LIMIT);
    }

    public UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one edit");
        }
        this.limit = limit;
    }

    /** Adds an edit that has just been made. */
    public synchronized void record(Edit edit) {
        done.push(edit);
        while (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        changed(edit.touched());
    }

    public synchronized boolean canUndo() {
        return !done.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The label of the edit {@link #undo()} would take back. */
    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(Edit::label);
    }

    /** Takes back the latest edit; does nothing when there is none. */
    public synchronized void undo() throws ProjectException {
        Edit edit = done.peek();
        if (edit != null) {
            edit.undo();
            undone.push(done.pop());
            changed(edit.touched());
        }
    }

    /** Makes the latest undone edit again; does nothing when there is none. */
    public synchronized void redo() throws ProjectException {
        Edit edit = undone.peek();
        if (edit != null) {
            edit.redo();
            done.push(undone.pop());
            changed(edit.touched());
        }
    }

    /** Forgets every edit, e.g. when the project is closed. */
    public synchronized void clear() {
        done.clear();
        undone.clear();
        changed(Touched.NOTHING);
    }

    /**
     * {@code listener} runs after every change of what can be undone or redone, on the thread that made
     * it, with what the edit made, undone or redone touched.
     */
    public void addListener(Consumer<Touched> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Touched> listener) {
        listeners.remove(listener);
    }

    private void changed(Touched touched) {
        listeners.forEach(l -> l.accept(touched));
    }
}
