package org.stemma.ui.exchange;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.stemma.align.Comparison;
import org.stemma.model.Claim;
import org.stemma.exchange.ClaimReport;
import org.stemma.exchange.ClaimReviewFeed;
import org.stemma.exchange.ComparisonReport;
import org.stemma.exchange.Evidence;
import org.stemma.exchange.ExportFile;
import org.stemma.exchange.RefiExport;
import org.stemma.exchange.RefiImport;
import org.stemma.platform.Causes;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.stemma.ui.compare.Comparisons;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's ways out and in for the analyst's evidence: File › Export › REFI-QDA Project… and
 * ClaimReview…, File › Export Comparison Report…, File › Import REFI-QDA Project…, and Claims › Export
 * Claim Report…. Each asks for a file, then does the work through the window's jobs (never on the
 * JavaFX thread) and says the outcome in the status line.
 */
public final class ExchangeActions {

    private final Stage stage;
    private final ReadOnlyObjectProperty<Projects.Opened> project;
    private final Comparisons comparisons;
    private final Jobs jobs;
    private final Consumer<String> status;
    private final Supplier<Optional<Claim>> selectedClaim;
    private final Consumer<Path> openProject;

    /**
     * @param project       the project open in the window, or null
     * @param status        one-line messages for the status bar
     * @param selectedClaim the claim selected in the claims table, if any
     * @param openProject   opens a project file in the window (after an import)
     */
    public ExchangeActions(Stage stage, ReadOnlyObjectProperty<Projects.Opened> project, Comparisons comparisons,
                           Jobs jobs, Consumer<String> status, Supplier<Optional<Claim>> selectedClaim,
                           Consumer<Path> openProject) {
        this.stage = stage;
        this.project = project;
        this.comparisons = comparisons;
        this.jobs = jobs;
        this.status = status;
        this.selectedClaim = selectedClaim;
        this.openProject = openProject;
    }

    /** File › Export ▸ REFI-QDA Project…, ClaimReview (JSON-LD)…; disabled without a project. */
    public Menu exportMenu() {
        MenuItem refi = item("_REFI-QDA Project…", this::exportRefi);
        MenuItem reviews = item("Claim_Review (JSON-LD)…", this::exportClaimReview);
        Menu menu = new Menu("E_xport", null, refi, reviews);
        menu.disableProperty().bind(project.isNull());
        return menu;
    }

    /** File › Export Comparison Report…; disabled without a comparison. */
    public MenuItem comparisonReportItem() {
        MenuItem item = item("Export Comparison _Report…", this::exportComparisonReport);
        item.disableProperty().bind(comparisons.shownProperty().isNull());
        return item;
    }

    /** File › Import REFI-QDA Project…: into a new project, then opened. */
    public MenuItem importItem() {
        return item("_Import REFI-QDA Project…", this::importRefi);
    }

    /** Claims › Export Claim Report…: the claim selected in the claims table. */
    public MenuItem claimReportItem() {
        return item("Export Claim _Report…", this::exportClaimReport);
    }

    void exportRefi() {
        ProjectFile project = project();
        Path file = project == null ? null : save("Export REFI-QDA Project", project, ".qdpx", "REFI-QDA projects (*.qdpx)");
        if (file != null) {
            exportRefiTo(project, file);
        }
    }

    CompletableFuture<String> exportRefiTo(ProjectFile project, Path file) {
        return run("Exporting REFI-QDA project", () -> RefiExport.export(project, file), w -> "Exported "
                + w.sources() + " articles, " + w.codes() + " tags and " + w.selections() + " claims to " + Messages.quote(file));
    }

    void exportClaimReview() {
        ProjectFile project = project();
        Path file = project == null ? null : save("Export ClaimReview", project, ".jsonld", "JSON-LD (*.jsonld)");
        if (file != null) {
            exportClaimReviewTo(project, file);
        }
    }

    CompletableFuture<String> exportClaimReviewTo(ProjectFile project, Path file) {
        return run("Exporting ClaimReview", () -> ClaimReviewFeed.export(project, file, null),
                n -> "Exported " + n + " ClaimReview objects (claims with a verdict) to " + Messages.quote(file));
    }

    void exportComparisonReport() {
        CompareViewModel compare = comparisons.shownProperty().get();
        if (compare == null) {
            status.accept("Compare two articles first");
            return;
        }
        Comparison c = compare.comparison();
        Path file = save("Export Comparison Report", ".html", "Web pages (*.html)",
                baseName(c.left().document().name()) + "-" + baseName(c.right().document().name()) + ".html");
        if (file != null) {
            exportComparisonReportTo(c, file);
        }
    }

    CompletableFuture<String> exportComparisonReportTo(Comparison c, Path file) {
        String left = c.left().document().source().isEmpty() ? c.left().document().name() : c.left().document().source();
        String right = c.right().document().source().isEmpty() ? c.right().document().name() : c.right().document().source();
        return run("Writing comparison report", () -> writeHtml(file, ComparisonReport.html(c, left, right)),
                v -> "Wrote the comparison report to " + Messages.quote(file));
    }

