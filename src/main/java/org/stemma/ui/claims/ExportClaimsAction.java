package org.stemma.ui.claims;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stemma.exchange.ClaimCsv;
import org.stemma.exchange.ClaimXlsx;
import org.stemma.platform.Causes;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import org.stemma.ui.files.DialogFolders;
import org.stemma.ui.jobs.Jobs;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * File › Export claims…: asks where to write and in which shape (one row per claim, one row per claim and
 * article, or an Excel workbook with both and the tag tree), then writes the project's claims ({@link ClaimCsv},
 * {@link ClaimXlsx}) through {@link Jobs} and reports the outcome in one line. One export at a time: a
 * second one asked for while the first is being written is refused with a message. Call on the JavaFX
 * thread.
 */
public final class ExportClaimsAction {

    static final String BUSY = "Claims are being exported: wait for that export to finish";

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

    /** The shapes of the export, each a filter of the file dialog. */
    enum Format {
        CSV("Claims, one row per claim (*.csv)", ".csv"),
        LONG_CSV("Claims × articles, one row per counterpart (*.csv)", ".csv"),
        XLSX("Excel workbook: claims, long form and tags (*.xlsx)", ".xlsx");

        final String label;
        final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }
    }

    /**
     * Asks for a file (named after the project) and a format and exports; nothing happens on Cancel.
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
            Format format = file.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Format.XLSX
                    : chosen >= 0 ? Format.values()[chosen] : Format.CSV;
            start(withExtension(file.toPath(), format.extension), format, status);
        }
    }

    /** Exports one row per claim as CSV to {@code file}; see {@link #start(Path, Format, Consumer)}. */
    public CompletableFuture<Integer> start(Path file, Consumer<String> status) {
        return start(file, Format.CSV, status);
    }

    /**
     * Exports in {@code format} to {@code file} in the background; the future gives the number of rows
     * written. Refused, with a failed future and a message, while another export runs.
     */
    CompletableFuture<Integer> start(Path file, Format format, Consumer<String> status) {
        if (running.get()) {
            status.accept(BUSY);
            return CompletableFuture.failedFuture(new IllegalStateException(BUSY));
        }
        running.set(true);
        return jobs.submit("Exporting claims to " + file, () -> switch (format) {
            case CSV -> ClaimCsv.export(project, file);
            case LONG_CSV -> ClaimCsv.exportCounterparts(project, file);
            case XLSX -> ClaimXlsx.export(project, file);
        }).whenComplete((n, e) -> {
            running.set(false);
            if (e == null) {
                String what = format == Format.LONG_CSV ? (n == 1 ? "1 row" : n + " rows") : (n == 1 ? "1 claim" : n + " claims");
                status.accept("Exported " + what + " to " + Messages.quote(file));
            } else {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                status.accept("Claims not exported: " + Causes.describe(cause)); // the job has logged it
            }
        });
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
