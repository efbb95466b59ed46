package org.stemma.ui.importing;

import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;
import org.stemma.platform.Causes;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stemma.importing.ArticleLibrary;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.OutcomeText;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionLibrary;
import org.stemma.ui.files.DialogFolders;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The window's ways in for articles: files and folders dropped on it, File › Add articles…, and
 * {@link #importPaths} for anything else. Imports run one at a time through {@link Jobs}, with a
 * progress window and Cancel once they take a moment, and end with a summary of every file. Call
 * everything here on the JavaFX thread.
 */
public final class ImportController {

    private static final System.Logger LOG = System.getLogger(ImportController.class.getName());

    static final String NO_PROJECT = "Create or open a project first: imported articles are kept in a project";
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final String STYLESHEET = Objects.requireNonNull(
            ImportController.class.getResource("import.css"), "import.css").toExternalForm();

    private final Window owner;
    private final Supplier<CorpusSession> project;
    private final Runnable onImported;
    private final Consumer<String> status;
    private final Function<CorpusSession, ArticleLibrary> libraries;
    private final Jobs jobs;
    private Job<ImportSummary> running;

    /**
     * @param project    the open project's corpus session, or null when none is open
     * @param onImported called on the JavaFX thread after an import added articles (the session holds them)
     * @param status     one-line messages for the status bar
     */
    public ImportController(Window owner, Jobs jobs, Supplier<CorpusSession> project, Runnable onImported,
                            Consumer<String> status) {
        this(owner, jobs, project, onImported, status, SessionLibrary::new);
    }

    /** With the library the importer writes to, so a test can watch the additions. */
    ImportController(Window owner, Jobs jobs, Supplier<CorpusSession> project, Runnable onImported, Consumer<String> status,
                     Function<CorpusSession, ArticleLibrary> libraries) {
        this.owner = owner;
        this.jobs = jobs;
        this.project = project;
        this.onImported = onImported;
        this.status = status;
        this.libraries = libraries;
    }

    /** Makes {@code target} accept files and folders dragged from the desktop, highlighted while they hover. */
    public void installDropTarget(Node target) {
        target.getStyleClass().add("article-drop-target");
        if (target instanceof Parent parent) {
            parent.getStylesheets().add(STYLESHEET);
        }
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles()) {
                target.pseudoClassStateChanged(DROP_TARGET, project.get() != null);
                if (project.get() == null) {
                    status.accept(NO_PROJECT);
                }
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && project.get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.pseudoClassStateChanged(DROP_TARGET, false);
            boolean files = e.getDragboard().hasFiles() && project.get() != null;
            if (files) {
                onFilesDropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** What a drop does with its files and folders. */
    public CompletableFuture<ImportSummary> onFilesDropped(List<File> files) {
        return importPaths(files.stream().map(File::toPath).toList());
    }

    /** File › Add articles…: a file chooser (several files at once), then the import. */
    public MenuItem addArticlesItem() {
        MenuItem item = new MenuItem("_Add Articles…");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        item.setOnAction(e -> chooseAndImport());
        return item;
    }

    /** File › Add a Folder of Articles…: a folder chooser, then the import of every article file in it. */
    public MenuItem addFolderItem() {
        MenuItem item = new MenuItem("Add a F_older of Articles…");
        item.setOnAction(e -> chooseFolderAndImport());
        return item;
    }

    private void chooseFolderAndImport() {
        if (project.get() == null) {
            status.accept(NO_PROJECT);
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of articles to the project");
        chooser.setInitialDirectory(DialogFolders.window().initial());
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            DialogFolders.window().chosen(folder);
            onFilesDropped(List.of(folder));
        }
    }

    private void chooseAndImport() {
        if (project.get() == null) {
            status.accept(NO_PROJECT);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add articles to the project");
        chooser.getExtensionFilters().addAll(ArticleFilters.all());
        chooser.setInitialDirectory(DialogFolders.window().initial());
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null && !chosen.isEmpty()) {
            DialogFolders.window().chosen(chosen.get(0));
            onFilesDropped(chosen);
        }
    }

    /**
     * Imports files and folders (walked) into the open project in the background. The future completes
     * on the JavaFX thread once the corpus has been told and the summary shown; it fails when there is
     * no project, another import is running, or the project cannot be written at all.
     */
    public CompletableFuture<ImportSummary> importPaths(List<Path> paths) {
        CorpusSession target = project.get();
        if (target == null) {
            status.accept(NO_PROJECT);
            return CompletableFuture.failedFuture(new IllegalStateException(NO_PROJECT));
        }
        if (running != null) {
            String busy = "An import is already running: wait for it to finish or cancel it";
            status.accept(busy);
            return CompletableFuture.failedFuture(new IllegalStateException(busy));
        }
        status.accept("Importing articles…");
        Job<ImportSummary> task = jobs.start("Importing articles", new ImportWork(libraries.apply(target), paths));
        running = task;
        ImportProgressWindow progress = new ImportProgressWindow(owner, task);
        progress.armed();
        return task.result().handle((summary, failure) -> {
            finished(progress);
            if (failure == null) {
                if (!summary.added().isEmpty()) {
                    onImported.run();
                }
                status.accept("Import: " + OutcomeText.total(summary));
                new ImportSummaryWindow(owner, summary).show();
                return CompletableFuture.completedFuture(summary);
            }
            // Articles added before the failure are in the project: the list must show them.
            onImported.run();
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            LOG.log(System.Logger.Level.ERROR, "the import stopped", cause);
            String message = "The import stopped: " + Causes.describe(cause);
            status.accept(message);
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(owner);
            alert.show();
            return CompletableFuture.<ImportSummary>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    /** Stops the running import after the file it is on; what was added stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void finished(ImportProgressWindow progress) {
        progress.close();
        running = null;
    }
}
