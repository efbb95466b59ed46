package org.stemma.ui.ledger;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.claims.ClaimDraft;
import org.stemma.model.Claim;
import org.stemma.session.CorpusSession;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Ledger and Facts views in a window of their own, following the open corpus session: computed again
 * as articles are added or removed, and when another project is opened.
 */
public final class LedgerWindow {

    private static final String STYLESHEET = LedgerWindow.class.getResource("ledger.css").toExternalForm();

    private final Stage stage = new Stage();
    private final LedgerViewModel model;
    private final LedgerView view;

    /**
     * @param opener shows an article at a passage, or two side by side, in the main window
     * @param claims saves a new claim as one undoable edit, or refuses it (empty) with its reason shown there
     */
    public LedgerWindow(Window owner, Jobs jobs, ObservableValue<CorpusSession> session, LedgerViewModel.Opener opener,
                        Function<ClaimDraft, Optional<Claim>> claims) {
        this.model = new LedgerViewModel(jobs, Platform::runLater);
        model.openerProperty().set(opener);
        model.claimsProperty().set(claims);
        this.view = new LedgerView(model);
        stage.initOwner(owner);
        stage.setTitle("Quotation Ledger and Facts");
        Scene scene = new Scene(view, 1240, 720);
        scene.getStylesheets().setAll(STYLESHEET);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(360);
        stage.showingProperty().addListener((o, was, now) -> model.setActive(now));
        session.addListener((o, was, now) -> model.use(now));
        model.use(session.getValue());
    }

    /** The theme's style sheets (the window's own come first, so that the theme's colours win). */
    public void useStylesheets(List<String> theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(STYLESHEET);
        sheets.addAll(theme);
        stage.getScene().getStylesheets().setAll(sheets);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public LedgerViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /** The style sheet of the views, for a scene showing them outside this window. */
    static String stylesheet() {
        return STYLESHEET;
    }
}
