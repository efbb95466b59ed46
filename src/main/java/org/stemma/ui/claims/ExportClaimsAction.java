package org.stemma.ui.claims;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stemma.export.ClaimCsv;
import org.stemma.platform.Causes;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import org.stemma.ui.files.DialogFolders;
import org.stemma.ui.jobs.Jobs;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * File › Export claims…: asks where to write, then writes the project's claims as CSV ({@link ClaimCsv})
 * through {@link Jobs} and reports the outcome in one line. One export at a time: a second one asked for
 * while the first is being written is refused with a message. Call on the JavaFX thread.
 */
public final class ExportClaimsAction {

    private final ProjectFile project;
    private final Jobs jobs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public ExportClaimsAction(ProjectFile project, Jobs jobs) {
        this.project = project;
        this.jobs = jobs;
    }

    /** True while an export is being written: disable the menu item with it. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Asks for a file (named after the project) and exports to it; nothing happens on Cancel.
     *
     * @param status shows a one-line message, e.g. in the window's status bar
     */
    public void choose(Window owner, Consumer<String> status) {
        if (running.get()) {
            status.accept(BUSY);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export claims");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        chooser.setInitialDirectory(DialogFolders.window().initial());
        String name = project.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(name + "-claims.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            DialogFolders.window().chosen(file);
            start(withCsvExtension(file.toPath()), status);
        }
    }

    static final String BUSY = "Claims are being exported: wait for that export to finish";

    /**
     * Exports to {@code file} in the background; the future gives the number of claims written. Refused,
     * with a failed future and a message, while another export runs.
     */
    public CompletableFuture<Integer> start(Path file, Consumer<String> status) {
        if (running.get()) {
            status.accept(BUSY);
            return CompletableFuture.failedFuture(new IllegalStateException(BUSY));
        }
        running.set(true);
        return jobs.submit("Exporting claims to " + file, () -> ClaimCsv.export(project, file)).whenComplete((n, e) -> {
            running.set(false);
            if (e == null) {
                status.accept("Exported " + (n == 1 ? "1 claim" : n + " claims") + " to " + Messages.quote(file));
            } else {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                status.accept("Claims not exported: " + Causes.describe(cause)); // Job has logged it
            }
        });
    }

    /** A name typed without an extension gets ".csv" (the GTK file chooser does not add it). */
    static Path withCsvExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".csv");
    }
}
