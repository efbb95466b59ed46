package org.stemma.ui.reader;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
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

    ReaderWindow(Window mainWindow, ArticleReader reader, List<String> stylesheets) {
        this.reader = reader;
        stage.initOwner(mainWindow);
        stage.setTitle(reader.model().title() + " — Stemma");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(reader);
        scene.getStylesheets().setAll(stylesheets);
        // A handler, not a filter: Esc that closes a menu or popup in the window stays theirs.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setWidth(Math.min(WIDTH, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(HEIGHT, screen.getHeight() * 0.9));
        if (mainWindow instanceof Stage s) {
            stage.getIcons().setAll(s.getIcons());
        }
    }

    public ArticleReader reader() {
        return reader;
    }

    public Stage stage() {
        return stage;
    }

    void show() {
        if (stage.isShowing()) {
            stage.toFront();
            return;
        }
        // Its size under Openbox over a maximised workbench: ui.app.SecondaryWindows (decision 1440).
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
