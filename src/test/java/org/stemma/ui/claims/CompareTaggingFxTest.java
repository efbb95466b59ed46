package org.stemma.ui.claims;

import org.stemma.ui.app.MainViewModel;
import org.stemma.ui.app.AppUnderTest;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.StemmaApp;
import org.stemma.ui.compare.ArticlePane;

import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.model.ClaimStatus;
import org.stemma.text.Span;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tagging where the analyst reads: in the compare view of the whole window, select the Atlantic Council
 * sentence of 001, press Ctrl+T, tag it; the claim is in the docked claims table with its altered
 * counterpart in 000, and the sentence is underlined in the pane.
 */
class CompareTaggingFxTest {

    private static final String ATLANTIC = "The Atlantic Council described this statement as “meaningful” "
            + "coming from a senior Kazakhstani official while in the US.";
    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-tagging");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    @Test
    void aPassageTaggedInTheCompareViewIsAClaimWithItsCounterpart() throws Exception {
        MainViewModel model = window.model();
        fx(() -> model.comparisons().compare(model.corpus().byName(Seeds.S001).orElseThrow(),
                model.corpus().byName(Seeds.S000).orElseThrow())).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ArticlePane left = window.compareView().leftPane();
        StyleClassedTextArea area = left.area();
        int at = Seeds.document(Seeds.S001).text().indexOf(ATLANTIC);
        Span shown = fx(() -> left.model().display().toDisplay(new Span(at, at + ATLANTIC.length())));
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(shown.start(), shown.end());
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        robot.clickOn("#new-tag-name").write("altered quote");
        robot.clickOn("#new-tag-add");
        robot.clickOn("#claim-status");
        robot.clickOn(ClaimStatus.ALTERED.label());
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            List<ClaimRow> rows = window.claimsDock().claims().model().rows();
            return rows.size() == 1 && rows.get(0).summary().contains("altered");
        }));
        ClaimRow row = fx(() -> window.claimsDock().claims().model().rows().get(0));
        assertEquals(ATLANTIC, row.text());
        assertEquals(Seeds.S001, row.document().name());
        assertTrue(row.summary().startsWith("The BOL News: altered"), "000 is named by its outlet: " + row.summary());
        assertTrue(fx(() -> area.getStyleAtPosition(shown.start() + 5).contains(ClaimUnderlines.CLAIM)),
                "the sentence is underlined in the compare pane");
    }
}
