package org.stemma.ui.claims;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;
import org.stemma.ui.jobs.InlineJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyst's path: select a sentence, tag it, see it in the claims table, undo and redo it. */
@ExtendWith(ApplicationExtension.class)
class TagSelectionFxTest {

    @TempDir
    Path dir;

    private ProjectFile project;
    private ClaimsUi claims;
    private org.stemma.ui.reader.ArticleReader reader;
    private StoredDocument doc001;

    @Start
    void start(Stage stage) throws Exception {
        project = ProjectFile.create(dir.resolve("fx.stemma"));
        doc001 = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text"));
        for (String seed : new String[]{Seeds.S000, Seeds.S002}) {
            project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
        }
        org.stemma.session.CorpusSession session = sessionOf(project);
        claims = new ClaimsUi(project, session, new UndoHistory(), new InlineJobs());
        reader = new org.stemma.ui.reader.ArticleReader(org.stemma.ui.reader.ReaderViewModel.of(doc001.id(),
                session.analysis(doc001.id()), java.util.Locale.ROOT), claims, new javafx.beans.property.SimpleIntegerProperty(14));
        SplitPane split = new SplitPane(reader);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        claims.pane().dockIn(split);
        MenuBar menus = new MenuBar(new Menu("Edit", null, claims.undoItem(), claims.redoItem()),
                new Menu("View", null, claims.toggleClaimsItem()));
        stage.setScene(new Scene(new BorderPane(split, menus, null, null, null), 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        claims.close();
        project.close();
    }

    private TableView<ClaimRow> table() {
        return claims.pane().table();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private boolean tableShows(FxRobot robot, String text) {
        return robot.from(table()).lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(text)).tryQuery().isPresent();
    }

    @Test
    void aTaggedSelectionIsInTheClaimsTableAndUndoAndRedoFollow(FxRobot robot) throws Exception {
        Span atlantic = ClaimsViewModelTest.spanOf(doc001, ClaimsViewModelTest.ATLANTIC);
        robot.interact(() -> {
            reader.area().requestFocus();
            reader.area().selectRange(atlantic.start(), atlantic.end());
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);

        robot.clickOn("#new-tag-name").write("altered quote");
        robot.clickOn("#new-tag-add");
        robot.clickOn("#claim-status");
        robot.clickOn(ClaimStatus.ALTERED.label());
        robot.clickOn("#claim-note").write("important, not meaningful");
        robot.clickOn("OK");

        waitFor("the counterparts are shown", () -> tableShows(robot, "000…: altered"));
        assertEquals(1, table().getItems().size());
        ClaimRow row = table().getItems().get(0);
        assertEquals(ClaimsViewModelTest.ATLANTIC, row.text());
        assertEquals(ClaimStatus.ALTERED, row.claim().status());
        assertEquals("important, not meaningful", row.claim().note());
        assertTrue(tableShows(robot, "altered quote"), "the tag chip is in the table");
        assertTrue(robot.from(table()).lookup(".tag-chip").queryLabeled().getText().equals("altered quote"));
        assertTrue(tableShows(robot, "002…: absent"));
        assertTrue(reader.area().getStyleAtPosition(atlantic.start() + 5).contains(ClaimUnderlines.CLAIM),
                "the sentence is underlined");

        robot.interact(() -> reader.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table().getItems().isEmpty(), "Ctrl+Z takes the claim back");
        assertTrue(reader.area().getStyleAtPosition(atlantic.start() + 5).isEmpty(), "and its underline");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor("the claim is back with its counterparts", () -> tableShows(robot, "000…: altered"));
        assertEquals(row.id(), table().getItems().get(0).id());
        assertTrue(tableShows(robot, "altered quote"));
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
