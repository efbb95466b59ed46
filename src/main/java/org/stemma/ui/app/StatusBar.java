package org.stemma.ui.app;

import org.stemma.ui.jobs.Jobs;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The line at the window's foot: what happened last, what is running (with a spinner once work has
 * taken longer than 200 ms, so quick work does not flicker) and the text size.
 */
final class StatusBar extends HBox {

    static final Duration SPINNER_DELAY = Duration.millis(200);

    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label working = new Label();

    StatusBar(Jobs jobs, ReadOnlyStringProperty statusLine, ReadOnlyIntegerProperty fontSize) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(statusLine);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        spinner.setId("busy");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.setVisible(false);
        working.getStyleClass().add("status-working");
        working.visibleProperty().bind(spinner.visibleProperty());
        working.textProperty().bind(jobs.messageProperty());
        Label zoom = new Label();
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(fontSize.asString("Text %d px"));
        PauseTransition delay = new PauseTransition(SPINNER_DELAY);
        delay.setOnFinished(e -> spinner.setVisible(jobs.busyProperty().get()));
        jobs.busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                delay.playFromStart();
            } else {
                delay.stop();
                spinner.setVisible(false);
            }
        });
        getChildren().addAll(status, working, spinner, zoom);
    }

    ProgressIndicator spinner() {
        return spinner;
    }
}
