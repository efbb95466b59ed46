package org.stemma.ui.ledger;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.quotes.LedgerEntry;
import org.stemma.ui.jobs.InlineJobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LedgerViewFxTest {

    private LedgerViewModel model;
    private LedgerView view;

    @Start
    void start(Stage stage) {
        model = new LedgerViewModel(new InlineJobs());
        view = new LedgerView(model);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    private static Map<Long, AnalyzedDocument> seeds(String... names) {
        Map<Long, AnalyzedDocument> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put((long) i, Seeds.analyzed(names[i]));
        }
        return out;
    }

    @Test
    void rowsExpandToEachOutletsWordingAndFilterByAltered(FxRobot robot) {
        robot.interact(() -> model.show(seeds(Seeds.S000, Seeds.S001)));
        WaitForAsyncUtils.waitForFxEvents();
        var root = view.quotationTable().getRoot();
        TreeItem<LedgerView.Row> council = root.getChildren().stream()
                .filter(i -> i.getValue().entry().text().equals("meaningful")).findFirst().orElseThrow();
        assertEquals("Atlantic Council", council.getValue().entry().speaker());
        assertEquals(2, council.getChildren().size(), "one row per outlet's wording");
        int all = root.getChildren().size();

        robot.clickOn("#ledger-altered-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#ledger-altered-only").queryAs(CheckBox.class).isSelected());
        var shown = view.quotationTable().getRoot().getChildren();
        assertTrue(shown.size() < all && !shown.isEmpty());
        assertTrue(shown.stream().allMatch(i -> i.getValue().entry().has(LedgerEntry.Flag.ALTERED)));
    }

    @Test
    void speakerFilterAndFactsUpdateWhenArticlesAreAdded(FxRobot robot) {
        robot.interact(() -> model.show(seeds(Seeds.S000, Seeds.S001)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.factTable().getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().group().value().equals("5000")));
        boolean kievBefore = view.factTable().getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().group().members().stream().anyMatch(m -> m.fact().text().equals("Kiev")));
        robot.interact(() -> model.show(seeds(Seeds.S000, Seeds.S001, Seeds.S003, Seeds.S004)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!kievBefore && view.factTable().getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().group().members().stream().anyMatch(m -> m.fact().text().equals("Kiev"))));
        robot.interact(() -> model.speakerProperty().set("Temur Umarov"));
        var shown = view.quotationTable().getRoot().getChildren();
        assertTrue(!shown.isEmpty() && shown.stream().allMatch(i -> "Temur Umarov".equals(i.getValue().entry().speaker())));
    }
}
