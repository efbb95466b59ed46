package org.stemma.ui.app;

import org.stemma.ui.compare.CompareView;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.search.CopiesWindow;
import org.stemma.ui.search.SearchPane;
import org.stemma.ui.search.SearchViewModel;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.CorpusTable;
import org.stemma.ui.families.FamiliesUi;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.ledger.LedgerWindow;
import org.stemma.ui.exchange.ExchangeActions;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stemma.ui.files.DialogFolders;
import org.stemma.ui.importing.ArticleFilters;
import org.stemma.ui.importing.ImportController;
import org.stemma.ui.log.LogFolder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The workbench window: menu bar, the corpus above, the comparison below, the status line. It keeps
 * its size, position, divider and theme between runs.
 */
public final class MainWindow {

    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

    private static final double DEFAULT_DIVIDER = 0.24;

    private final Stage stage;
    private LedgerWindow ledger;
    private final MainViewModel model;
    private final CorpusTable corpusTable;
    private final CompareView compareView;
    private final SplitPane split;
    private final StatusBar statusBar;
    private final ProjectActions projects;
    private final ClaimsDock claimsDock;
    private final SearchPane search;
    private final ImportController imports;
    private final ExchangeActions exchange;
    private final FamiliesUi families;
    private final javafx.scene.control.MenuBar menus;
    private final WindowStyles styles;
    private final List<Shortcuts.Row> otherKeys = new java.util.ArrayList<>();

