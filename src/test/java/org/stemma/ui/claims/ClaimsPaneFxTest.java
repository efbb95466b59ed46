package org.stemma.ui.claims;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimDraft;
import org.stemma.model.Claim;
import org.stemma.platform.Messages;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.claims.UndoHistory;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;
import org.stemma.ui.jobs.InlineJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims table with its filters, jumps and dock toggle; opening a claim from its underline; tags; export. */
@ExtendWith(ApplicationExtension.class)
class ClaimsPaneFxTest {

    private static final String MISSING = "at least 400 people missing";

    @TempDir
    Path dir;

    private ProjectFile project;
    private ClaimsUi claims;
    private org.stemma.ui.reader.ArticleReader reader;
    private SplitPane split;
    private StoredDocument doc001;
    private StoredDocument doc000;
    private Claim atlantic;
    private Claim missing;
    private final List<ClaimJump> jumps = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        project = ProjectFile.create(dir.resolve("pane.stemma"));
        doc001 = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text"));
        doc000 = project.documents().add(Seeds.document(Seeds.S000), SourceInfo.of(Seeds.path(Seeds.S000), "text"));
        project.documents().add(Seeds.document(Seeds.S002), SourceInfo.of(Seeds.path(Seeds.S002), "text"));
        org.stemma.session.CorpusSession session = sessionOf(project);
        claims = new ClaimsUi(project, session, new UndoHistory(), new InlineJobs());
        ClaimsViewModel model = claims.model();
        atlantic = model.save(new ClaimDraft(0, doc001.id(), ClaimsViewModelTest.spanOf(doc001, ClaimsViewModelTest.ATLANTIC),
                List.of(new Tag(0, "quote", "#e69f00")), ClaimStatus.ALTERED, "", Map.of())).orElseThrow();
        missing = model.save(new ClaimDraft(0, doc000.id(), ClaimsViewModelTest.spanOf(doc000, MISSING),
                List.of(new Tag(0, "figure", "#56b4e9")), ClaimStatus.SUPPORTED, "", Map.of())).orElseThrow();
        reader = new org.stemma.ui.reader.ArticleReader(org.stemma.ui.reader.ReaderViewModel.of(doc001.id(),
                session.analysis(doc001.id()), java.util.Locale.ROOT), claims, new javafx.beans.property.SimpleIntegerProperty(14));
        model.onJumpProperty().set(jump -> {
            jumps.add(jump);
            if (jump.documentId() == doc001.id()) {
                reader.reveal(jump.span());
            }
        });
        split = new SplitPane(reader);
        split.setOrientation(Orientation.VERTICAL);
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

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private List<Long> shownIds() {
        return claims.pane().table().getItems().stream().map(ClaimRow::id).toList();
    }

