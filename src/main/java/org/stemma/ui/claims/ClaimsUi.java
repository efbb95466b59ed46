package org.stemma.ui.claims;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stemma.session.CorpusSession;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectFile;
import org.stemma.text.Span;
import javafx.stage.Window;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.tags.TagsReportViewModel;
import org.stemma.ui.tags.TagsReportWindow;

import java.util.List;


/**
 * The claims feature of one open project, for the main window to wire in: the view model, the claims
 * pane, the editors, and the menu items with their shortcuts. Close it with the project.
 */
public final class ClaimsUi implements AutoCloseable {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TOGGLE_CLAIMS = new KeyCodeCombination(KeyCode.C,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ClaimsViewModel model;
    private final ClaimsPane pane;
    private final ExportClaimsAction export;
    private final ProjectFile project;
    private final UndoHistory history;
    private final Jobs jobs;

    /** Call on the JavaFX thread. */
    public ClaimsUi(ProjectFile project, CorpusSession corpus, UndoHistory history, Jobs jobs) {
        this.project = project;
        this.history = history;
        this.jobs = jobs;
        this.model = new ClaimsViewModel(project, corpus, history, jobs);
        this.pane = new ClaimsPane(model);
        this.export = new ExportClaimsAction(project, jobs);
    }

    public ClaimsViewModel model() {
        return model;
    }

    /** The claims table; one per project. */
    public ClaimsPane pane() {
        return pane;
    }

    /**
     * Opens the editor for a new claim on a passage (offsets into {@code text}, the article's original text,
     * which the caller shows) over the window of {@code over}.
     */
    public ClaimEditor editNewClaim(Node over, long documentId, String text, Span passage) {
        ClaimEditor editor = ClaimEditor.forNewClaim(model, documentId, text, passage);
        editor.showOver(over);
        return editor;
    }

    public ClaimEditor editClaim(Node over, long claimId) {
        ClaimEditor editor = ClaimEditor.forClaim(model, claimId);
        editor.showOver(over);
        return editor;
    }

    public TagManager manageTags(Node over) {
        TagManager manager = new TagManager(model);
        manager.showOver(over);
        return manager;
    }

    /** The Tags report over the window of {@code over}, in its theme; it follows edits while open. */
    public TagsReportWindow showTagsReport(Node over) {
        Window owner = over.getScene() == null ? null : over.getScene().getWindow();
        List<String> styles = over.getScene() == null ? List.of() : List.copyOf(over.getScene().getStylesheets());
        TagsReportWindow window = new TagsReportWindow(owner, new TagsReportViewModel(project, jobs, history), styles);
        window.show();
        return window;
    }

    /** The memo of an article, in a dialog over the window of {@code over} (for any view that shows one article). */
    public ArticleMemoDialog editArticleMemo(Node over, long documentId) {
        ArticleMemoDialog dialog = new ArticleMemoDialog(model, documentId);
        dialog.showOver(over);
        return dialog;
    }

    /** File › Export Claims…: one per project, so that one export runs at a time. */
    public ExportClaimsAction exportAction() {
        return export;
    }

    /** Edit › Undo, with the edit's name ("Undo Add claim") and Ctrl+Z. */
    public MenuItem undoItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(model.undoLabelProperty());
        item.disableProperty().bind(model.canUndoProperty().not());
        item.setAccelerator(UNDO);
        item.setOnAction(e -> model.undo());
        return item;
    }

    /** Edit › Redo, Ctrl+Y. */
    public MenuItem redoItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(model.redoLabelProperty());
        item.disableProperty().bind(model.canRedoProperty().not());
        item.setAccelerator(REDO);
        item.setOnAction(e -> model.redo());
        return item;
    }

    /** View › Claims, Ctrl+Shift+C: shows and hides the claims pane. */
    public CheckMenuItem toggleClaimsItem() {
        CheckMenuItem item = new CheckMenuItem("Claims");
        item.selectedProperty().bindBidirectional(pane.shownProperty());
        item.setAccelerator(TOGGLE_CLAIMS);
        return item;
    }

    /** Edit › Tags…: the tag manager over the window of {@code over}. */
    public MenuItem manageTagsItem(Node over) {
        MenuItem item = new MenuItem("Tags…");
        item.setOnAction(e -> manageTags(over));
        return item;
    }

    /** Claims › Tags Report…: claims per tag, article and outlet, and co-occurrence, exported as CSV. */
    public MenuItem tagsReportItem(Node over) {
        MenuItem item = new MenuItem("Tags _Report…");
        item.setOnAction(e -> showTagsReport(over));
        return item;
    }

    @Override
    public void close() {
        model.close();
    }
}