    public MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        corpusTable = new CorpusTable(model.corpus(), this::compareChosen, this::compareWith, this::findCopies);
        compareView = new CompareView(model.comparisons(), model.preferences().fontSizeProperty(),
                model.preferences().furnitureHiddenProperty(), model.preferences().furnitureAlignedProperty(), model::status);
        split = new SplitPane(corpusTable, compareView);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(corpusTable, false);
        statusBar = new StatusBar(model.jobs(), model.statusProperty(), model.preferences().fontSizeProperty());
        projects = new ProjectActions(stage, model.session());
        claimsDock = new ClaimsDock(stage, model.session(), model.preferences(), model.settings(), model.jobs(),
                model::status, split, compareView);
        exchange = new ExchangeActions(stage, model.session().projectProperty(), model.comparisons(), model.jobs(), model::status,
                claimsDock::selectedClaim, this::openProject);
        claimsDock.addMenuItems(exchange.claimReportItem());
        imports = new ImportController(stage, model.jobs(),
                () -> model.session().projectProperty().get() == null ? null : model.session().projectProperty().get().session(),
                () -> {
                    model.session().imported();
                    claimsDock.imported();
                }, model::status);
        BorderPane root = new BorderPane(split);
        search = new SearchPane(new SearchViewModel(model.jobs(), () -> model.corpus().sessionProperty().get()),
                hit -> claimsDock.read(hit.documentId(), hit.places().isEmpty() ? null : hit.places().get(0)));
        families = new FamiliesUi(stage, model.corpus(), model.jobs(), corpusTable, model.comparisons()::compare);
        menus = AppMenus.build(this, model.session(), model.comparisons(), model.preferences());
        menus.getMenus().add(menus.getMenus().size() - 1, families.menu());
        corpusTable.emptyHint(addArticlesHint(menus));
        root.setTop(new VBox(menus, search.bar()));
        root.setRight(search.results());
        root.setBottom(statusBar);
        root.getStyleClass().add("workbench");
        Rectangle2D first = WindowGeometry.screenFor(model.settings()).getVisualBounds();
        Scene scene = new Scene(root, WindowGeometry.firstSize(first)[0], WindowGeometry.firstSize(first)[1]);
        styles = new WindowStyles(model.preferences());
        styles.apply(scene);
        styles.start();
        stage.setOnHidden(e -> styles.stop());
        navigationKeys(scene);
        openDroppedProjects(scene);
        imports.installDropTarget(root);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        restoreGeometry();
        stage.setOnHiding(e -> saveState());
    }

    public void show() {
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.show();
        WindowGeometry.holdFirstSize(stage, width, height);
        corpusTable.table().requestFocus();
    }

    /** The hook an installer's smoke test drives. */
    public SmokeTestable smokeTest() {
        return model;
    }

    /**
     * F7 / Shift+F7 and Alt+Down / Alt+Up step through changes wherever the focus is, even in a text pane
     * or the table, which would otherwise take the keys for themselves.
     */
    private void navigationKeys(Scene scene) {
        ViewPreferences p = model.preferences();
        Map<KeyCombination, Runnable> keys = new java.util.LinkedHashMap<>();
        keys.put(new KeyCodeCombination(KeyCode.F7), compareView::next);
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), compareView::previous);
        keys.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), compareView::next);
        keys.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), compareView::previous);
        // Ctrl+= and Ctrl+Shift+= (where + is typed with Shift) and the keypad's + and −.
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), p::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), p::zoomOut);
        String ctrl = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText().replace("A", "");
        otherKeys.addAll(List.of(
                new Shortcuts.Row("Alt+Down", "Next change (also in a pane or the table)"),
                new Shortcuts.Row("Alt+Up", "Previous change"),
                new Shortcuts.Row(ctrl + "=, " + ctrl + "Shift+=, " + ctrl + "keypad +", "Zoom in: larger text everywhere"),
                new Shortcuts.Row(ctrl + "keypad −", "Zoom out"),
                new Shortcuts.Row("Enter or click in a pane", "Select the counterpart of the sentence there"),
                new Shortcuts.Row("Down or Enter in the filter", "Go to the table"),
                new Shortcuts.Row("Esc in the filter", "Clear the filter"),
                new Shortcuts.Row("Tab, Shift+Tab", "Move between the filter, the table, the panes and the buttons")));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.entrySet().stream()
                .filter(k -> k.getKey().match(e)).findFirst().ifPresent(k -> {
                    k.getValue().run();
                    e.consume();
                }));
    }

    /** The empty corpus's hint, naming the command that adds articles with its real accelerator. */
    private static String addArticlesHint(javafx.scene.control.MenuBar bar) {
        return Shortcuts.sections(bar, List.of()).stream().filter(s -> s.title().equals("File"))
                .flatMap(s -> s.rows().stream()).filter(r -> r.command().startsWith("Add Articles"))
                .findFirst().map(r -> "No articles yet: add article files with File › Add Articles… (" + r.keys()
                        + ") or drop them here")
                .orElse("No articles yet: drop article files here");
    }

    /** A dropped project file is opened; anything else dropped is imported into the open project. */
    private void openDroppedProjects(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (projectFiles(e.getDragboard()).size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            List<Path> projects = projectFiles(e.getDragboard());
            if (projects.size() == 1) {
                openProject(projects.get(0));
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private static List<Path> projectFiles(Dragboard board) {
        return !board.hasFiles() || board.getFiles().size() != 1 ? List.of() : board.getFiles().stream()
                .map(File::toPath).filter(p -> p.toString().endsWith(Projects.EXTENSION)).toList();
    }

    ExchangeActions exchange() {
        return exchange;
    }

    ImportController imports() {
        return imports;
    }

    void newProject() {
        projects.newProject();
    }

    void openProject() {
        projects.openProject();
    }

    void openProject(Path file) {
        projects.open(file);
    }

    void saveProjectAs() {
        projects.saveAs();
    }

    javafx.scene.control.Menu claimsMenu() {
        return claimsDock.menu();
    }

    public ClaimsDock claimsDock() {
        return claimsDock;
    }

    void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Articles");
        chooser.getExtensionFilters().addAll(ArticleFilters.all());
        chooser.setInitialDirectory(DialogFolders.window().initial());
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            DialogFolders.window().chosen(files.get(0));
            open(files.stream().map(File::toPath).toList());
        }
    }

    void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Folder of Articles");
        chooser.setInitialDirectory(DialogFolders.window().initial());
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            DialogFolders.window().chosen(folder);
            open(List.of(folder.toPath()));
        }
    }

    private CompletableFuture<Void> open(List<Path> paths) {
        return model.session().open(paths).thenRun(() -> {
            if (!model.session().problems().isEmpty()) {
                showProblems();
            }
        });
    }

    private void showProblems() {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(Corpus.count(model.session().problems().size(), "file was", "files were") + " not opened");
        alert.setContentText("Everything else was opened. The files themselves are unchanged.");
        TextArea details = new TextArea(String.join("\n", model.session().problems()));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(true);
        alert.show();
    }

    /** Compares the two selected articles, the first selected on the left. */
    void compareChosen() {
        List<Article> chosen = corpusTable.chosen();
        if (chosen.size() == 2) {
            model.comparisons().compare(chosen.get(0), chosen.get(1));
        } else {
            model.status("Select two articles to compare (Ctrl+click the second)");
        }
    }

    /** The articles that share the most text with {@code article}, in a small window; opening one compares. */
    void findCopies(Article article) {
        search.model().copiesOf(article.sessionId()).thenAccept(copies -> new CopiesWindow(stage, article.title(),
                copies, model.preferences().themeProperty().get().stylesheets(), copy -> model.corpus().byId(copy.article().id())
                .ifPresent(other -> model.comparisons().compare(article, other))).show());
    }

    SearchPane search() {
        return search;
    }

    void compareWith() {
        corpusTable.focused().ifPresentOrElse(this::compareWith, () -> model.status("Select an article first"));
    }

    void compareWith(Article left) {
        List<Article> others = model.corpus().articles().stream().filter(a -> a != left).toList();
        if (others.isEmpty()) {
            model.status("The corpus has no other article to compare with");
            return;
        }
        ChoiceDialog<Article> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.initOwner(stage);
        dialog.setTitle("Compare With");
        dialog.setHeaderText("Compare “" + left.title() + "” with:");
        dialog.showAndWait().ifPresent(right -> model.comparisons().compare(left, right));
    }

    void focusFilter() {
        corpusTable.filter().requestFocus();
        corpusTable.filter().selectAll();
    }

    void quit() {
        saveState();
        Platform.exit();
    }

    void showShortcuts() {
        Shortcuts.dialog(stage, menus, otherKeys).show();
    }

    /** Opens (or brings forward) the Ledger and Facts window on the corpus. */
    void showLedger() {
        if (ledger == null) {
            ledger = new LedgerWindow(stage, model.jobs(), model.corpus().articles());
        }
        ledger.show();
    }

    void showLogFolder() {
        new LogFolder().show(stage, model::status);
    }

    void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Aligns rewritten articles sentence by sentence, shows every changed word, and exposes "
                        + "disguised characters.\n\nSettings: " + model.settings().file(), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("About Stemma");
        alert.setHeaderText("Stemma");
        alert.show();
    }

    private void restoreGeometry() {
        Settings s = model.settings();
        WindowGeometry.restore(stage, s);
        split.setDividerPositions(Math.max(0.08, Math.min(0.8, s.number("split.corpus").orElse(DEFAULT_DIVIDER))));
    }

    /** Writes the window's geometry and the view settings; a failure is reported, never fatal. */
    void saveState() {
        Settings s = model.settings();
        WindowGeometry.save(stage, s);
        if (!split.getDividers().isEmpty()) {
            s.number("split.corpus", split.getDividerPositions()[0]);
        }
        claimsDock.saveDivider();
        try {
            s.save();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "could not save settings to " + s.file(), e);
        }
    }

    public MainViewModel model() {
        return model;
    }

    public CorpusTable corpusTable() {
        return corpusTable;
    }

    public FamiliesUi families() {
        return families;
    }

    public CompareView compareView() {
        return compareView;
    }

    javafx.scene.control.MenuBar menuBar() {
        return menus;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    Stage stage() {
        return stage;
    }
}
