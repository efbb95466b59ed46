package org.stemma.ui.app;

import org.stemma.ui.collation.CollationView;
import org.stemma.ui.compare.CompareView;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The window's keys that are no menu's accelerator: F7 / Shift+F7 and Alt+Down / Alt+Up step through
 * changes wherever the focus is, even in a text pane or the table, which would otherwise take the keys for
 * themselves; Ctrl+= and the keypad zoom. Also the rows the shortcuts dialog lists for keys no menu shows.
 */
final class WindowKeys {

    private WindowKeys() {
    }

    /** Catches the window's own keys in {@code scene} before any control takes them. */
    static void install(Scene scene, CompareView compareView, ViewPreferences p) {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(new KeyCodeCombination(KeyCode.F7), compareView::next);
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), compareView::previous);
        keys.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), compareView::next);
        keys.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), compareView::previous);
        // Ctrl+= and Ctrl+Shift+= (where + is typed with Shift) and the keypad's + and −.
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), p::zoomOut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.entrySet().stream()
                .filter(k -> k.getKey().match(e)).findFirst().ifPresent(k -> {
                    k.getValue().run();
                    e.consume();
                }));
    }

    /** The keys no menu shows, for the shortcuts dialog: these and those the controls handle themselves. */
    static List<Shortcuts.Row> rows() {
        String ctrl = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText().replace("A", "");
        return List.of(
                new Shortcuts.Row("Alt+Down", "Next change (also in a pane or the table)"),
                new Shortcuts.Row("Alt+Up", "Previous change"),
                new Shortcuts.Row(ctrl + "=, " + ctrl + "Shift+=, " + ctrl + "keypad +", "Zoom in: larger text everywhere"),
                new Shortcuts.Row(ctrl + "keypad −", "Zoom out"),
                new Shortcuts.Row("Enter or click in a pane", "Select the counterpart of the sentence there"),
                new Shortcuts.Row("Down or Enter in the filter", "Go to the table"),
                new Shortcuts.Row("Esc in the filter", "Clear the filter"),
                new Shortcuts.Row("Tab, Shift+Tab", "Move between the filter, the table, the panes and the buttons"),
                new Shortcuts.Row("Enter or double-click in the table", "Read the article in its own window"),
                new Shortcuts.Row("Esc or " + ctrl + "W in a reader", "Close the reader"),
                new Shortcuts.Row(CollationView.TAG.getDisplayText() + " in the collation",
                        "Tag the selected cell's passage as a claim"));
    }
}
