package org.stemma.ui.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.Seeds;

import static org.stemma.ui.app.Screenshots.after;

/**
 * A look under a real window manager (decision 1440): with the workbench maximised, opens a reader, the
 * keyboard shortcuts, the tags report and Compare › Options, prints every window's size and photographs
 * the screen; then closes them and prints whether the workbench is maximised again. {@code Xvfb :89 -screen 0 1366x768x24 &}, {@code DISPLAY=:89 openbox &}, then
 * {@code DISPLAY=:89 java -Duser.home=FRESH -cp … org.stemma.ui.app.WindowsOverMaximised :89 shot.png}.
 */
public final class WindowsOverMaximised {

    private static String[] arguments;

    private WindowsOverMaximised() {
    }

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Driver.class, args);
    }

    public static final class Driver extends StemmaApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            if (!stage.isMaximized()) { after(2.5, () -> stage.setMaximized(true)); }
            after(5, () -> {
                w.model().corpus().byName(Seeds.S000).ifPresent(a -> w.readers().open(a, null));
                w.showShortcuts();
                fire(w, "Tags Report…");
                after(3, () -> {
                    after(3, () -> {
                        for (Window win : Window.getWindows()) {
                            if (win instanceof Stage s) {
                                System.out.printf("%s: %.0fx%.0f%s%n", s.getTitle(), s.getWidth(), s.getHeight(),
                                        s.isMaximized() ? " (maximised)" : "");
                            }
                        }
                        Screenshots.photograph(arguments[0], java.nio.file.Path.of(arguments[1]));
                        Window.getWindows().stream().filter(x -> x != stage).toList().forEach(Window::hide);
                        after(1.5, () -> {
                            // The modal ones unmaximised it (JDK-8332222); closing them gives it back.
                            System.out.printf("with the others closed, %s: %.0fx%.0f%s%n", stage.getTitle(),
                                    stage.getWidth(), stage.getHeight(), stage.isMaximized() ? " (maximised)" : "");
                            Platform.exit();
                        });
                    });
                    Platform.runLater(w::showCompareOptions);
                });
            });
        }
    }

    private static void fire(MainWindow w, String text) {
        for (Menu m : w.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getText() != null && i.getText().replace("_", "").equals(text)) {
                    i.fire();
                }
            }
        }
    }
}
