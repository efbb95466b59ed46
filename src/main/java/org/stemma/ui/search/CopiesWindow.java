package org.stemma.ui.search;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.geometry.Insets;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Find copies of this article": a small window listing the articles that share the most text with it,
 * ranked; opening one (double-click or Enter) compares it with the article.
 */
public final class CopiesWindow {

    private final Stage stage = new Stage();
    private final ListView<SearchViewModel.Copy> list = new ListView<>();

    /** @param compare compares the article with the copy chosen */
    public CopiesWindow(Window owner, String title, List<SearchViewModel.Copy> copies, List<String> stylesheets,
                        Consumer<SearchViewModel.Copy> compare) {
        list.setId("copies-list");
        list.getItems().setAll(copies);
        list.setPlaceholder(new Label("No other article shares text with this one"));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                compare.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                compare.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label head = new Label(copies.isEmpty() ? "“" + title + "”"
                : copies.size() + (copies.size() == 1 ? " article shares" : " articles share") + " text with “" + title
                + "” (estimated share of the shorter article). Open one to compare.");
        head.setWrapText(true);
        head.setPadding(new Insets(6));
        BorderPane root = new BorderPane(list);
        root.setTop(head);
        Scene scene = new Scene(root, 640, 420);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Copies of " + title + " — Stemma");
    }

    public void show() {
        stage.show();
    }

    public ListView<SearchViewModel.Copy> list() {
        return list;
    }
}
