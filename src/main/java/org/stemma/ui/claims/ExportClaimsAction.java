package org.stemma.ui.claims;

import org.stemma.platform.Messages;
import org.stemma.platform.Causes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stemma.export.ClaimCsv;
import org.stemma.store.ProjectFile;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File › Export claims…: asks where to write, then writes the project's claims as CSV ({@link ClaimCsv})
 * on a background task and reports the outcome in one line to {@code status}.
 */
public final class ExportClaimsAction {

    private static final System.Logger LOG = System.getLogger(ExportClaimsAction.class.getName());

    private final ProjectFile project;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** @param status shows a one-line message, e.g. in the window's status bar; called on the JavaFX thread */
    public ExportClaimsAction(ProjectFile project, Consumer<String> status) {
        this.project = project;
        this.status = status;
    }

    /** True while an export is being written: disable the menu item with it. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks for a file (named after the project) and exports to it; nothing happens on Cancel. */
    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export claims");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        chooser.setInitialDirectory(DialogFolders.window().initial());
        String name = project.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(name + "-claims.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            DialogFolders.window().chosen(file);
            start(withCsvExtension(file.toPath()));
        }
    }

    /** Exports to {@code file} on a background thread; the returned task is already running. */
    public Task<Integer> start(Path file) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                return ClaimCsv.export(project, file);
            }
        };
        task.setOnSucceeded(e -> {
            int n = task.getValue();
            status.accept("Exported " + (n == 1 ? "1 claim" : n + " claims") + " to " + Messages.quote(file));
        });
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.ERROR, "claims not exported to " + file, task.getException());
            status.accept("Claims not exported: " + Causes.describe(task.getException()));
        });
        running.bind(task.runningProperty());
        Thread thread = new Thread(task, "stemma-export-claims");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** A name typed without an extension gets ".csv" (the GTK file chooser does not add it). */
    static Path withCsvExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".csv");
    }
}
