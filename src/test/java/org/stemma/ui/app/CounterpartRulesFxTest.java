package org.stemma.ui.app;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.CounterpartKind;
import org.stemma.store.ProjectFile;
import org.stemma.ui.claims.ClaimRow;
import org.stemma.ui.corpus.Article;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.ui.app.AppUnderTest.fx;

/**
 * Compare › Options… reaches the claims (decision 1421), headless: a claim on seed 003's "in the Ukrainian
 * cities of Bucha and Kiev" is altered in seed 004, which writes Kyiv; declaring Kiev = Kyiv in the dialog
 * computes its counterparts again, the claims table shows the counterpart the same, and the status line
 * says the counterparts were computed again.
 */
class CounterpartRulesFxTest {

    private static final String CLAUSE = "in the Ukrainian cities of Bucha and Kiev";

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-cprules-fx");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }

    private static long documentId(String name) throws Exception {
        return fx(() -> window.corpusTable().table().getItems().stream().filter(a -> a.name().equals(name))
                .findFirst().map(Article::documentId).orElseThrow());
    }

    /** The claim's counterpart in {@code documentId} as the claims table shows it, if computed yet. */
    private static Optional<CounterpartKind> shown(long claimId, long documentId) throws Exception {
        return fx(() -> window.claimsDock().claims().model().row(claimId).map(ClaimRow::counterparts)
                .flatMap(list -> list.stream().filter(c -> c.documentId() == documentId).findFirst())
                .map(ClaimCounterpart::kind));
    }

    @Test
    void declaringKievEqualToKyivMakesTheClaimsCounterpartTheSameAndSaysSo() throws Exception {
        ProjectFile project = fx(() -> window.model().session().projectProperty().get()).file();
        long s003 = documentId(Seeds.S003);
        long s004 = documentId(Seeds.S004);
        String text = project.documents().get(s003).orElseThrow().text();
        int start = text.indexOf(CLAUSE);
        Claim claim = new ClaimService(project, new UndoHistory())
                .addClaim(s003, start, start + CLAUSE.length(), List.of("yurts"), ClaimStatus.OPEN, "").claim();
        fx(() -> {
            window.claimsDock().claims().model().reload();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown(claim.id(), s004).isPresent());
        assertEquals(Optional.of(CounterpartKind.ALTERED), shown(claim.id(), s004), "Kiev → Kyiv is a change by default");

        Platform.runLater(window::showCompareOptions);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-equivalents").tryQuery().isPresent());
        DialogPane pane = fx(() -> (DialogPane) robot.lookup(".compare-options").query());
        robot.clickOn("#compare-equivalents").write("Kiev = Kyiv");
        robot.clickOn(fx(() -> (Button) pane.lookupButton(ButtonType.OK)));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> shown(claim.id(), s004).equals(Optional.of(CounterpartKind.SAME)));
        assertTrue(fx(() -> window.model().statusProperty().get()).contains("computed again under the difference rules"),
                fx(() -> window.model().statusProperty().get()));
        assertEquals(CounterpartKind.SAME, project.counterparts().forClaim(claim.id()).stream()
                .filter(c -> c.documentId() == s004).findFirst().orElseThrow().kind());
    }
}
