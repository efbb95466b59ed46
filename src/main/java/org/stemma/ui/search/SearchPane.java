package org.stemma.ui.search;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stemma.store.SearchStore;

import java.util.function.Consumer;

/**
 * The search field of the window and its results: one row per article (name, hits, snippet); Enter or
 * a double-click on a row opens the article at its first hit.
 */
public final class SearchPane {

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchStore.Hit> results = new ListView<>();
    private final VBox resultsBox;
    private final HBox bar;

    /** @param open shows the article of a hit at its first place */
    public SearchPane(SearchViewModel model, Consumer<SearchStore.Hit> open) {
        this.model = model;
        field.setId("corpus-search");
        field.setPromptText("Search every article (look-alike letters folded; \"quotes\" for a phrase)");
        field.setOnAction(e -> model.search(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                model.search("");
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        bar = new HBox(8, new Label("Search"), field, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("search-bar");

        results.setId("search-results");
        results.setItems(model.hits());
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchStore.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null
                        : hit.name() + " · " + hit.hits() + (hit.hits() == 1 ? " hit\n" : " hits\n") + hit.snippet());
                setWrapText(true);
            }
        });
        results.setPrefWidth(380);
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        Button close = new Button("Close");
        close.setOnAction(e -> {
            field.clear();
            model.search("");
        });
        HBox head = new HBox(close);
        head.setAlignment(Pos.CENTER_RIGHT);
        VBox.setVgrow(results, Priority.ALWAYS);
        resultsBox = new VBox(4, head, results);
        resultsBox.setPadding(new Insets(4));
        resultsBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.hits()));
        resultsBox.managedProperty().bind(resultsBox.visibleProperty());
    }

    /** The field and the summary, for the top of the window. */
    public HBox bar() {
        return bar;
    }

    /** The results list, shown beside the corpus while a search has results. */
    public VBox results() {
        return resultsBox;
    }

    public TextField field() {
        return field;
    }

    public SearchViewModel model() {
        return model;
    }
}
