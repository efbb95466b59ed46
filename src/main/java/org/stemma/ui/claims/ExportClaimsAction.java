package org.stemma.ui.claims;

import org.stemma.platform.Messages;
import org.stemma.platform.Causes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stemma.exchange.ClaimCsv;
import org.stemma.exchange.ClaimXlsx;
import org.stemma.store.ProjectFile;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File › Export claims…: asks where to write and in which shape (one row per claim, one row per claim and
 * article, or an Excel workbook with both), then writes the project's claims ({@link ClaimCsv},
 * {@link ClaimXlsx}) on a background task and reports the outcome in one line to {@code status}.
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

    /** The shapes of the export, each a filter of the file dialog. */
    enum Format {
        CSV("Claims, one row per claim (*.csv)", ".csv"),
        LONG_CSV("Claims × articles, one row per counterpart (*.csv)", ".csv"),
        XLSX("Excel workbook, both tables (*.xlsx)", ".xlsx");

        final String label;
        final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }
    }

    /** Asks for a file (named after the project) and a format and exports; nothing happens on Cancel. */
    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export claims");
        for (Format f : Format.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label, "*" + f.extension));
        }
        chooser.setInitialDirectory(DialogFolders.window().initial());
        String name = project.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(name + "-claims.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            DialogFolders.window().chosen(file);
            int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
            Format format = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? Format.XLSX
                    : chosen >= 0 ? Format.values()[chosen] : Format.CSV;
            start(withExtension(file.toPath(), format.extension), format);
        }
    }

    /** Exports one row per claim as CSV to {@code file} on a background thread; the task is already running. */
    public Task<Integer> start(Path file) {
        return start(file, Format.CSV);
    }

    /** Exports in {@code format} to {@code file} on a background thread; the returned task is already running. */
    Task<Integer> start(Path file, Format format) {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                return switch (format) {
                    case CSV -> ClaimCsv.export(project, file);
                    case LONG_CSV -> ClaimCsv.exportCounterparts(project, file);
                    case XLSX -> ClaimXlsx.export(project, file);
                };
            }
        };
        task.setOnSucceeded(e -> {
            int n = task.getValue();
            String what = format == Format.LONG_CSV ? (n == 1 ? "1 row" : n + " rows") : (n == 1 ? "1 claim" : n + " claims");
            status.accept("Exported " + what + " to " + Messages.quote(file));
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
        return withExtension(file, ".csv");
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + extension);
    }
}
