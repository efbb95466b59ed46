package org.stemma.ui.app;

import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.compare.Summary;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.ArticleSources;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.jobs.Jobs;

import org.stemma.platform.Causes;
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

import org.stemma.session.CorpusSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The workbench window's state: the corpus, the comparison shown, the analyst's view preferences and
 * the status line. The window's commands call it; it does the work through {@link Jobs}.
 */
public final class MainViewModel implements SmokeTestable {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

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
    private final BooleanProperty furnitureAligned;
    private final StringBinding title;
    /** Only the newest comparison asked for is shown, however the jobs finish. */
    private int request;

    public MainViewModel(Jobs jobs, Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
        this.corpus = new Corpus();
        theme = new SimpleObjectProperty<>(settings.theme());
        fontSize = new SimpleIntegerProperty(settings.fontSize());
        furnitureHidden = new SimpleBooleanProperty(settings.furnitureHidden());
        furnitureAligned = new SimpleBooleanProperty(settings.furnitureAligned());
        furnitureAligned.addListener((o, was, now) -> {
            settings.furnitureAligned(now);
            CompareViewModel shown = compare.get();
            if (shown != null) {
                replaceComparison(now ? "Aligning page furniture too" : "Leaving page furniture out of the alignment",
                        () -> shown.withFurnitureAligned(now));
            }
        });
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

    /** Opens {@code file}; the project already open stays as it is rather than being opened a second time. */
    public CompletableFuture<Boolean> openProject(Path file) {
        Projects.Opened current = project.get();
        if (current != null && isSameFile(current.file().path(), file)) {
            status.set(corpus.name() + " is open: " + corpus.describe());
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
            status.set("No project is open");
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
        status.set(corpus.name() + ": " + corpus.describe());
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
            corpus.show(opened.session());
            status.set(corpus.name() + ": " + corpus.describe());
            return CompletableFuture.completedFuture(true);
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

    /** Files read and analysed, outside any project. */
    private record Loose(ArticleSources.Loaded loaded, CorpusSession session) {
    }

    private CompletableFuture<Void> load(String description, Callable<ArticleSources.Loaded> reading) {
        status.set(description + "…");
        return jobs.submit(description, () -> {
            ArticleSources.Loaded read = reading.call();
            return new Loose(read, CorpusSession.of(read.name(), read.documents()));
        }).thenCompose(loose -> {
            ArticleSources.Loaded loaded = loose.loaded();
            request++;
            compare.set(null);
            problems.setAll(loaded.problems());
            Projects.Opened old = project.get();
            project.set(null);
            if (old != null) {
                old.file().close();
            }
            corpus.show(loose.session());
            status.set(loadedMessage(loaded));
            return CompletableFuture.<Void>completedFuture(null);
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
        boolean align = furnitureAligned.get();
        status.set("Comparing “" + left.title() + "” with “" + right.title() + "”…");
        return replaceComparison("Comparing " + left.name() + " with " + right.name(),
                () -> CompareViewModel.of(left.documentId(), left.analysis(), right.documentId(), right.analysis(),
                        hide, align));
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

    /** The line for the status bar; the stack trace goes to the log. */
    private static String message(Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "background work failed", Causes.unwrap(e));
        return Causes.describe(e);
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

    /** Whether page furniture takes part in the alignment and the scores (off: it is left out). */
    public BooleanProperty furnitureAlignedProperty() {
        return furnitureAligned;
    }

    public StringBinding titleProperty() {
        return title;
    }
}
