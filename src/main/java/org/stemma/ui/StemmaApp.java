package org.stemma.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Stemma window. */
public class StemmaApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Stemma");
        stage.setScene(new Scene(new Label("Stemma"), 800, 600));
        stage.show();
    }
}
