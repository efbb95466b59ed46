package org.stemma.ui.claims;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.CorpusTable;

/**
 * Article memos in the corpus table: a narrow column marking the articles that have a memo (the memo as
 * tooltip), and "Article Memo…" in the table's context menu to write one. Follows the open project's
 * claims view model ({@link #use}); without a project the column is empty and the item disabled.
 */
public final class ArticleMemoColumn {

    static final String MARK = "✎";

    private final TableColumn<Article, String> column = new TableColumn<>();
    private final MenuItem edit = new MenuItem("Article _Memo…");
    private ClaimsViewModel model;
    private CorpusTable table;

    public ArticleMemoColumn() {
        Label header = new Label(MARK);
        header.setTooltip(new Tooltip("Articles with a memo (Article Memo… in the context menu)"));
        column.setGraphic(header);
        column.setId("corpus-memo-column");
        column.setPrefWidth(34);
        column.setMinWidth(28);
        column.setMaxWidth(40);
        column.setSortable(true);
        column.setCellValueFactory(cell -> model == null ? new ReadOnlyObjectWrapper<>("")
                : Bindings.valueAt(model.articleMemos(), cell.getValue().documentId()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String memo, boolean empty) {
                super.updateItem(memo, empty);
                boolean has = !empty && memo != null && !memo.isBlank();
                setText(has ? MARK : null);
                setTooltip(has ? new Tooltip(memo) : null);
            }
        });
        edit.setDisable(true);
        edit.setOnAction(e -> {
            if (model != null && table != null) {
                table.focused().ifPresent(a -> new ArticleMemoDialog(model, a.documentId()).showOver(table));
            }
        });
    }

    /** Puts the column first in the corpus table and the item in its context menu. */
    public void installIn(CorpusTable corpus) {
        this.table = corpus;
        corpus.addColumn(column, 0);
        ContextMenu menu = corpus.table().getContextMenu();
        if (menu == null) {
            corpus.table().setContextMenu(new ContextMenu(edit));
        } else {
            menu.getItems().add(edit);
        }
    }

    /** The open project's claims, or {@code null} when none is open. */
    public void use(ClaimsViewModel claims) {
        this.model = claims;
        edit.setDisable(claims == null);
        if (table != null) {
            table.table().refresh();
        }
    }

    TableColumn<Article, String> column() {
        return column;
    }
}
