package org.stemma.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.corpus.SampleCorpus;
import org.stemma.corpus.UnreadableArticleException;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The Stemma window: for now the sample corpus and the files it was asked to open. */
public class StemmaApp extends Application implements SmokeTestable {

    private final ListView<Document> articles = new ListView<>();
    private final Label status = new Label();

    @Override
    public void start(Stage stage) {
        articles.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Document item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        try {
            articles.getItems().setAll(SampleCorpus.load());
            List<String> files = getParameters().getRaw();
            status.setText(files.isEmpty() ? "Sample corpus" : "Asked to open: " + String.join(", ", files));
        } catch (UnreadableArticleException e) {
            status.setText(e.getMessage());
        }
        BorderPane root = new BorderPane(articles);
        root.setBottom(status);
        BorderPane.setMargin(status, new Insets(6));
        stage.setTitle("Stemma");
        stage.getIcons().addAll(AppIcon.images());
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
        SmokeTest.attach(stage, this);
    }

    @Override
    public boolean corpusLoaded() {
        return articles.getItems().size() >= 2;
    }

    @Override
    public CompletableFuture<Boolean> compareFirstTwo() {
        Document left = articles.getItems().get(0);
        Document right = articles.getItems().get(1);
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> Aligner.compare(Analyzer.analyze(left), Analyzer.analyze(right)))
                .whenComplete((comparison, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        shown.completeExceptionally(error);
                        return;
                    }
                    status.setText(summary(comparison));
                    shown.complete(true);
                }));
        return shown;
    }

    private static String summary(Comparison c) {
        return String.format("%s vs %s: %.0f%% similar", c.left().document().name(), c.right().document().name(),
                100 * c.similarity());
    }
}
