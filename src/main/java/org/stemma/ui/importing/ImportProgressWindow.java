package org.stemma.ui.importing;

import org.stemma.ui.jobs.Job;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small window with the import's progress, the file being read and Cancel. It is not modal, so the
 * main window stays usable, and it appears only once the import has run for {@link #DELAY}, so a quick
 * drop of a few files does not flash a window.
 */
final class ImportProgressWindow {

    static final Duration DELAY = Duration.millis(200);

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final PauseTransition delay = new PauseTransition(DELAY);

    ImportProgressWindow(Window owner, Job<?> task) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Importing articles");
        stage.setResizable(false);
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label file = new Label();
        file.setId("import-current");
        file.setPrefWidth(380);
        file.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            task.cancel();
            cancel.setDisable(true);
            cancel.setText("Cancelling…");
        });
        stage.setOnCloseRequest(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, new Label("Adding articles to the project; what is added stays if you cancel."),
                bar, file, buttons);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        delay.setOnFinished(e -> {
            if (!task.isDone()) {
                stage.show();
            }
        });
    }

    /** Starts the delay after which the window shows, if the import is still running. */
    void armed() {
        delay.playFromStart();
    }

    void close() {
        delay.stop();
        stage.close();
    }
}
