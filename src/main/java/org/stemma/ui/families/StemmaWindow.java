package org.stemma.ui.families;

import org.stemma.model.Family;
import org.stemma.ui.corpus.Article;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Stemma view: the chosen family as a derivation graph above and its similarity heat map below,
 * with a family chooser, zoom and the progress of the search (which can be cancelled).
 */
final class StemmaWindow {

    private final Stage stage = new Stage();
    private final FamiliesViewModel model;
    private final StemmaGraph graph = new StemmaGraph();
    private final SimilarityMatrix matrix = new SimilarityMatrix();
    private final ComboBox<Family> chooser = new ComboBox<>();
    private final Label summary = new Label();

    /**
     * @param compare opens the side-by-side comparison of two articles in the main window
     * @param select  selects an article in the corpus table
     */
    StemmaWindow(Window owner, FamiliesViewModel model, BiConsumer<Article, Article> compare, Consumer<Article> select) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Stemma \u2014 who copied whom");
        chooser.setId("family-chooser");
        chooser.setItems(model.families());
        chooser.setCellFactory(l -> new FamilyCell());
        chooser.setButtonCell(new FamilyCell());
        chooser.valueProperty().bindBidirectional(model.selectedProperty());
        chooser.setPrefWidth(520);
        Button in = new Button("+");
        in.setOnAction(e -> graph.zoom(1.25));
        Button out = new Button("\u2212");
        out.setOnAction(e -> graph.zoom(0.8));
        Button fit = new Button("Fit");
        fit.setOnAction(e -> graph.fit());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("families-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Family"), chooser, in, out, fit, gap, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        summary.setPadding(new Insets(4, 10, 4, 10));
        summary.textProperty().bind(Bindings.createStringBinding(this::describe, model.families(), model.selectedProperty()));
        SplitPane split = new SplitPane(graph, matrix);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        BorderPane root = new BorderPane(split);
        root.setTop(bar);
        root.setBottom(summary);
        Scene scene = new Scene(root, 1180, 820);
        scene.getStylesheets().add(StemmaWindow.class.getResource("stemma.css").toExternalForm());
        stage.setScene(scene);
        model.selectedProperty().addListener((o, was, now) -> show(now, compare, select));
        show(model.selectedProperty().get(), compare, select);
    }

    private void show(Family f, BiConsumer<Article, Article> compare, Consumer<Article> select) {
        graph.show(f, model::article, (a, b) -> compare.accept(model.article(a), model.article(b)),
                id -> select.accept(model.article(id)));
        if (f == null) {
            matrix.show(java.util.List.of(), id -> "", model::score, (a, b) -> { });
            return;
        }
        matrix.show(f.members(), id -> model.article(id).title(), model::score,
                (a, b) -> compare.accept(model.article(a), model.article(b)));
    }

    private String describe() {
        Family f = model.selectedProperty().get();
        if (model.families().isEmpty()) {
            return "No family: no two articles of the corpus share substantial text.";
        }
        if (f == null) {
            return model.families().size() + " families";
        }
        long directed = f.edges().stream().filter(e -> e.directed()).count();
        return f.members().size() + " articles, " + directed + " of " + f.edges().size() + " edges directed"
                + (f.root() == null ? "; no single source found" : "; source: " + model.article(f.root()).title())
                + ". Click an arrow or a cell to compare, a box to select the article; Ctrl+wheel zooms, drag pans.";
    }

    void show() {
        stage.show();
        stage.toFront();
        graph.fit();
    }

    Stage stage() {
        return stage;
    }

    StemmaGraph graph() {
        return graph;
    }

    private static final class FamilyCell extends ListCell<Family> {
        @Override
        protected void updateItem(Family f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : "F" + f.id() + " \u00b7 " + f.members().size() + " articles \u00b7 " + f.name());
        }
    }
}
