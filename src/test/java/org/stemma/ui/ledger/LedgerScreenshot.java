package org.stemma.ui.ledger;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.ui.jobs.InlineJobs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows the Ledger view on the sample corpus with two entries expanded, for a screenshot under Xvfb
 * (docs/ledger.png): {@code java -cp … org.stemma.ui.ledger.LedgerScreenshot [facts]}. Not a test.
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
            show(stage, getParameters().getRaw().contains("facts"));
        }
    }

    static void show(Stage stage, boolean facts) {
        LedgerViewModel model = new LedgerViewModel(new InlineJobs());
        LedgerView view = new LedgerView(model);
        Map<Long, AnalyzedDocument> seeds = new LinkedHashMap<>();
        for (int i = 0; i < Seeds.ALL.length; i++) {
            seeds.put((long) i, Seeds.analyzed(Seeds.ALL[i]));
        }
        model.show(seeds);
        if (facts) {
            model.alteredOnlyProperty().set(true);
            ((javafx.scene.control.TabPane) view.getCenter()).getSelectionModel().select(1);
            view.factTable().getRoot().getChildren().forEach(i -> i.setExpanded(true));
        } else {
            view.quotationTable().getRoot().getChildren().stream()
                    .filter(i -> i.getValue().entry().articleCount() > 1 && !i.getValue().entry().flags().isEmpty())
                    .forEach(i -> i.setExpanded(true));
        }
        stage.setScene(new Scene(view, 1380, 860));
        stage.setWidth(1380);
        stage.setHeight(860);
        stage.setX(10);
        stage.setY(10);
        stage.setTitle("Quotation ledger and facts");
        stage.show();
        // Some window managers map a new window at its minimum size; size it again once it is shown.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        later.setOnFinished(e -> {
            stage.setWidth(1380);
            stage.setHeight(860);
            view.quotationTable().refresh();
            view.quotationTable().scrollTo(0);
            view.factTable().refresh();
            view.factTable().scrollTo(0);
        });
        later.play();
    }
}
