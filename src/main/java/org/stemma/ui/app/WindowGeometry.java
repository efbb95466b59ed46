package org.stemma.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Locale;

/**
 * The workbench window's size and place. The first time on a screen it takes a share of that screen's
 * visual bounds (so it fits a 1024×640 laptop and does not sprawl over a 4K monitor); afterwards the size
 * the analyst gave it on that screen, kept per screen size, never more than the screen holds.
 */
final class WindowGeometry {

    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;
    /** The share of the screen a first window takes, and the size beyond which more space is no help. */
    static final double SHARE = 0.9;
    private static final double MAX_FIRST_WIDTH = 1600;
    private static final double MAX_FIRST_HEIGHT = 1040;

    private WindowGeometry() {
    }

    /** The screen the window opened on last time, if it is still attached, else the primary one. */
    static Screen screenFor(Settings s) {
        var x = s.number("window.x");
        var y = s.number("window.y");
        if (x.isPresent() && y.isPresent()) {
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x.getAsDouble(), y.getAsDouble(), 80, 40));
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        }
        return Screen.getPrimary();
    }

    /** Width and height of a window opened for the first time on a screen with these visual bounds. */
    static double[] firstSize(Rectangle2D visual) {
        double w = Math.min(MAX_FIRST_WIDTH, Math.round(visual.getWidth() * SHARE));
        double h = Math.min(MAX_FIRST_HEIGHT, Math.round(visual.getHeight() * SHARE));
        // A small screen gets at least the minimum, unless even that does not fit.
        return new double[]{Math.min(visual.getWidth(), Math.max(MIN_WIDTH, w)),
                Math.min(visual.getHeight(), Math.max(MIN_HEIGHT, h))};
    }

    /** The settings' key of a screen ("window.1366x768."): sizes are remembered per screen size. */
    static String screenKey(Rectangle2D visual) {
        return String.format(Locale.ROOT, "window.%dx%d.", Math.round(visual.getWidth()), Math.round(visual.getHeight()));
    }

    static void restore(Stage stage, Settings s) {
        Screen screen = screenFor(s);
        Rectangle2D visual = screen.getVisualBounds();
        String key = screenKey(visual);
        double[] first = firstSize(visual);
        double w = Math.min(visual.getWidth(), s.number(key + "width").orElse(first[0]));
        double h = Math.min(visual.getHeight(), s.number(key + "height").orElse(first[1]));
        stage.setWidth(Math.max(Math.min(MIN_WIDTH, visual.getWidth()), w));
        stage.setHeight(Math.max(Math.min(MIN_HEIGHT, visual.getHeight()), h));
        var x = s.number(key + "x");
        var y = s.number(key + "y");
        if (x.isPresent() && y.isPresent() && visual.contains(x.getAsDouble() + 40, y.getAsDouble() + 20)) {
            stage.setX(Math.min(x.getAsDouble(), visual.getMaxX() - stage.getWidth()));
            stage.setY(Math.min(y.getAsDouble(), visual.getMaxY() - stage.getHeight()));
        } else {
            stage.setX(visual.getMinX() + (visual.getWidth() - stage.getWidth()) / 2);
            stage.setY(visual.getMinY() + (visual.getHeight() - stage.getHeight()) / 3);
        }
        // Only when it was: under Openbox an unmaximise before the first show shrank the window to its minimum.
        if (s.flagOr("window.maximized", false)) {
            stage.setMaximized(true);
        }
    }

    /** How long after showing a shrink is taken for the window manager's, not the analyst's. */
    private static final javafx.util.Duration SETTLING = javafx.util.Duration.seconds(2);

    /**
     * Keeps the size the window was shown with while the window manager settles it. Under Openbox the
     * first configure after mapping shrank a new window to its minimum (the GTK default of 200×200 without
     * one), clipping the content: the size is set again, and the minimum only set once it stands.
     */
    static void holdFirstSize(Stage stage, double width, double height) {
        javafx.beans.InvalidationListener hold = o -> {
            if (!stage.isMaximized() && (stage.getWidth() < width - 1 || stage.getHeight() < height - 1)) {
                javafx.application.Platform.runLater(() -> {
                    stage.setWidth(width);
                    stage.setHeight(height);
                });
            }
        };
        stage.widthProperty().addListener(hold);
        stage.heightProperty().addListener(hold);
        javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            stage.widthProperty().removeListener(hold);
            stage.heightProperty().removeListener(hold);
            stage.setMinWidth(Math.min(MIN_WIDTH, width));
            stage.setMinHeight(Math.min(MIN_HEIGHT, height));
        });
        settled.play();
    }

    /** Remembers the place and size on the screen the window stands on (not when maximised or iconified). */
    static void save(Stage stage, Settings s) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                    Math.max(1, stage.getHeight()));
            Rectangle2D visual = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
            String key = screenKey(visual);
            s.number("window.x", stage.getX());
            s.number("window.y", stage.getY());
            s.number(key + "x", stage.getX());
            s.number(key + "y", stage.getY());
            s.number(key + "width", stage.getWidth());
            s.number(key + "height", stage.getHeight());
        }
        s.flag("window.maximized", stage.isMaximized());
    }
}
