package org.stemma.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The Stemma window: opens (for now) on the bundled sample corpus. */
public class StemmaApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        MainViewModel model = new MainViewModel(new FxJobs(), Settings.load());
        window = new MainWindow(stage, model);
        window.show();
        model.openSample();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveState();
        }
    }

    MainWindow window() {
        return window;
    }

    /** The started window's smoke-test hook, or {@code null} before {@link #start}. */
    public SmokeTest smokeTest() {
        return window == null ? null : window.smokeTest();
    }
}