    private void choose(FxRobot robot, String comboId, String entry) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(entry))
                .queryAs(Node.class));
    }

    private String summaryOf(long claimId) {
        return claims.model().row(claimId).orElseThrow().summary();
    }

    @Test
    void theFilterBarNarrowsTheTable(FxRobot robot) {
        choose(robot, "#claims-filter-tag", "figure");
        assertEquals(List.of(missing.id()), shownIds());

        choose(robot, "#claims-filter-tag", "All tags");
        choose(robot, "#claims-filter-status", ClaimStatus.ALTERED.label());
        assertEquals(List.of(atlantic.id()), shownIds());

        choose(robot, "#claims-filter-status", "All statuses");
        choose(robot, "#claims-filter-article", doc000.name());
        assertEquals(List.of(missing.id()), shownIds());

        choose(robot, "#claims-filter-article", "All articles");
        robot.clickOn("#claims-search").write("council");
        assertEquals(List.of(atlantic.id()), shownIds());
        assertTrue(robot.lookup((Node n) -> n instanceof Labeled l && "1 of 2 claims".equals(l.getText()))
                .tryQuery().isPresent());
    }

    @Test
    void doubleClickAndEnterJumpToTheClaimInItsArticle(FxRobot robot) {
        robot.doubleClickOn(robot.from(claims.pane().table()).lookup(".table-cell")
                .match(LabeledMatchers.hasText(ClaimsViewModelTest.ATLANTIC)).queryAs(Node.class));

        assertEquals(List.of(new ClaimJump(atlantic.id(), doc001.id(),
                ClaimsViewModelTest.spanOf(doc001, ClaimsViewModelTest.ATLANTIC))), jumps);
        assertEquals(ClaimsViewModelTest.ATLANTIC, reader.area().getSelectedText());

        robot.clickOn(robot.from(claims.pane().table()).lookup(".table-cell")
                .match(LabeledMatchers.hasText(MISSING)).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        assertEquals(missing.id(), jumps.get(1).claimId());
        assertEquals(doc000.id(), jumps.get(1).documentId());
    }

    @Test
    void ctrlShiftCHidesAndShowsTheClaimsPane(FxRobot robot) {
        robot.interact(() -> reader.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        assertFalse(split.getItems().contains(claims.pane()));
        assertFalse(claims.pane().shownProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(List.of(reader, claims.pane()), split.getItems());
    }

    @Test
    void clickingAnUnderlineOpensTheClaimWhereACounterpartIsConfirmed(FxRobot robot) throws Exception {
        waitFor("the counterparts are found", () -> summaryOf(atlantic.id()).contains("000…: altered"));
        int word = doc001.text().indexOf("meaningful", atlantic.anchor().start());
        robot.interact(() -> {
            reader.reveal(new Span(word, word));
            reader.area().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = onFx(() -> reader.area().getCharacterBoundsOnScreen(word, word + 1).orElseThrow());
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));

        Node passage = robot.lookup("#claim-passage").query();
        assertEquals(ClaimsViewModelTest.ATLANTIC, onFx(() -> ((TextArea) passage).getText()));
        robot.clickOn("#confirm-" + doc000.id());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).queryAs(Button.class));
        assertEquals("000…: altered ✓; 002…: absent", summaryOf(atlantic.id()));
        assertEquals("Undo Confirm counterpart", claims.model().undoLabelProperty().get());

        robot.interact(() -> reader.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("000…: altered; 002…: absent", summaryOf(atlantic.id()));
    }

    @Test
    void theTagManagerRenamesAndDeletesTagsUndoably(FxRobot robot) {
        robot.interact(() -> claims.manageTags(claims.pane()));
        robot.clickOn(robot.lookup("#tag-tree .tree-cell").match((Node n) -> n instanceof Labeled l
                && l.getGraphic() != null && robot.from(l.getGraphic()).lookup(LabeledMatchers.hasText("quote"))
                .tryQuery().isPresent()).queryAs(Node.class));
        robot.doubleClickOn("#tag-name").eraseText(20).write("quotation");
        robot.clickOn("#tag-rename");
        assertEquals("quotation", claims.model().row(atlantic.id()).orElseThrow().tagNames());
        assertTrue(robot.from(claims.pane().table()).lookup(LabeledMatchers.hasText("quotation")).tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("quote", claims.model().row(atlantic.id()).orElseThrow().tagNames(), "Ctrl+Z in the dialog");

        Button delete = robot.lookup("#tag-delete").queryButton();
        assertEquals("Delete (taken off 1 claim)", delete.getText());
        robot.clickOn(delete);
        assertEquals("", claims.model().row(atlantic.id()).orElseThrow().tagNames());
        assertEquals(List.of("figure"), claims.model().tags().stream().map(Tag::name).toList());
    }

    @Test
    void exportWritesEveryClaimInTheBackgroundAndSaysSo(FxRobot robot) throws Exception {
        List<String> messages = new ArrayList<>();
        ExportClaimsAction action = claims.exportAction();
        Path csv = dir.resolve("claims.csv");

        CompletableFuture<Integer> done = onFx(() -> action.start(csv, messages::add));
        waitFor("the export ends", () -> !messages.isEmpty());

        assertEquals(2, done.get());
        assertEquals(List.of("Exported 2 claims to " + Messages.quote(csv)), messages);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.skip(1);
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertEquals(List.of(ClaimsViewModelTest.ATLANTIC, MISSING), records.stream().map(r -> r.get("text")).toList());
        }

        CompletableFuture<Integer> failing = onFx(() -> action.start(dir.resolve("no such folder").resolve("x.csv"), messages::add));
        waitFor("the failed export ends", () -> messages.size() == 2);
        assertTrue(failing.isCompletedExceptionally());
        assertTrue(messages.get(1).startsWith("Claims not exported: "), messages.get(1));
        assertEquals(Path.of("claims.csv"), ExportClaimsAction.withCsvExtension(Path.of("claims")));
        assertEquals(Path.of("claims.txt"), ExportClaimsAction.withCsvExtension(Path.of("claims.txt")));
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
