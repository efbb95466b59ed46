package org.stemma.ui.reader;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** A window holding one {@link ArticleReader}; Esc or Ctrl+W closes it. */
public final class ReaderWindow {

    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    static final double WIDTH = 900;
    static final double HEIGHT = 700;

    private final Stage stage = new Stage();
    private final ArticleReader reader;

    ReaderWindow(Window owner, ArticleReader reader, List<String> stylesheets) {
        this.reader = reader;
        stage.initOwner(owner);
        stage.setTitle(reader.model().title() + " — Stemma");
        Scene scene = new Scene(reader, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        // A handler, not a filter: Esc that closes a menu or popup in the window stays theirs.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        if (owner instanceof Stage s) {
            stage.getIcons().setAll(s.getIcons());
        }
        stage.setMinWidth(480);
        stage.setMinHeight(320);
    }

    public ArticleReader reader() {
        return reader;
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }
}
