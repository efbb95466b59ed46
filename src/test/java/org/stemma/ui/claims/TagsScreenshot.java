package org.stemma.ui.claims;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.stemma.Seeds;
import org.stemma.claims.SeedClaims;
import org.stemma.session.CorpusSession;
import org.stemma.ui.app.Theme;
import org.stemma.ui.jobs.FxJobs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tag manager or the Tags report over the claims table of the seed project of {@link SeedClaims},
 * for a screenshot under Xvfb at 1366×768:
 * {@code java -cp … org.stemma.ui.claims.TagsScreenshot [report] [dark]}. Not a test.
 */
public final class TagsScreenshot {

    private TagsScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The application shown; a separate class because JavaFX refuses an Application as the main class. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Theme theme = args.contains("dark") ? Theme.DARK : Theme.LIGHT;
            Path dir = Files.createTempDirectory("stemma-tags-shot");
            SeedClaims seeds = new SeedClaims(dir.resolve("tags.stemma"));
            long kremlin = seeds.project.tags().byName("Kremlin").orElseThrow().id();
            seeds.service.setTagMemo(kremlin, "Statements attributed to the Russian presidency");
            seeds.service.createTag("Victory Day", "#cc79a7", seeds.project.tags().byName("Politics").orElseThrow().id());
            seeds.service.setArticleMemo(seeds.ids.get(Seeds.S002), "Check the date against the original");
            ClaimsUi claims = new ClaimsUi(seeds.project, CorpusSession.open(seeds.project), seeds.history, new FxJobs());
            BorderPane root = new BorderPane(claims.pane());
            Scene scene = new Scene(root);
            scene.getStylesheets().setAll(theme.stylesheets());
            stage.setScene(scene);
            stage.setTitle("Stemma");
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(740);
            stage.show();
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            later.setOnFinished(e -> {
                // Some window managers map a new window at its minimum size; size it again once it is shown.
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1366);
                stage.setHeight(740);
                if (args.contains("report")) {
                    var window = claims.showTagsReport(root);
                    window.setX(200);
                    window.setY(80);
                } else {
                    TagManager manager = claims.manageTags(root);
                    manager.setX(300);
                    manager.setY(60);
                }
            });
            later.play();
            stage.setOnCloseRequest(e -> Platform.exit());
        }
    }
}
