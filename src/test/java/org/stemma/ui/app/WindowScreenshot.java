package org.stemma.ui.app;

import org.stemma.ui.compare.CompareViewModel;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stemma.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.stemma.ui.app.Screenshots.after;
import static org.stemma.ui.app.Screenshots.when;

/**
 * Photographs the window for docs/ (run by docs/screenshots.sh, which starts Xvfb and Openbox at each
 * screen size): {@code java -Duser.home=FRESH -cp … org.stemma.ui.app.WindowScreenshot :89 docs/window-1366-light.png light}.
 * The window opens as it would for a new user on that screen (its first size is the app's own choice);
 * it selects 001 and 000 in the table as the analyst would, compares them, steps through the changes
 * (the F7 action) to “meaningful” in the Atlantic Council sentence, and photographs the whole screen with
 * ImageMagick's {@code import}. That sentence is tagged as a claim beforehand, so the claims table under
 * the comparison shows it with its counterparts.
 */
public final class WindowScreenshot {

    private static String[] arguments;

    private WindowScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        arguments = args;
        // The per-user data folder as a new user has it (user.home is given fresh by the script).
        Path home = org.stemma.platform.UserDirectories.dataDir();
        Files.createDirectories(home);
        // The sample project with one claim, as an analyst would have tagged it, so the claims table shows it.
        AppUnderTest.tagAlteredQuote(home, Seeds.S001, "The Atlantic Council described",
                "Quoted as “meaningful”; the spun copy has “important”.");
        Application.launch(Driver.class, args);
    }

    /** The application, driven. */
    public static final class Driver extends StemmaApp {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            MainWindow w = window();
            Screenshots.theme(w, arguments);
            when(() -> w.model().corpusLoaded() && w.claimsDock().claims() != null, () -> {
                AppUnderTest.compareSelected(w, Seeds.S001, Seeds.S000);
                when(() -> w.compareView().model() != null, () -> {
                    CompareViewModel vm = w.compareView().model();
                    while (vm.hasNextProperty().get() && (vm.currentStop() == null
                            || !vm.currentStop().left().of(vm.left().display().text()).equals("meaningful"))) {
                        w.compareView().next();
                    }
                    // The claims table's counterparts are found in the background too.
                    when(() -> !w.claimsDock().claims().pane().table().getItems().isEmpty()
                            && w.claimsDock().claims().model().findingProperty().get() == 0,
                            () -> after(1.5, () -> photograph(stage)));
                });
            });
        }

        private static void photograph(Stage stage) {
            System.out.printf("window %.0fx%.0f at %.0f,%.0f on a screen of %s%n", stage.getWidth(), stage.getHeight(),
                    stage.getX(), stage.getY(), javafx.stage.Screen.getPrimary().getVisualBounds());
            Screenshots.photograph(arguments[0], Path.of(arguments[1]));
            Platform.exit();
        }
    }
}
