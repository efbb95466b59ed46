package org.stemma.ui.app;

import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.compare.Summary;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.ArticleSources;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.jobs.Jobs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The workbench window's state: the corpus, the comparison shown, the analyst's view preferences and
 * the status line. The window's commands call it; it does the work through {@link Jobs}.
 */
public final class MainViewModel implements SmokeTestable {

    private final Jobs jobs;
    private final Settings settings;
    private final Corpus corpus;
    private final ReadOnlyObjectWrapper<CompareViewModel> compare = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Projects.Opened> project = new ReadOnlyObjectWrapper<>();
    private static final String LAST_PROJECT = "project.last";
    private static final String RECENT_PROJECTS = "project.recent";
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty fontSize;
    private final BooleanProperty furnitureHidden;
    private final StringBinding title;
    /** Only the newest comparison asked for is shown, however the jobs finish. */
    private int request;

    public MainViewModel(Jobs jobs, Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
        this.corpus = new Corpus(jobs);
        theme = new SimpleObjectProperty<>(settings.theme());
        fontSize = new SimpleIntegerProperty(settings.fontSize());
        furnitureHidden = new SimpleBooleanProperty(settings.furnitureHidden());
        theme.addListener((o, was, now) -> settings.theme(now));
        fontSize.addListener((o, was, now) -> settings.fontSize(now.intValue()));
        furnitureHidden.addListener((o, was, now) -> {
            settings.furnitureHidden(now);
            CompareViewModel shown = compare.get();
            if (shown != null) {
                replaceComparison(now ? "Hiding page furniture" : "Showing page furniture",
                        () -> shown.withFurnitureHidden(now));
            }
        });
        title = Bindings.createStringBinding(
                () -> corpus.name().isEmpty() ? "Stemma" : corpus.name() + " — Stemma", corpus.nameProperty());
    }

    /** The sample corpus, as a project in the user's data folder (made on first run). */
    public CompletableFuture<Boolean> openSample() {
        Path dataDir = settings.file().toAbsolutePath().getParent();
        return openProject("Opening the sample corpus", () -> Projects.sample(dataDir));
    }

    /** Opens {@code file}; the project already open is read again rather than opened a second time. */
    public CompletableFuture<Boolean> openProject(Path file) {
        Projects.Opened current = project.get();
        if (current != null && isSameFile(current.file().path(), file)) {
            return reloadProject();
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
            status.set("No project is open");
            return CompletableFuture.completedFuture(false);
        }
        return openProject("Saving as " + target.getFileName(), () -> {
            current.file().copyTo(target);
            return Projects.open(target);
        });
    }

    /** Reads the project's articles again, e.g. after an import. */
    public CompletableFuture<Boolean> reloadProject() {
        Projects.Opened current = project.get();
        if (current == null) {
            return CompletableFuture.completedFuture(false);
        }
        return openProject("Reading the project", () -> new Projects.Opened(current.file(), current.file().documents().list()));
    }

    /**
     * Opens a project in the background and shows it; on failure the open project stays as it was and
     * {@link #errorProperty()} says why.
     */
    private CompletableFuture<Boolean> openProject(String description, java.util.concurrent.Callable<Projects.Opened> opening) {
        status.set(description + "…");
        return jobs.submit(description, opening).thenCompose(opened -> {
            Projects.Opened old = project.get();
            request++;
            compare.set(null);
            problems.clear();
            error.set("");
            project.set(opened);
            if (old != null && old.file() != opened.file()) {
                old.file().close();
            }
            settings.text(LAST_PROJECT, opened.file().path().toAbsolutePath().toString());
            rememberRecent(opened.file().path().toAbsolutePath());
            CompletableFuture<Void> analysed = corpus.show(opened);
            status.set(corpus.name() + ": " + corpus.describe());
            return analysed.thenApply(v -> {
                status.set(corpus.name() + ": " + corpus.describe());
                return true;
            });
        }).exceptionally(e -> {
            error.set(message(e));
            status.set("Could not open: " + message(e));
            return false;
        });
    }

