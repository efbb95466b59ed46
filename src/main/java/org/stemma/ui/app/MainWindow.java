package org.stemma.ui.app;

import org.stemma.ui.collation.CollationUi;
import org.stemma.ui.compare.CompareOptionsDialog;
import org.stemma.ui.compare.CompareRules;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.search.CopiesWindow;
import org.stemma.ui.search.SearchPane;
import org.stemma.ui.search.SearchViewModel;
import org.stemma.ui.corpus.CorpusTable;
import org.stemma.ui.families.FamiliesUi;
import org.stemma.ui.ledger.LedgerWindow;
import org.stemma.ui.ledger.WindowOpener;
import org.stemma.ui.exchange.ExchangeActions;
import org.stemma.ui.reader.Readers;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.stemma.ui.importing.ImportController;
import org.stemma.ui.log.LogFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
    private final List<Shortcuts.Row> otherKeys = WindowKeys.rows();
    private final CollationUi collation;
    private final Readers readers;
    private final CompareRules compareRules;
    private PaneHeights paneHeights;

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
        readers = new Readers(stage, model.jobs(), model.corpus(), this::openClaims,
                Bindings.createObjectBinding(() -> model.preferences().themeProperty().get().stylesheets(),
                        model.preferences().themeProperty()), model.preferences().fontSizeProperty(), model::status);
        corpusTable.onRead(article -> readers.open(article, null));
        claimsDock = new ClaimsDock(stage, model.session(), model.settings(), model.jobs(), model::status, split, compareView,
                readers);
        claimsDock.articleMemos().installIn(corpusTable);
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
        collation = new CollationUi(stage, model.jobs(), javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.preferences().themeProperty().get().stylesheets(), model.preferences().themeProperty()),
                new CollationActions(stage, model, compareView, claimsDock));
        compareRules = new CompareRules(model.jobs(), model.session().projectProperty(), model.comparisons(), model::status);
        claimsDock.followRules(compareRules.rulesProperty());
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
        SecondaryWindows secondary = new SecondaryWindows(stage);
        secondary.start();
        stage.setOnHidden(e -> {
            styles.stop();
            secondary.stop();
        });
        WindowKeys.install(scene, compareView, model.preferences());
        ProjectDrop.install(scene, this::openProject);
        imports.installDropTarget(root);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        restoreGeometry();
        stage.setOnHiding(e -> saveState());
    }

    /** Compare › Options…: the difference rules, applied to the comparison shown and kept in the project. */
    void showCompareOptions() {
        new CompareOptionsDialog(compareRules.current()).showOver(compareView).ifPresent(compareRules::apply);
    }

    public void show() {
        double width = stage.getWidth();
        double height = stage.getHeight();
        stage.show();
        WindowGeometry.holdFirstSize(stage, width, height);
        corpusTable.table().requestFocus();
    }

    /** The panes' default heights, counted in rows. */
    PaneHeights paneHeights() {
        return paneHeights;
    }

    /** The hook an installer's smoke test drives. */
    public SmokeTestable smokeTest() {
        return new SmokeTestable() {
            @Override
            public boolean corpusLoaded() {
                return model.corpusLoaded();
            }

            @Override
            public CompletableFuture<Boolean> compareFirstTwo() {
                return model.compareFirstTwo();
            }

            @Override
            public CompletableFuture<Integer> familiesCaughtUp() {
                return families.model().caughtUp().thenApply(List::size);
            }
        };
    }

    /** The empty corpus's hint, naming the command that adds articles with its real accelerator. */
    private static String addArticlesHint(javafx.scene.control.MenuBar bar) {
        return Shortcuts.sections(bar, List.of()).stream().filter(s -> s.title().equals("File"))
                .flatMap(s -> s.rows().stream()).filter(r -> r.command().startsWith("Add Articles"))
                .findFirst().map(r -> "No articles yet: add article files with File › Add Articles… (" + r.keys()
                        + ") or drop them here")
                .orElse("No articles yet: drop article files here");
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

    /**
     * Compare › Compare Selected (Ctrl+D): two articles side by side, the first selected on the left; with
     * any other number selected the status bar says what is needed.
     */
    void compareChosen() {
        List<Article> chosen = List.copyOf(corpusTable.chosen());
        switch (chosen.size()) {
            case 0 -> model.status("Select two articles to compare: click one, Ctrl+click the other, then Ctrl+D");
            case 1 -> model.status("Select two articles to compare: Ctrl+click a second one beside “"
                    + chosen.get(0).title() + "”");
            case 2 -> model.comparisons().compare(chosen.get(0), chosen.get(1));
            default -> compareMany(chosen);
        }
    }

    /** Ctrl+D with three or more articles selected: the many-witness view. */
    void compareMany(List<Article> chosen) {
        collation.collate(chosen);
    }

    /** The articles that share the most text with {@code article}, in a small window; opening one compares. */
    void findCopies(Article article) {
        search.model().copiesOf(article.sessionId()).thenAccept(copies -> new CopiesWindow(stage, article.title(),
                copies, model.preferences().themeProperty().get().stylesheets(), copy -> model.corpus().byId(copy.article().id())
                .ifPresent(other -> model.comparisons().compare(article, other))).show());
    }

    /** Collates the family of the article selected in the table (else the family chosen in the stemma view). */
    void collateFamily() {
        var fm = families.model();
        var family = corpusTable.focused().flatMap(fm::familyOf).or(() -> java.util.Optional.ofNullable(fm.selectedProperty().get()));
        family.ifPresentOrElse(f -> collation.collateFamily(f.members().stream().map(fm::article).toList(), f.members(),
                f.root(), f.edges()), () -> model.status("Select an article of a family to collate it (see the Family column)"));
    }

    public CollationUi collation() {
        return collation;
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
        WindowDialogs.compareWith(stage, left, others).ifPresent(right -> model.comparisons().compare(left, right));
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
            ledger = new LedgerWindow(stage, model.jobs(), model.corpus().sessionProperty(),
                    new WindowOpener(model.corpus(), model.comparisons(), compareView, readers::open, stage::toFront,
                            model::status),
                    draft -> claimsDock.claims() == null ? java.util.Optional.empty() : claimsDock.claims().model().save(draft));
            ledger.useStylesheets(model.preferences().themeProperty().get().stylesheets());
            model.preferences().themeProperty().addListener((o, was, now) -> ledger.useStylesheets(now.stylesheets()));
        }
        ledger.show();
    }

    /** The ledger window, once opened. */
    LedgerWindow ledger() {
        return ledger;
    }

    void showLogFolder() {
        new LogFolder().show(stage, model::status);
    }

    void showAbout() {
        WindowDialogs.about(stage, model.settings().file());
    }

    private void restoreGeometry() {
        Settings s = model.settings();
        WindowGeometry.restore(stage, s);
        split.setDividerPositions(Math.max(0.08, Math.min(0.8, s.number("split.corpus").orElse(DEFAULT_DIVIDER))));
        paneHeights = new PaneHeights(split, corpusTable, corpusTable.table(), s.number("split.corpus").isPresent(),
                s.number(ClaimsDock.DIVIDER).isPresent());
    }

    /** Writes the window's geometry and the view settings; a failure is reported, never fatal. */
    void saveState() {
        Settings s = model.settings();
        WindowGeometry.save(stage, s);
        // Only the analyst's own: the defaults are counted in rows for the screen the window opens on.
        if (paneHeights.touched()) {
            if (!split.getDividers().isEmpty()) {
                s.number("split.corpus", split.getDividerPositions()[0]);
            }
            claimsDock.saveDivider();
        }
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

    /** The open project's claims, or null: a method, so the readers made before the dock can ask for them. */
    private org.stemma.ui.claims.ClaimsUi openClaims() {
        return claimsDock.claims();
    }

    /** The reader windows: one article each, opened from the table, the claims and search. */
    public Readers readers() {
        return readers;
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
