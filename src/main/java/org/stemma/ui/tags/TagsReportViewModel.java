package org.stemma.ui.tags;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stemma.claims.TagReport;
import org.stemma.claims.Touched;
import org.stemma.claims.UndoHistory;
import org.stemma.exchange.TagReportCsv;
import org.stemma.platform.Causes;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.jobs.Requests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The Tags report of an open project ({@link TagReport}), counted through {@link Jobs} off the JavaFX
 * thread and counted again after every edit of claims or tags; a count asked for earlier never replaces
 * a later one. Exports one of its tables as CSV ({@link TagReportCsv}), one export at a time. Call from
 * one thread (the JavaFX thread in the program).
 */
public final class TagsReportViewModel implements AutoCloseable {

    static final String BUSY = "The report is being exported: wait for that export to finish";

    private final ProjectFile project;
    private final Jobs jobs;
    private final UndoHistory history;
    private final Consumer<Touched> listener = t -> {
        if (t.everything() || !t.claims().isEmpty() || !t.tags().isEmpty()) {
            refresh();
        }
    };
    private final Requests counts = new Requests();
    private final ReadOnlyObjectWrapper<TagReport> report = new ReadOnlyObjectWrapper<>(this, "report",
            new TagReport(List.of(), List.of(), List.of(), List.of()));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    /** Starts counting at once; {@link #reportProperty()} changes when the count is done. */
    public TagsReportViewModel(ProjectFile project, Jobs jobs, UndoHistory history) {
        this.project = project;
        this.jobs = jobs;
        this.history = history;
        history.addListener(listener);
        refresh();
    }

    public ReadOnlyObjectProperty<TagReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** What the latest count or export came to, in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Counts again in the background. */
    public void refresh() {
        long request = counts.next();
        jobs.submit("Counting claims per tag", () -> TagReport.of(project)).whenComplete((r, e) -> {
            if (e != null) {
                message.set("The report could not be made: " + Causes.describe(cause(e)));
            } else if (counts.isLatest(request)) {
                report.set(r);
            }
        });
    }

    /** Writes one table of the report as shown to {@code file}; the future gives the rows written. */
    public CompletableFuture<Integer> export(TagReportCsv.Table table, Path file) {
        if (exporting.get()) {
            message.set(BUSY);
            return CompletableFuture.failedFuture(new IllegalStateException(BUSY));
        }
        exporting.set(true);
        TagReport shown = report.get();
        return jobs.submit("Exporting the Tags report to " + file,
                () -> TagReportCsv.export(shown, table, file, project.path())).whenComplete((n, e) -> {
            exporting.set(false);
            if (e == null) {
                message.set("Exported " + (n == 1 ? "1 row" : n + " rows") + " of " + table.title() + " to "
                        + Messages.quote(file));
            } else {
                message.set("Report not exported: " + Causes.describe(cause(e))); // the job has logged it
            }
        });
    }

    /** A suggested file name for a table: the project's name and the table's. */
    public String fileName(TagReportCsv.Table table) {
        String name = project.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return name + "-tags-" + table.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".csv";
    }

    @Override
    public void close() {
        history.removeListener(listener);
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
