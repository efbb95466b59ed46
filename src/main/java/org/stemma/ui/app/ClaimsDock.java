package org.stemma.ui.app;

import javafx.beans.value.ObservableValue;
import org.stemma.align.CompareOptions;
import org.stemma.ui.claims.ArticleMemoColumn;
import org.stemma.ui.claims.ClaimJump;
import org.stemma.ui.claims.ClaimRow;
import org.stemma.ui.claims.ClaimsUi;
import org.stemma.ui.claims.CompareClaims;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.reader.Readers;

import org.stemma.text.Span;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.stemma.model.Claim;
import org.stemma.claims.UndoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The claims of the open project in the window: the claims table docked under the comparison, the
 * Claims menu, underlines and tagging in the compare panes, and a reader window when the analyst jumps
 * to a claim. One {@link ClaimsUi} per project, closed with it.
 */
public final class ClaimsDock {

    static final String DIVIDER = "split.claims";

    private final Stage stage;
    private final Settings settings;
    private final Readers readers;
    private final Jobs jobs;
    private final Consumer<String> status;
    private final SplitPane split;
    private final CompareClaims compareClaims;
    private final Menu menu = new Menu("C_laims");
    private final List<MenuItem> extraItems = new ArrayList<>();
    private final ArticleMemoColumn articleMemos = new ArticleMemoColumn();
    private ClaimsUi claims;
    private Projects.Opened project;

    /** @param status one-line messages for the status bar */
    ClaimsDock(Stage stage, ProjectSession session, Settings settings, Jobs jobs, Consumer<String> status,
               SplitPane split, CompareView compareView, Readers readers) {
        this.stage = stage;
        this.settings = settings;
        this.jobs = jobs;
        this.status = status;
        this.readers = readers;
        this.split = split;
        this.compareClaims = new CompareClaims(status, compareView);
        session.projectProperty().addListener((o, was, now) -> use(now));
        use(session.projectProperty().get());
        split.heightProperty().addListener((o, was, now) -> fold(now.doubleValue()));
    }

    /** Below this height of the work area the claims table folds away, so that the comparison keeps its lines. */
    static final double FOLD_BELOW = 560;
    private boolean folded;

    /**
     * On a short window the claims table folds away by itself (Ctrl+Shift+C brings it back), and comes
     * back when the window grows again, unless the analyst chose meanwhile.
     */
    private void fold(double height) {
        if (claims == null || height <= 0) {
            return;
        }
        var shown = claims.pane().shownProperty();
        if (height < FOLD_BELOW && shown.get() && !folded) {
            folded = true;
            shown.set(false);
            status.accept("The claims table is folded away to give the comparison room: "
                    + org.stemma.ui.claims.ClaimsUi.TOGGLE_CLAIMS.getDisplayText() + " shows it");
        } else if (height >= FOLD_BELOW && folded) {
            folded = false;
            if (!shown.get()) {
                shown.set(true);
            }
        }
    }

    public Menu menu() {
        return menu;
    }

    public ClaimsUi claims() {
        return claims;
    }

    /** The article memos' column and menu item, for the corpus table; they follow the open project. */
    public ArticleMemoColumn articleMemos() {
        return articleMemos;
    }

    private void use(Projects.Opened opened) {
        if (claims != null && opened != null && project != null && opened.file() == project.file()) {
            project = opened;
            claims.model().reload();
            return;
        }
        project = opened;
        if (claims != null) {
            saveDivider();
            split.getItems().remove(claims.pane());
            claims.close();
            claims = null;
            articleMemos.use(null);
        }
        MenuItem tag = new MenuItem("_Tag Selection…");
        tag.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        tag.setOnAction(e -> compareClaims.tagSelection());
        if (project == null) {
            tag.setDisable(true);
            menu.getItems().setAll(tag);
            compareClaims.use(null);
            return;
        }
        claims = new ClaimsUi(project.file(), project.session(), new UndoHistory(), jobs);
        settings.number(DIVIDER).ifPresent(d -> claims.pane().dockAt(Math.max(0.3, Math.min(0.95, d))));
        claims.pane().dockIn(split);
        claims.model().onJumpProperty().set(this::openReader);
        claims.model().messageProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                status.accept(now);
            }
        });
        menu.getItems().setAll(tag, new SeparatorMenuItem(), claims.undoItem(), claims.redoItem(),
                new SeparatorMenuItem(), claims.toggleClaimsItem(), claims.manageTagsItem(split),
                claims.tagsReportItem(split));
        articleMemos.use(claims.model());
        if (!extraItems.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(extraItems);
        }
        compareClaims.use(claims);
    }

    /**
     * Has the open project's claims follow the difference rules as they change (decision 1421): their
     * counterparts are computed again under the new ones. The rules a project opens with the claims read
     * from it themselves.
     */
    public void followRules(ObservableValue<CompareOptions> rules) {
        rules.addListener((o, was, now) -> {
            if (claims != null && now != null) {
                claims.model().followRules(now);
            }
        });
    }

    /** Adds items of other features to the end of the Claims menu (shown while a project is open). */
    public void addMenuItems(MenuItem... items) {
        extraItems.addAll(List.of(items));
        if (claims != null) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(items);
        }
    }

    /** The claim selected in the claims table, if a project is open and one is selected. */
    public Optional<Claim> selectedClaim() {
        if (claims == null) {
            return Optional.empty();
        }
        ClaimRow row = claims.pane().table().getSelectionModel().getSelectedItem();
        return row == null ? Optional.empty() : Optional.of(row.claim());
    }

    /** Remembers the height the analyst gave the claims table, for the next project and the next run. */
    public void saveDivider() {
        if (claims != null) {
            settings.number(DIVIDER, claims.pane().dockedDivider(split));
        }
    }

    /** File › Export Claims…: a CSV of the open project's claims. */
    public void exportClaims() {
        if (claims == null) {
            status.accept("Open a project to export its claims");
            return;
        }
        claims.exportAction().choose(stage, status);
    }

    /** After an import: the claims table learns the new articles (their counterparts are computed then). */
    public void imported() {
        if (claims != null) {
            claims.model().reload();
        }
    }

    /** Shows an article of the corpus at {@code place} (or its start), in a reader window of its own. */
    public void read(long documentId, Span place) {
        readers.open(documentId, place);
    }

    /** Shows the claim in its article, in a reader window of its own. */
    private void openReader(ClaimJump jump) {
        readers.open(jump.documentId(), jump.span());
    }
}
