package org.stemma.ui.ledger;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stemma.Seeds;
import org.stemma.session.CorpusSession;
import org.stemma.ui.app.Theme;
import org.stemma.ui.jobs.InlineJobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shows the Ledger view on the sample corpus with the altered entries expanded, for a screenshot under
 * Xvfb at 1366×768 (docs/ledger.png, docs/ledger-facts.png):
 * {@code java -cp … org.stemma.ui.ledger.LedgerScreenshot [facts] [dark]}. Not a test.
 */
public final class LedgerScreenshot {

    private LedgerScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The application shown; a separate class because JavaFX refuses an Application as the main class. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            show(stage, args.contains("facts"), args.contains("dark") ? Theme.DARK : Theme.LIGHT);
        }
    }

    static void show(Stage stage, boolean facts, Theme theme) {
        LedgerViewModel model = new LedgerViewModel(new InlineJobs(), Runnable::run);
        LedgerView view = new LedgerView(model);
        model.use(CorpusSession.of("seeds", Arrays.stream(Seeds.ALL).map(Seeds::document).toList()));
        if (facts) {
            view.tabs().getSelectionModel().select(1);
            view.factTable().getRoot().getChildren().stream().filter(i -> !i.getValue().group().flags().isEmpty())
                    .forEach(i -> i.setExpanded(true));
        } else {
            view.quotationTable().getRoot().getChildren().stream()
                    .filter(i -> i.getValue().entry().has(org.stemma.quotes.LedgerEntry.Flag.ALTERED))
                    .limit(3).forEach(i -> i.setExpanded(true));
        }
        Scene scene = new Scene(view);
        List<String> sheets = new ArrayList<>(List.of(LedgerWindow.stylesheet()));
        sheets.addAll(theme.stylesheets());
        scene.getStylesheets().setAll(sheets);
        stage.setScene(scene);
        stage.setTitle("Quotation Ledger and Facts");
        place(stage);
        stage.show();
        // Some window managers map a new window at its minimum size; size it again once it is shown.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        later.setOnFinished(e -> place(stage));
        later.play();
    }

    private static void place(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(740);
    }
}
