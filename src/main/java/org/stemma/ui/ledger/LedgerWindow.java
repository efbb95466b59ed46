package org.stemma.ui.ledger;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.Jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Ledger and Facts views in a window of their own, kept up to date as articles are added or removed. */
public final class LedgerWindow {

    private final Stage stage = new Stage();
    private final LedgerViewModel model;
    private final ObservableList<Article> articles;

    public LedgerWindow(Window owner, Jobs jobs, ObservableList<Article> articles) {
        this.model = new LedgerViewModel(jobs);
        this.articles = articles;
        stage.initOwner(owner);
        stage.setTitle("Quotation ledger and facts");
        stage.setScene(new Scene(new LedgerView(model), 1280, 760));
        articles.addListener((ListChangeListener<Article>) c -> refresh());
        refresh();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void refresh() {
        List<Article> now = List.copyOf(articles);
        // Analysis (cached by each article) happens inside the job, never on the JavaFX thread.
        model.show(() -> {
            Map<Long, AnalyzedDocument> byId = new LinkedHashMap<>();
            for (int i = 0; i < now.size(); i++) {
                byId.put((long) i, now.get(i).analysis());
            }
            return byId;
        });
    }
}
