package org.stemma.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.stemma.text.Span;

import java.util.List;
import java.util.function.Supplier;

/** Find within the pane last used (Ctrl+F; Enter / F3 next, Shift+Enter / Shift+F3 previous, Escape closes). */
final class FindBar extends HBox {

    private final TextField field = new TextField();
    private final Label where = new Label();
    private final Label count = new Label();
    private final TextSearch search = new TextSearch();
    private final Supplier<ArticlePane> target;
    private final ScrollTo scroll;

    /** How the compare view brings a match into view. */
    interface ScrollTo {
        void reveal(ArticlePane pane, Span match);
    }

    FindBar(Supplier<ArticlePane> target, ScrollTo scroll) {
        super(8);
        this.target = target;
        this.scroll = scroll;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in the article (disguised letters match too)");
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.setPrefColumnCount(28);
        Button previous = new Button("Previous");
        Button next = new Button("Next");
        Button close = new Button("Close");
        previous.setOnAction(e -> find(false));
        next.setOnAction(e -> find(true));
        close.setOnAction(e -> close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.textProperty().addListener((o, a, b) -> count.setText(""));
        count.getStyleClass().add("find-count");
        where.getStyleClass().add("find-where");
        getChildren().addAll(where, field, previous, next, count, close);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void open() {
        ArticlePane pane = target.get();
        where.setText(pane == null ? "" : "In " + pane.sideName() + ":");
        String selected = pane == null ? "" : pane.area().getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            field.setText(selected);
        }
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        setVisible(false);
        ArticlePane pane = target.get();
        if (pane != null) {
            pane.area().requestFocus();
        }
    }

    /** Selects the next (or previous) match after the pane's caret, wrapping around. */
    void find(boolean forward) {
        ArticlePane pane = target.get();
        if (pane == null) {
            return;
        }
        where.setText("In " + pane.sideName() + ":");
        List<Span> matches = search.find(pane.area().getText(), field.getText());
        if (matches.isEmpty()) {
            count.setText(field.getText().isEmpty() ? "" : "No match");
            return;
        }
        int caret = pane.area().getSelection().getStart();
        int index = -1;
        if (forward) {
            int after = pane.area().getSelection().getLength() > 0 ? caret + 1 : caret;
            for (int i = 0; i < matches.size() && index < 0; i++) {
                if (matches.get(i).start() >= after) {
                    index = i;
                }
            }
            index = index < 0 ? 0 : index;
        } else {
            for (int i = matches.size() - 1; i >= 0 && index < 0; i--) {
                if (matches.get(i).start() < caret) {
                    index = i;
                }
            }
            index = index < 0 ? matches.size() - 1 : index;
        }
        Span match = matches.get(index);
        pane.selectRange(match);
        scroll.reveal(pane, match);
        count.setText((index + 1) + " of " + matches.size());
    }

    TextField field() {
        return field;
    }
}
