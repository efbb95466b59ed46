package org.stemma.ui.app;

import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the screenshot drivers share, besides {@link AppUnderTest}'s sample project and choice of articles:
 * the theme named on the command line, waiting on a busy machine, and the photograph of the whole screen
 * with ImageMagick's {@code import} (the real window under Xvfb and a window manager, not Monocle).
 */
public final class Screenshots {

    private static final System.Logger LOG = System.getLogger(Screenshots.class.getName());

    private Screenshots() {
    }

    /** The dark theme if the drivers' third argument says "dark"; else the window keeps the light one. */
    public static void theme(MainWindow w, String[] arguments) {
        if (arguments.length > 2 && arguments[2].equals("dark")) {
            w.model().preferences().themeProperty().set(Theme.DARK);
        }
    }

    /** Runs {@code r} once {@code ready} holds, looking every quarter second (the machine may be busy). */
    public static void when(BooleanSupplier ready, Runnable r) {
        if (ready.getAsBoolean()) {
            r.run();
        } else {
            after(0.25, () -> when(ready, r));
        }
    }

    /** Runs {@code r} on the JavaFX thread after {@code seconds}. */
    public static void after(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    /** Photographs the whole screen of X display {@code display} (":89") into {@code file}; a failure is logged, not fatal. */
    public static void photograph(String display, Path file) {
        photograph(display, file, List.of());
    }

    /** Photographs only {@code window} as it stands on the screen of {@code display}. */
    public static void photograph(String display, Window window, Path file) {
        String crop = String.format("%dx%d+%d+%d", (int) window.getWidth(), (int) window.getHeight(),
                (int) window.getX(), (int) window.getY());
        photograph(display, file, List.of("-crop", crop, "+repage"));
    }

    private static void photograph(String display, Path file, List<String> options) {
        List<String> command = new ArrayList<>(List.of("import", "-window", "root", "-display", display));
        command.addAll(options);
        command.add(file.toString());
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "screenshot " + file + " failed", e);
        }
    }
}
