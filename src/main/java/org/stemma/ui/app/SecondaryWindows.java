package org.stemma.ui.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.event.EventHandler;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Gives every window other than the workbench the size it asked for: the stemma, ledger, collation, tags
 * report, copies, reader and import windows and every dialog, whoever opens them. Under Openbox a window
 * mapped while the workbench is maximised came up at 200×200 whatever size it asked for (decision 1440):
 * once it is mapped its size is asked for again (a changed value first: an equal one is not passed on), and
 * for a short while a shrink below it is undone, as {@link WindowGeometry#holdFirstSize} does for the
 * workbench. A modal window that closes gives a maximised workbench its maximised state back.
 */
final class SecondaryWindows {

    private static final Duration SETTLING = Duration.seconds(1.5);

    private final Window main;
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::opened);
        }
    };

    SecondaryWindows(Window main) {
        this.main = main;
    }

    void start() {
        Window.getWindows().addListener(opened);
    }

    void stop() {
        Window.getWindows().removeListener(opened);
    }

    private void opened(Window window) {
        if (window == main || window instanceof PopupWindow || !(window instanceof Stage stage)) {
            return;
        }
        if (stage.getModality() != Modality.NONE) {
            keepMaximised(stage);
        }
        // A size the window or its scene was given; none for a window sized to its content as the show completes.
        double[] given = stage.getWidth() > 0 && stage.getHeight() > 0 ? new double[]{stage.getWidth(), stage.getHeight(), 0}
                : stage.getScene() != null && stage.getScene().getWidth() > 0 && stage.getScene().getHeight() > 0
                ? new double[]{stage.getScene().getWidth(), stage.getScene().getHeight(), 1} : null;
        EventHandler<WindowEvent> shown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                // After the pulse that styles the scene, when its content knows the size it wants.
                Platform.runLater(() -> {
                    if (given == null) {
                        hold(stage, wanted(stage, true), wanted(stage, false));
                    } else if (given[2] == 0 || stage.getScene() == null) {
                        hold(stage, given[0], given[1]);
                    } else {
                        // A scene's size: the window's is that and the decorations.
                        hold(stage, given[0] + Math.max(0, stage.getWidth() - stage.getScene().getWidth()),
                                given[1] + Math.max(0, stage.getHeight() - stage.getScene().getHeight()));
                    }
                });
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
    }

    /**
     * Maximises the workbench again when a modal window that opened over it maximised closes. JavaFX 21
     * on Linux freezes the size of the windows a modal one disables at their size before maximising,
     * which a window manager that honours size hints (Openbox, KWin) takes for an unmaximise
     * (JDK-8332222, fixed in JavaFX 24): every dialog left the analyst's maximised workbench shrunk.
     */
    private void keepMaximised(Stage modal) {
        if (!(main instanceof Stage workbench)) {
            return;
        }
        if (!workbench.isMaximized()) {
            return; // as the modal one maps: the window manager's unmaximise comes after
        }
        EventHandler<WindowEvent> hidden = new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                modal.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                if (workbench.isShowing() && !workbench.isMaximized()) {
                    Platform.runLater(() -> workbench.setMaximized(true));
                }
            }
        };
        modal.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
    }

    /** Moves a window that grew past its screen's edges back inside them (its title bar most of all). */
    private static void onScreen(Stage stage) {
        var screens = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1);
        var visual = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        stage.setX(Math.max(visual.getMinX(), Math.min(stage.getX(), visual.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(visual.getMinY(), Math.min(stage.getY(), visual.getMaxY() - stage.getHeight())));
    }

    /** The window's size for its content's preferred size, decorations included. */
    private static double wanted(Stage stage, boolean width) {
        var scene = stage.getScene();
        if (scene == null || scene.getRoot() == null) {
            return width ? stage.getWidth() : stage.getHeight();
        }
        scene.getRoot().applyCss();
        double pref = width ? scene.getRoot().prefWidth(-1) : scene.getRoot().prefHeight(scene.getRoot().prefWidth(-1));
        double decoration = width ? stage.getWidth() - scene.getWidth() : stage.getHeight() - scene.getHeight();
        double own = width ? stage.getWidth() : stage.getHeight();
        var screens = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1);
        var visual = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double room = width ? visual.getWidth() : visual.getHeight();
        return Math.max(own, Math.min(room, Math.ceil(pref + Math.max(0, decoration))));
    }

    private static void hold(Stage stage, double width, double height) {
        if (!(width > 0 && height > 0) || !stage.isShowing() || stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        stage.setWidth(width - 1);
        stage.setHeight(height - 1);
        stage.setWidth(width);
        stage.setHeight(height);
        onScreen(stage);
        InvalidationListener hold = o -> {
            if (!stage.isMaximized() && (stage.getWidth() < width - 1 || stage.getHeight() < height - 1)) {
                Platform.runLater(() -> {
                    stage.setWidth(Math.max(width, stage.getWidth()));
                    stage.setHeight(Math.max(height, stage.getHeight()));
                });
            }
        };
        stage.widthProperty().addListener(hold);
        stage.heightProperty().addListener(hold);
        PauseTransition settled = new PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            stage.widthProperty().removeListener(hold);
            stage.heightProperty().removeListener(hold);
        });
        settled.play();
    }
}
