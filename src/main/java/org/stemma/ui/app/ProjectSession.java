package org.stemma.ui.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stemma.platform.Causes;
import org.stemma.session.CorpusSession;
import org.stemma.ui.compare.Comparisons;
import org.stemma.ui.corpus.ArticleSources;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.jobs.Jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The project open in the window, from opening to closing: new, open, save as, read again after an
 * import, the recent list, and loose article files shown outside any project. Files are opened through
 * {@link Jobs}; a project that cannot be opened leaves the open one as it was.
 */
public final class ProjectSession {

    private static final String LAST_PROJECT = "project.last";
    private static final String RECENT_PROJECTS = "project.recent";

    private final Jobs jobs;
    private final Settings settings;
    private final Corpus corpus;
    private final Comparisons comparisons;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Projects.Opened> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** @param status one-line messages for the status bar */
    public ProjectSession(Jobs jobs, Settings settings, Corpus corpus, Comparisons comparisons, Consumer<String> status) {
        this.jobs = jobs;
        this.settings = settings;
        this.corpus = corpus;
        this.comparisons = comparisons;
        this.status = status;
    }

    /** The sample corpus, as a project in the user's data folder (made on first run). */
    public CompletableFuture<Boolean> openSample() {
        Path dataDir = settings.file().toAbsolutePath().getParent();
        return openProject("Opening the sample corpus", () -> Projects.sample(dataDir));
    }

    /** Opens {@code file}; the project already open stays as it is rather than being opened a second time. */
    public CompletableFuture<Boolean> openProject(Path file) {
        Projects.Opened current = project.get();
        if (current != null && isSameFile(current.file().path(), file)) {
            status.accept(corpus.name() + " is open: " + corpus.describe());
            return CompletableFuture.completedFuture(true);
        }
        return openProject("Opening " + file.getFileName(), () -> Projects.open(file));
    }

    public CompletableFuture<Boolean> newProject(Path file) {
        return openProject("Creating " + file.getFileName(), () -> Projects.create(file));
    }

    /**
     * What the window opens on start: a project named on the command line (a double-clicked file), else
     * the last project, else the sample corpus. A project that cannot be opened leaves the sample open.
     */
    public CompletableFuture<Boolean> start(List<String> args) {
        Path asked = Projects.fromArguments(args);
        Path last = settings.text(LAST_PROJECT).map(Path::of).filter(Files::isRegularFile).orElse(null);
        Path first = asked != null ? asked : last;
        if (first == null) {
            return openSample();
        }
        return openProject(first).thenCompose(ok -> ok ? CompletableFuture.completedFuture(true) : openSample()
                .thenApply(sample -> false));
    }

    /** Copies the open project to {@code target} and continues in the copy. */
    public CompletableFuture<Boolean> saveProjectAs(Path target) {
        Projects.Opened current = project.get();
        if (current == null) {
            status.accept("No project is open");
            return CompletableFuture.completedFuture(false);
        }
        return openProject("Saving as " + target.getFileName(), () -> {
            current.file().copyTo(target);
            return Projects.open(target);
        });
    }

    /** After an import: the corpus session already listed the new articles; the comparison shown stays. */
    public void imported() {
        corpus.sync();
        status.accept(corpus.name() + ": " + corpus.describe());
    }

    /**
     * Opens a project in the background and shows it; on failure the open project stays as it was and
     * {@link #errorProperty()} says why.
     */
    private CompletableFuture<Boolean> openProject(String description, Callable<Projects.Opened> opening) {
        status.accept(description + "…");
        return jobs.submit(description, opening).thenCompose(opened -> {
            Projects.Opened old = project.get();
            comparisons.clear();
            problems.clear();
            error.set("");
            project.set(opened);
            if (old != null && old.file() != opened.file()) {
                old.file().close();
            }
            settings.text(LAST_PROJECT, opened.file().path().toAbsolutePath().toString());
            rememberRecent(opened.file().path().toAbsolutePath());
            corpus.show(opened.session());
            status.accept(corpus.name() + ": " + corpus.describe());
            return CompletableFuture.completedFuture(true);
        }).exceptionally(e -> {
            error.set(Causes.describe(e)); // the job has logged it
            status.accept("Could not open: " + Causes.describe(e));
            return false;
        });
    }

    /** Article files, or folders of them, shown outside any project (nothing can be tagged there). */
    public CompletableFuture<Void> open(List<Path> paths) {
        String description = "Reading " + (paths.size() == 1 ? paths.get(0).getFileName() : paths.size() + " files");
        status.accept(description + "…");
        return jobs.submit(description, () -> {
            ArticleSources.Loaded read = ArticleSources.open(paths);
            return new Loose(read, CorpusSession.of(read.name(), read.documents()));
        }).thenCompose(loose -> {
            ArticleSources.Loaded loaded = loose.loaded();
            comparisons.clear();
            problems.setAll(loaded.problems());
            Projects.Opened old = project.get();
            project.set(null);
            if (old != null) {
                old.file().close();
            }
            corpus.show(loose.session());
            status.accept(loadedMessage(loaded));
            return CompletableFuture.<Void>completedFuture(null);
        }).exceptionally(e -> {
            status.accept("Could not open: " + Causes.describe(e));
            return null;
        });
    }

    /** Files read and analysed, outside any project. */
    private record Loose(ArticleSources.Loaded loaded, CorpusSession session) {
    }

    private String loadedMessage(ArticleSources.Loaded loaded) {
        String base = corpus.name() + ": " + corpus.describe();
        int n = loaded.problems().size();
        return n == 0 ? base : base + " · " + Corpus.count(n, "file could not be read", "files could not be read");
    }

    /** Closes the open project's file as the program ends; every change was saved when it was made. */
    public void close() {
        Projects.Opened open = project.get();
        if (open != null) {
            open.file().close();
        }
    }

    /** The projects opened lately, newest first, that still exist. */
    public List<Path> recentProjects() {
        return settings.text(RECENT_PROJECTS).stream()
                .flatMap(s -> Arrays.stream(s.split(Pattern.quote(File.pathSeparator))))
                .filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile).toList();
    }

    public ReadOnlyObjectProperty<Projects.Opened> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** Why the last project could not be opened, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line per file of the last opening that could not be read. */
    public ObservableList<String> problems() {
        return problems;
    }

    private void rememberRecent(Path file) {
        List<String> recent = new ArrayList<>(recentProjects().stream().map(Path::toString).toList());
        recent.remove(file.toString());
        recent.add(0, file.toString());
        settings.text(RECENT_PROJECTS, String.join(File.pathSeparator, recent.subList(0, Math.min(8, recent.size()))));
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
