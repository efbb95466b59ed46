package org.stemma.ui.reader;

import javafx.application.Platform;
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
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.show();
        // Under Openbox a window opened while the main window is maximised is mapped at 200 × 200 whatever
        // size it asked for; asking again once it is mapped gives it its size (a changed value: an equal one
        // is not passed on).
        Platform.runLater(() -> {
            stage.setWidth(width - 1);
            stage.setHeight(height - 1);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    public void close() {
        stage.close();
    }
}
