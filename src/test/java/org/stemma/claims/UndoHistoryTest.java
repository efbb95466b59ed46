package org.stemma.claims;

import org.junit.jupiter.api.Test;
import org.stemma.store.ProjectException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndoHistoryTest {

    /** Edits of a list of words: adding a word, undone by removing it. */
    private static final class AddWord implements Edit {
        private final List<String> words;
        private final String word;
        private boolean failNextUndo;

        AddWord(List<String> words, String word) {
            this.words = words;
            this.word = word;
            words.add(word);
        }

        @Override
        public String label() {
            return "Add " + word;
        }

        @Override
        public void undo() throws ProjectException {
            if (failNextUndo) {
                failNextUndo = false;
                throw new ProjectException("words.stemma: the project is locked");
            }
            words.remove(words.size() - 1);
        }

        @Override
        public void redo() {
            words.add(word);
        }
    }

    @Test
    void undoAndRedoWalkTheEditsInOrder() throws Exception {
        List<String> words = new ArrayList<>();
        UndoHistory history = new UndoHistory();
        List<String> seen = new ArrayList<>();
        history.addListener(touched -> seen.add(history.undoLabel().orElse("-") + "|" + history.redoLabel().orElse("-")));
        for (String w : List.of("Kazakhstan", "cancels", "parade")) {
            history.record(new AddWord(words, w));
        }
        history.undo();
        history.undo();
        assertEquals(List.of("Kazakhstan"), words);
        history.redo();
        assertEquals(List.of("Kazakhstan", "cancels"), words);
        assertEquals(List.of("Add Kazakhstan|-", "Add cancels|-", "Add parade|-", "Add cancels|Add parade",
                "Add Kazakhstan|Add cancels", "Add cancels|Add parade"), seen);
        history.undo();
        history.undo();
        history.undo();
        assertEquals(List.of(), words);
        assertFalse(history.canUndo());
    }

    @Test
    void aFailedUndoStaysToBeTriedAgain() throws Exception {
        List<String> words = new ArrayList<>();
        UndoHistory history = new UndoHistory();
        AddWord edit = new AddWord(words, "Putin");
        history.record(edit);
        edit.failNextUndo = true;
        assertThrows(ProjectException.class, history::undo);
        assertEquals(List.of("Putin"), words);
        assertTrue(history.canUndo());
        assertFalse(history.canRedo());
        history.undo();
        assertEquals(List.of(), words);
    }

    @Test
    void onlyTheLatestEditsAreKept() throws Exception {
        List<String> words = new ArrayList<>();
        UndoHistory history = new UndoHistory(2);
        for (String w : List.of("one", "two", "three")) {
            history.record(new AddWord(words, w));
        }
        history.undo();
        history.undo();
        assertFalse(history.canUndo());
        assertEquals(List.of("one"), words);
    }
}
