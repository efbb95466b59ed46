package org.stemma.ui.ledger;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stemma.Seeds;
import org.stemma.claims.ClaimDraft;
import org.stemma.model.ClaimStatus;
import org.stemma.quotes.LedgerEntry;
import org.stemma.session.CorpusSession;
import org.stemma.store.SourceInfo;
import org.stemma.text.Span;
import org.stemma.ui.jobs.InlineJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LedgerViewFxTest {

    private LedgerViewModel model;
    private LedgerView view;
    private final List<String> opened = new ArrayList<>();
    private final List<ClaimDraft> tagged = new ArrayList<>();

    @Start
    void start(Stage stage) {
        model = new LedgerViewModel(new InlineJobs(), Runnable::run);
        model.openerProperty().set(new LedgerViewModel.Opener() {
            @Override
            public void article(long document, Span passage) {
                opened.add("article " + document + " " + passage);
            }

            @Override
            public void compare(long left, Span l, long right, Span r) {
                opened.add("compare " + left + " " + right);
            }
        });
        model.claimsProperty().set(draft -> {
            tagged.add(draft);
            return Optional.empty();
        });
        view = new LedgerView(model);
        Scene scene = new Scene(view, 1200, 700);
        scene.getStylesheets().add(LedgerWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static CorpusSession seeds(String... names) {
        return CorpusSession.of("seeds", Arrays.stream(names).map(Seeds::document).toList());
    }

    private TreeItem<LedgerView.Row> council() {
        return view.quotationTable().getRoot().getChildren().stream()
                .filter(i -> i.getValue().entry().text().equals("meaningful")).findFirst().orElseThrow();
    }

    /** The row showing a tree item, once it is laid out. */
    private TreeTableRow<?> rowOf(FxRobot robot, TreeItem<?> item) {
        robot.interact(() -> view.quotationTable().scrollTo(view.quotationTable().getRow(
                (TreeItem<LedgerView.Row>) item)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getTreeItem() == item).findFirst().orElseThrow();
    }

    @Test
    void rowsExpandToEachOutletsWordingAndFilterByAltered(FxRobot robot) {
        robot.interact(() -> model.use(seeds(Seeds.S000, Seeds.S001)));
        var root = view.quotationTable().getRoot();
        TreeItem<LedgerView.Row> council = council();
        assertEquals("Atlantic Council", council.getValue().entry().speaker());
        assertEquals(2, council.getChildren().size(), "one row per outlet's wording");
        assertTrue(root.getChildren().get(0).getValue().entry().has(LedgerEntry.Flag.ALTERED), "altered ones first");
        int all = root.getChildren().size();

        robot.clickOn("#ledger-altered-only");
        assertTrue(robot.lookup("#ledger-altered-only").queryAs(CheckBox.class).isSelected());
        var shown = view.quotationTable().getRoot().getChildren();
        assertTrue(shown.size() < all && !shown.isEmpty());
        assertTrue(shown.stream().allMatch(i -> i.getValue().entry().has(LedgerEntry.Flag.ALTERED)));
    }

    @Test
    void doubleClickOpensTheArticleAtTheQuotationOrComparesTwoSelectedWordings(FxRobot robot) {
        robot.interact(() -> model.use(seeds(Seeds.S000, Seeds.S001)));
        TreeItem<LedgerView.Row> council = council();
        robot.interact(() -> council.setExpanded(true));
        TreeItem<LedgerView.Row> first = council.getChildren().get(0);
        TreeItem<LedgerView.Row> second = council.getChildren().get(1);

        robot.doubleClickOn(rowOf(robot, first));
        robot.sleep(1000);
        assertEquals(List.of("article " + first.getValue().member().document() + " " + first.getValue().member().span()),
                opened);

        robot.clickOn(rowOf(robot, first));
        robot.press(KeyCode.CONTROL).clickOn(rowOf(robot, second)).release(KeyCode.CONTROL);
        assertEquals(2, view.quotationTable().getSelectionModel().getSelectedItems().size(), "two selected");
        robot.sleep(1000); // else the Ctrl+click and the first click of the next double-click make one double-click
        robot.doubleClickOn(rowOf(robot, second));
        assertEquals(2, opened.size(), opened.toString());
        assertEquals("compare " + first.getValue().member().document() + " " + second.getValue().member().document(),
                opened.get(1), "the two wordings selected, side by side");

        robot.clickOn(rowOf(robot, first));
        robot.press(KeyCode.CONTROL).clickOn(rowOf(robot, second)).release(KeyCode.CONTROL);
        robot.sleep(1000);
        robot.doubleClickOn(rowOf(robot, council));
        assertEquals(3, opened.size(), "double-click on the entry with two outlets selected");
        assertEquals(opened.get(1), opened.get(2));
    }

    @Test
    void tagAsClaimFromARowAsksForAnAlteredClaimWithTheChange(FxRobot robot) {
        robot.interact(() -> model.use(seeds(Seeds.S000, Seeds.S001)));
        TreeItem<LedgerView.Row> council = council();
        robot.interact(() -> council.setExpanded(true));
        TreeItem<LedgerView.Row> copy = council.getChildren().stream()
                .filter(i -> !i.getValue().member().changes().isEmpty()).findFirst().orElseThrow();

        robot.clickOn(rowOf(robot, copy));
        robot.clickOn("#ledger-tag");

        assertEquals(1, tagged.size());
        ClaimDraft draft = tagged.get(0);
        assertEquals(copy.getValue().member().span(), draft.span());
        assertEquals(copy.getValue().member().document(), draft.documentId());
        assertEquals(ClaimStatus.ALTERED, draft.status());
        assertTrue(draft.note().contains("meaningful → important in The BOL News"), draft.note());
    }

    @Test
    void factsAreFlaggedAndFollowTheSessionAsArticlesAreAdded(FxRobot robot) throws Exception {
        CorpusSession session = seeds(Seeds.S000, Seeds.S001);
        robot.interact(() -> model.use(session));
        assertTrue(view.factTable().getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().group().value().equals("5000")));
        assertFalse(kiev());
        robot.interact(() -> {
            try {
                for (String s : List.of(Seeds.S003, Seeds.S004)) {
                    session.add(Seeds.document(s), SourceInfo.of(Seeds.path(s), "text"), null);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kiev(), "the added articles' facts are shown");
        assertTrue(view.factTable().getRoot().getChildren().stream()
                .filter(i -> i.getValue().group().members().stream().anyMatch(m -> m.fact().text().equals("Kiev")))
                .allMatch(i -> i.getValue().group().flags().contains(org.stemma.facts.FactGroup.Flag.VARIANT)));

        robot.clickOn("#ledger-facts-tab");
        robot.interact(() -> view.factTable().getSelectionModel().select(0));
        robot.clickOn("#ledger-tag");
        assertEquals(1, tagged.size(), "a fact's row is tagged too");

        robot.interact(() -> model.speakerProperty().set("Temur Umarov"));
        var shown = view.quotationTable().getRoot().getChildren();
        assertTrue(!shown.isEmpty() && shown.stream().allMatch(i -> "Temur Umarov".equals(i.getValue().entry().speaker())));
    }

    private boolean kiev() {
        return view.factTable().getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().group().members().stream().anyMatch(m -> m.fact().text().equals("Kiev")));
    }
}