    void exportClaimReport() {
        ProjectFile project = project();
        Optional<Claim> claim = selectedClaim.get();
        if (project == null || claim.isEmpty()) {
            status.accept("Select a claim in the claims table first");
            return;
        }
        Path file = save("Export Claim Report", ".html", "Web pages (*.html)",
                "claim-" + claim.get().id() + ".html");
        if (file != null) {
            exportClaimReportTo(project, claim.get().id(), file);
        }
    }

    CompletableFuture<String> exportClaimReportTo(ProjectFile project, long claimId, Path file) {
        return run("Writing claim report", () -> {
            Evidence evidence = Evidence.readForClaim(project, claimId);
            Claim current = evidence.claims().stream().filter(c -> c.id() == claimId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the claim has been deleted meanwhile"));
            return writeHtml(file, ClaimReport.html(evidence, current));
        }, v -> "Wrote the claim report to " + Messages.quote(file));
    }

    void importRefi() {
        FileChooser open = new FileChooser();
        open.setTitle("Import REFI-QDA Project");
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA projects (*.qdpx)", "*.qdpx"));
        open.setInitialDirectory(DialogFolders.window().initial());
        File chosen = open.showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        DialogFolders.window().chosen(chosen);
        FileChooser save = new FileChooser();
        save.setTitle("Save the Imported Project As");
        save.getExtensionFilters().add(new FileChooser.ExtensionFilter("Stemma projects", "*" + Projects.EXTENSION));
        save.setInitialDirectory(DialogFolders.window().initial());
        save.setInitialFileName(freeName(chosen.toPath()).getFileName().toString());
        File target = save.showSaveDialog(stage);
        if (target == null) {
            return;
        }
        DialogFolders.window().chosen(target);
        importRefi(chosen.toPath(), withExtension(target.toPath(), Projects.EXTENSION)).thenAccept(o -> {
            if (o != null && !o.skipped().isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION);
                alert.initOwner(stage);
                alert.setTitle("Import REFI-QDA Project");
                alert.setHeaderText("Some parts of " + chosen.getName() + " have no place in Stemma and were left out");
                alert.setContentText(String.join("\n", o.skipped()));
                alert.show();
            }
        });
    }

    /** Imports into the new project {@code project} and opens it; completes with null when it failed. */
    CompletableFuture<RefiImport.Outcome> importRefi(Path qdpx, Path project) {
        return jobs.submit("Importing " + qdpx.getFileName(), () -> RefiImport.intoNewProject(qdpx, project))
                .handle((o, e) -> {
                    if (e != null) {
                        status.accept("Not imported: " + message(e));
                        return null;
                    }
                    openProject.accept(project);
                    status.accept("Imported " + o.sources() + " articles, " + o.codes() + " tags and " + o.selections()
                            + " claims from " + qdpx.getFileName());
                    return o;
                });
    }

    /** Runs the work as a job; completes with the status line it showed. */
    private <T> CompletableFuture<String> run(String description, Callable<T> work, Function<T, String> done) {
        return jobs.submit(description, work).handle((r, e) -> {
            String line = e == null ? done.apply(r) : description + " failed: " + message(e);
            status.accept(line);
            return line;
        });
    }

    private static Void writeHtml(Path file, String html) throws java.io.IOException {
        return ExportFile.write(file, null, out -> {
            out.write(html.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private ProjectFile project() {
        Projects.Opened opened = project.get();
        if (opened == null) {
            status.accept("Open a project first");
            return null;
        }
        return opened.file();
    }

    private Path save(String title, ProjectFile project, String extension, String filter) {
        return save(title, extension, filter, Evidence.projectName(project) + extension);
    }

    private Path save(String title, String extension, String filter, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, "*" + extension));
        // Never the project's own folder by default: a GTK dialog listing it can drop the project's locks.
        chooser.setInitialDirectory(DialogFolders.window().initial());
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return null;
        }
        DialogFolders.window().chosen(file);
        return withExtension(file.toPath(), extension);
    }

    /** A name typed without an extension gets one (the GTK file chooser does not add it). */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + extension);
    }

    /** "p.stemma" beside "p.qdpx", or "p (imported).stemma", "p (imported 2).stemma" when that is taken. */
    static Path freeName(Path qdpx) {
        String base = baseName(qdpx.getFileName().toString());
        Path candidate = qdpx.resolveSibling(base + Projects.EXTENSION);
        for (int n = 1; java.nio.file.Files.exists(candidate); n++) {
            candidate = qdpx.resolveSibling(base + " (imported" + (n == 1 ? "" : " " + n) + ")" + Projects.EXTENSION);
        }
        return candidate;
    }

    private static String baseName(String name) {
        return name.replaceFirst("\\.[^.]*$", "");
    }

    private static String message(Throwable e) {
        System.getLogger(ExchangeActions.class.getName()).log(System.Logger.Level.ERROR, "export or import failed",
                Causes.unwrap(e));
        return Causes.describe(e);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
