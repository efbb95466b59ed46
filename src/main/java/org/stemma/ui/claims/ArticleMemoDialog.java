package org.stemma.ui.claims;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The analyst's memo on one article, edited in a small dialog; OK saves it as one undoable edit
 * ({@link ClaimsViewModel#setArticleMemo}), an emptied memo is removed.
 */
public final class ArticleMemoDialog extends Dialog<ButtonType> {

    private final TextArea text = new TextArea();

    public ArticleMemoDialog(ClaimsViewModel model, long documentId) {
        setTitle("Article Memo");
        setResizable(true);
        ClaimStyles.addTo(getDialogPane());
        text.setId("article-memo");
        text.setWrapText(true);
        text.setPrefSize(460, 180);
        text.setPromptText("Why this article matters, what to check");
        text.setText(model.articleMemo(documentId));
        Label article = new Label(model.document(documentId).map(d -> {
            String title = d.metadata().title();
            return title == null || title.isBlank() ? d.name() : title;
        }).orElse(model.documentName(documentId)));
        article.setWrapText(true);
        article.getStyleClass().add("article-memo-title");
        getDialogPane().setContent(new VBox(8, article, text));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setOnShown(e -> Platform.runLater(text::requestFocus));
        setResultConverter(button -> {
            if (button == ButtonType.OK && !text.getText().equals(model.articleMemo(documentId))) {
                model.setArticleMemo(documentId, text.getText());
            }
            return button;
        });
    }

    TextArea text() {
        return text;
    }

    /** Shows the dialog over the window of {@code node}, without waiting for it to close. */
    public void showOver(Node node) {
        Window window = node == null || node.getScene() == null ? null : node.getScene().getWindow();
        if (window != null && getOwner() == null) {
            initOwner(window);
        }
        if (node != null && node.getScene() != null) {
            ClaimStyles.theme(getDialogPane(), node.getScene().getStylesheets());
        }
        show();
    }
}