    /** Closes the open project's file as the program ends; every change was saved when it was made. */
    public void close() {
        Projects.Opened open = project.get();
        if (open != null) {
            open.file().close();
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void rememberRecent(Path file) {
        List<String> recent = new java.util.ArrayList<>(recentProjects().stream().map(Path::toString).toList());
        recent.remove(file.toString());
        recent.add(0, file.toString());
        settings.text(RECENT_PROJECTS, String.join(java.io.File.pathSeparator, recent.subList(0, Math.min(8, recent.size()))));
    }

    /** The projects opened lately, newest first, that still exist. */
    public List<Path> recentProjects() {
        return settings.text(RECENT_PROJECTS).stream()
                .flatMap(s -> java.util.Arrays.stream(s.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))))
                .filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile).toList();
    }

    public ReadOnlyObjectProperty<Projects.Opened> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** Why the last project could not be opened, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Article files, or folders of them, shown outside any project (nothing can be tagged there). */
    public CompletableFuture<Void> open(List<Path> paths) {
        return load("Reading " + (paths.size() == 1 ? paths.get(0).getFileName() : paths.size() + " files"),
                () -> ArticleSources.open(paths));
    }

    private CompletableFuture<Void> load(String description, Callable<ArticleSources.Loaded> reading) {
        status.set(description + "…");
        return jobs.submit(description, reading).thenCompose(loaded -> {
            request++;
            compare.set(null);
            problems.setAll(loaded.problems());
            Projects.Opened old = project.get();
            project.set(null);
            if (old != null) {
                old.file().close();
            }
            CompletableFuture<Void> analysed = corpus.show(loaded);
            status.set(loadedMessage(loaded));
            return analysed.thenRun(() -> status.set(loadedMessage(loaded)));
        }).exceptionally(e -> {
            status.set("Could not open: " + message(e));
            return null;
        });
    }

    private String loadedMessage(ArticleSources.Loaded loaded) {
        String base = corpus.name() + ": " + corpus.describe();
        int n = loaded.problems().size();
        return n == 0 ? base : base + " · " + Corpus.count(n, "file could not be read", "files could not be read");
    }

    /** Aligns two articles and shows them side by side; completes with the view model shown, or null if superseded. */
    public CompletableFuture<CompareViewModel> compare(Article left, Article right) {
        boolean hide = furnitureHidden.get();
        status.set("Comparing “" + left.title() + "” with “" + right.title() + "”…");
        return replaceComparison("Comparing " + left.name() + " with " + right.name(),
                () -> CompareViewModel.of(left.analysis(), right.analysis(), hide));
    }

    /** Exchanges the two panes. */
    public CompletableFuture<CompareViewModel> swap() {
        CompareViewModel shown = compare.get();
        return shown == null ? CompletableFuture.completedFuture(null) : replaceComparison("Swapping sides", shown::swapped);
    }

    private CompletableFuture<CompareViewModel> replaceComparison(String description,
                                                                  Callable<CompareViewModel> work) {
        int mine = ++request;
        return jobs.submit(description, work).thenApply(vm -> {
            if (mine != request) {
                return null;
            }
            compare.set(vm);
            Summary s = vm.summary();
            status.set("“" + vm.left().title() + "” and “" + vm.right().title() + "”: "
                    + Math.round(s.similarity() * 100) + "% similar · " + vm.stops().size() + " changes");
            return vm;
        }).exceptionally(e -> {
            if (mine == request) {
                status.set("Could not compare: " + message(e));
            }
            return null;
        });
    }

    private static String message(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    public void zoomIn() {
        fontSize.set(Math.min(Settings.MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(Math.max(Settings.MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void zoomReset() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
    }

    @Override
    public boolean corpusLoaded() {
        return !corpus.articles().isEmpty() && corpus.analysedProperty().get();
    }

    @Override
    public CompletableFuture<Boolean> compareFirstTwo() {
        List<Article> articles = corpus.articles();
        if (articles.size() < 2) {
            return CompletableFuture.completedFuture(false);
        }
        return compare(articles.get(0), articles.get(1))
                .thenApply(vm -> vm != null && !vm.comparison().pairs().isEmpty());
    }

    public Corpus corpus() {
        return corpus;
    }

    public Settings settings() {
        return settings;
    }

    public Jobs jobs() {
        return jobs;
    }

    public ReadOnlyObjectProperty<CompareViewModel> compareProperty() {
        return compare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void status(String message) {
        status.set(message);
    }

    /** One line per file of the last opening that could not be read. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty furnitureHiddenProperty() {
        return furnitureHidden;
    }

    public StringBinding titleProperty() {
        return title;
    }
}
