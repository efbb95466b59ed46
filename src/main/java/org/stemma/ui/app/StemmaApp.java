package org.stemma.ui.app;

import org.stemma.ui.jobs.FxJobs;

import javafx.application.Application;
import javafx.stage.Stage;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.files.DialogFolders;

/** The Stemma window: opens the project given on the command line, else the last one, else the sample corpus. */
public class StemmaApp extends Application {

    private MainWindow window;
    private MainViewModel model;

    @Override
    public void start(Stage stage) {
        model = new MainViewModel(new FxJobs(), Settings.load());
        Settings settings = model.settings();
        DialogFolders.window().remember(settings.text(DialogFolders.SETTING), f -> settings.text(DialogFolders.SETTING, f));
        // Opened before the window is built: reading the project and analysing its articles run on the work
        // threads meanwhile, and their results reach the window only once this method has returned.
        if (SmokeTest.isRunning() && Projects.fromArguments(getParameters().getRaw()) == null) {
            model.session().openSample();
        } else {
            model.session().start(getParameters().getRaw());
        }
        window = new MainWindow(stage, model);
        stage.getIcons().addAll(AppIcon.images());
        window.show();
        SmokeTest.attach(stage, window.smokeTest());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveState();
        }
        if (model != null) {
            model.session().close();
        }
    }

    public MainWindow window() {
        return window;
    }
}
