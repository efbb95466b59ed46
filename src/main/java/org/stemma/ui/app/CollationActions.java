package org.stemma.ui.app;

import org.stemma.text.Span;
import org.stemma.ui.collation.CollationUi;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.corpus.Article;

import javafx.scene.Node;
import javafx.stage.Stage;

/** What a collation window asks of the main window: a pair compared at a passage, a passage tagged. */
final class CollationActions implements CollationUi.Actions {

    private final Stage stage;
    private final MainViewModel model;
    private final CompareView compareView;
    private final ClaimsDock claimsDock;

    CollationActions(Stage stage, MainViewModel model, CompareView compareView, ClaimsDock claimsDock) {
        this.stage = stage;
        this.model = model;
        this.compareView = compareView;
        this.claimsDock = claimsDock;
    }

    @Override
    public void pair(Article base, Article witness, Span baseSpan, Span witnessSpan) {
        model.comparisons().compare(base, witness).thenAccept(vm -> {
            if (vm != null) {
                compareView.showPassage(vm, baseSpan, witnessSpan);
            }
        });
        stage.toFront();
    }

    @Override
    public void tag(Article article, String text, Span span, Node over) {
        if (claimsDock.claims() == null || article.documentId() == Article.NOT_STORED) {
            model.status("Open a project to tag claims (File › Open Project…)");
            return;
        }
        claimsDock.claims().editNewClaim(over, article.documentId(), text, span);
    }

    @Override
    public void status(String message) {
        model.status(message);
    }
}
