package org.stemma.ui.claims;

import org.stemma.ui.compare.ArticlePane;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.compare.DisplayText;
import org.stemma.ui.corpus.Article;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.stemma.text.Span;

import java.util.function.Consumer;

/**
 * Claims in the compare view: the open project's claims underlined in both panes, a selection tagged
 * with Ctrl+T, and a double-click on an underline opening its claim. Offsets handed to the claims
 * package are the article's own, converted from the pane's display offsets.
 */
public final class CompareClaims {

    private final Consumer<String> status;
    private final CompareView view;
    private ClaimsUi claims;

    /** @param status one-line messages for the status bar */
    public CompareClaims(Consumer<String> status, CompareView view) {
        this.status = status;
        this.view = view;
        view.decorateWith(this::underline);
        for (ArticlePane pane : view.panes()) {
            pane.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    openClaimAt(pane, pane.area().hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1));
                }
            });
        }
    }

    /** The claims of the project now open, or {@code null} for a corpus outside any project. */
    public void use(ClaimsUi claimsUi) {
        this.claims = claimsUi;
        if (claimsUi != null) {
            claimsUi.model().rows().addListener((javafx.collections.ListChangeListener<Object>) c -> view.redecorate());
        }
        view.redecorate();
    }

    /** Opens the claim editor for the selection of the pane last used. */
    public void tagSelection() {
        ArticlePane pane = view.lastUsed();
        if (claims == null || pane.model() == null) {
            status.accept("Open a project to tag claims (File › Open Project…)");
            return;
        }
        var selection = pane.area().getSelection();
        long id = documentId(pane);
        if (selection.getLength() == 0 || id == Article.NOT_STORED) {
            status.accept("Select a passage in one of the articles first, then press Ctrl+T");
            return;
        }
        Span shown = new Span(selection.getStart(), selection.getEnd());
        claims.editNewClaim(pane, id, pane.model().document().text(), pane.model().display().toModel(shown));
    }

    private void underline(ArticlePane pane) {
        if (claims != null) {
            underline(pane, claims.model());
        }
    }

    /**
     * Underlines the claims of the article a pane shows over the pane's own marks (the compare panes and
     * the reader draw them the same way).
     *
     * @return the claims drawn, by place
     */
    public static ClaimHighlights underline(ArticlePane pane, ClaimsViewModel claims) {
        if (pane.model() == null || pane.model().documentId() == Article.NOT_STORED) {
            return ClaimHighlights.of(java.util.List.of());
        }
        ClaimHighlights highlights = ClaimHighlights.of(claims.claimsIn(pane.model().documentId()));
        var area = pane.area();
        DisplayText display = pane.model().display();
        // From the comparison's own styles each time, so a removed claim leaves no underline behind.
        var base = pane.model().styledText().getStyleSpans(0, area.getLength());
        ClaimUnderlines.installStylesheet(area, highlights);
        area.setStyleSpans(0, ClaimUnderlines.overlay(base,
                ClaimUnderlines.styleSpans(highlights, area.getLength(), display::toDisplay)));
        return highlights;
    }

    private void openClaimAt(ArticlePane pane, int shownOffset) {
        if (claims == null || pane.model() == null || shownOffset < 0) {
            return;
        }
        long id = documentId(pane);
        int offset = pane.model().display().toModel(shownOffset);
        ClaimHighlights.of(claims.model().claimsIn(id)).claimsAt(offset).stream().findFirst()
                .ifPresent(claim -> claims.editClaim(pane, claim.id()));
    }

    private long documentId(ArticlePane pane) {
        return pane.model().documentId();
    }
}
