package org.stemma.ui.collation;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stemma.Seeds;
import org.stemma.ui.app.AppUnderTest;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.StemmaApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collation in the window, headless: three articles chosen in the corpus table and Ctrl+D open their
 * collation; a click on The BOL News's cell of the Atlantic Council passage opens that pair there; the
 * family of 003 collated from the Compare menu's shortcut reads Kiev against Kyiv.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollationFxTest {

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-fx");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()
                && window.families().model().families().size() == 2 && !window.families().model().runningProperty().get()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    private void clickRow(String documentName, KeyCode... modifiers) throws Exception {
        Point2D row = AppUnderTest.rowOnScreen(window.corpusTable().table(), documentName);
        robot.press(modifiers).clickOn(row, MouseButton.PRIMARY).release(modifiers);
    }

    private static CollationView openedView() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.collation().last() != null
                && window.collation().last().view() != null));
        return fx(() -> window.collation().last().view());
    }

    @Test
    @Order(1)
    void ctrlDWithThreeChosenCollatesThemAndACellClickOpensThePair() throws Exception {
        clickRow(Seeds.S001);
        clickRow(Seeds.S000, KeyCode.CONTROL);
        clickRow(Seeds.S003, KeyCode.CONTROL);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        CollationView view = openedView();
        CollationViewModel model = view.model();
        assertEquals(3, fx(() -> model.shownColumns().size()));
        assertEquals("Daily Express", fx(() -> model.shownColumns().get(0).outlet()), "none is dated: the first chosen is the base");
        int bol = fx(() -> model.shownPosition(model.columns().stream().filter(c -> c.outlet().equals("The BOL News"))
                .findFirst().orElseThrow().witness()));
        int index = fx(() -> {
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.rows().get(i).cells().get(0).text().contains("The Atlantic Council described")) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0);
        assertTrue(fx(() -> model.rows().get(index).cells().get(bol).text().contains("important")));
        fx(() -> {
            view.list().scrollTo(index);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.Callable<Node> bolCell = () -> fx(() -> view.list().lookupAll(".collation-row").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() == model.rows().get(index))
                .map(n -> ((HBox) ((ListCell<?>) n).getGraphic()).getChildren().get(bol + 1))
                .findFirst().orElseThrow(() -> new AssertionError("the Atlantic Council row is not shown")));
        // The pointer first rests on the cell: hovering a column lays the row out again, so the cell is
        // looked up after that, where it now is, and clicked there.
        robot.moveTo(bolCell.call());
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = bolCell.call();
        assertTrue(cell.getStyleClass().contains("changed"), cell.getStyleClass().toString());
        robot.clickOn(cell, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != null
                && window.compareView().model().right().document().name().equals(Seeds.S000)));
        assertEquals(Seeds.S001, fx(() -> window.compareView().model().left().document().name()), "the base on the left");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.compareView().leftPane().area()
                .getSelectedText().contains("The Atlantic Council described")));
        assertTrue(fx(() -> window.compareView().rightPane().area().getSelectedText().contains("important")),
                "the witness's counterpart is selected too");
    }

    @Test
    @Order(2)
    void ctrlTTagsTheSelectedCellAsAClaim() throws Exception {
        CollationView view = openedView();
        // The previous test clicked the BOL News cell of the Atlantic Council row: that row and witness are selected.
        assertTrue(fx(() -> view.list().getSelectionModel().getSelectedItem().cells().get(0).text()
                .contains("The Atlantic Council described")));
        fx(() -> {
            ((javafx.stage.Stage) view.getScene().getWindow()).toFront();
            view.list().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> newClaimDialog().isPresent()));
        javafx.stage.Window dialog = fx(() -> newClaimDialog().orElseThrow());
        List<String> texts = fx(() -> dialog.getScene().getRoot().lookupAll("#claim-passage").stream()
                .map(n -> n instanceof javafx.scene.control.Labeled l ? l.getText()
                        : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : "")
                .toList());
        assertTrue(texts.stream().anyMatch(t -> t != null && t.contains("important")),
                "the claim is the BOL News passage, with its “important”: " + texts);
        fx(() -> {
            dialog.hide();
            return null;
        });
    }

    private static java.util.Optional<javafx.stage.Window> newClaimDialog() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof javafx.stage.Stage st
                && "New claim".equals(st.getTitle())).findFirst();
    }

    @Test
    @Order(3)
    void collateFamilyReadsTheFamilyOf003AgainstItsBase() throws Exception {
        fx(() -> {
            window.collation().last().stage().close();
            window.corpusTable().table().getSelectionModel().clearSelection();
            return null;
        });
        clickRow(Seeds.S003);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        CollationView view = openedView();
        CollationViewModel model = view.model();
        assertEquals(2, fx(() -> model.shownColumns().size()), "the family is 003 and 004");
        assertTrue(fx(() -> model.rows().stream().anyMatch(r -> r.cells().get(0).text().contains("Kiev")
                && r.cells().get(1).text().contains("Kyiv"))));
    }
}
