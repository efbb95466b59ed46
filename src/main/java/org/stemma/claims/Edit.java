package org.stemma.claims;

import org.stemma.store.ProjectException;

/** A change the analyst made that can be taken back and made again ({@link UndoHistory}). */
public interface Edit {

    /** What the change was, for the Undo and Redo menu items ("Add claim"). */
    String label();

    /** Puts the project back as it was before the change; nothing is changed if it fails. */
    void undo() throws ProjectException;

    /** Makes the change again after {@link #undo()}; nothing is changed if it fails. */
    void redo() throws ProjectException;

    /** What the change touches, either way; an edit that cannot say touches everything. */
    default Touched touched() {
        return Touched.EVERYTHING;
    }
}
