package org.stemma.ui.collation;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.platform.Causes;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.files.DialogFolders;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * A collation in a window of its own: the progress of the work (with Cancel) while the witnesses are
 * aligned, then the view. Exports go through a file dialog that opens where the window's dialogs last
 * did, and are written off the JavaFX thread.
 */
public final class CollationWindow {

    private static final System.Logger LOG = System.getLogger(CollationWindow.class.getName());

    private final Stage stage = new Stage();
    private final StackPane root = new StackPane();
    private final Jobs jobs;
    private final CollationUi.Actions actions;
    private final BooleanBinding dark;
    private CollationView view;
    private List<Article> articles = List.of();

    CollationWindow(Window owner, Jobs jobs, ObservableValue<List<String>> stylesheets, CollationUi.Actions actions) {
        this.jobs = jobs;
        this.actions = actions;
        stage.initOwner(owner);
        stage.setTitle("Collation — Stemma");
        Scene scene = new Scene(root, 1280, 760);
        String own = Objects.requireNonNull(CollationWindow.class.getResource("collation.css")).toExternalForm();
        Runnable sheets = () -> {
            List<String> all = new ArrayList<>(stylesheets.getValue());
            all.add(own);
            scene.getStylesheets().setAll(all);
        };
        sheets.run();
        stylesheets.addListener((o, was, now) -> sheets.run());
        dark = Bindings.createBooleanBinding(() -> stylesheets.getValue().stream().anyMatch(s -> s.endsWith("dark.css")),
                stylesheets);
        stage.setScene(scene);
    }

    /** Shows the window with the work's progress, then the collation it finds. */
    void load(CollationRequest request) {
        Job<CollationRequest.Collated> job = request.start(jobs);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(job.progressProperty());
        Label message = new Label("Collating " + request.articles().size() + " articles…");
        job.messageProperty().addListener((o, was, now) -> message.setText(now));
        Button cancel = new Button("Cancel");
        cancel.setId("collation-cancel");
        cancel.setOnAction(e -> job.cancel());
        VBox progress = new VBox(10, message, bar, cancel);
        progress.setAlignment(Pos.CENTER);
        progress.setId("collation-progress");
        root.getChildren().setAll(progress);
        job.result().whenComplete((collated, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof CancellationException) {
                    stage.close();
                    actions.status("Collation cancelled");
                } else {
                    message.setText("Could not collate: " + Causes.describe(cause)); // the job has logged it
                    cancel.setText("Close");
                    cancel.setOnAction(e -> stage.close());
                }
                return;
            }
            show(collated);
        });
    }

    private void show(CollationRequest.Collated collated) {
        articles = collated.articles();
        view = new CollationView(collated.model(), dark, new CollationView.Handler() {
            @Override
            public void pair(CollationViewModel.PairAt pair) {
                actions.pair(articles.get(0), articles.get(pair.witness()), pair.base(), pair.other());
            }

            @Override
            public void tag(CollationViewModel.TagAt tag, Node over) {
                actions.tag(articles.get(tag.witness()), collated.model().articleText(tag.witness()), tag.span(), over);
            }

            @Override
            public void export(CollationViewModel.Format format) {
                exportAs(format);
            }
        });
        root.getChildren().setAll(view);
        stage.setTitle("Collation against " + collated.model().columns().get(0).label() + " — Stemma");
        actions.status(collated.model().summary());
    }

    private void exportAs(CollationViewModel.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Collation");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        chooser.setInitialDirectory(DialogFolders.window().initial());
        chooser.setInitialFileName("collation." + format.extension());
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        DialogFolders.window().chosen(file);
        CollationViewModel model = view.model();
        jobs.submit("Exporting the collation", () -> {
            File partial = new File(file.getPath() + ".part");
            try (Writer out = Files.newBufferedWriter(partial.toPath(), StandardCharsets.UTF_8)) {
                model.export(format, out);
            }
            Files.move(partial.toPath(), file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "collation export to " + file + " failed", failure);
                actions.status("Could not export the collation: " + Causes.describe(failure));
            } else {
                actions.status("Collation exported to " + done);
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The view, once the collation is worked out; else null. */
    public CollationView view() {
        return view;
    }
}
