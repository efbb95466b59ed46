package org.stemma.ui.families;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stemma.Seeds;
import org.stemma.model.Family;
import org.stemma.ui.app.AppUnderTest;
import org.stemma.ui.app.MainWindow;
import org.stemma.ui.app.StemmaApp;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The families in the window, headless: the Family column on the sample corpus, the Stemma view of the
 * spun pair, an arrow clicked to compare, a box clicked to select.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StemmaFxTest {

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-fx");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.families().model().families().size() == 2
                && !window.families().model().runningProperty().get()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    private static Article article(String name) throws Exception {
        return fx(() -> window.model().corpus().byName(name).orElseThrow());
    }

    @Test
    @Order(1)
    void theFamilyColumnNamesEachFamilyAndTheSingleton() throws Exception {
        FamiliesViewModel model = window.families().model();
        FamilyTag spun = fx(() -> model.tag(article(Seeds.S000)));
        assertEquals(spun, fx(() -> model.tag(article(Seeds.S001))));
        assertEquals("F1 \u00b7 2", spun.toString());
        assertEquals("alone", fx(() -> model.tag(article(Seeds.S002))).toString());
        TableView<Article> table = window.corpusTable().table();
        fx(() -> {
            TableColumn<Article, ?> column = table.getColumns().stream().filter(c -> "family-column".equals(c.getId())).findFirst().orElseThrow();
            table.getSortOrder().setAll(column);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Seeds.S002, fx(() -> table.getItems().get(4).name()), "sorted by family, the article alone comes last");
        assertEquals(fx(() -> model.tag(table.getItems().get(0))), fx(() -> model.tag(table.getItems().get(1))));
    }

    @Test
    @Order(2)
    void theStemmaViewDrawsTheSpunPairAndAnArrowOpensTheComparison() throws Exception {
        fx(() -> {
            window.corpusTable().table().getSelectionModel().clearAndSelect(
                    window.corpusTable().table().getItems().indexOf(article(Seeds.S000)));
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        StemmaWindow view = window.families().window();
        assertNotNull(view, "Ctrl+Shift+F opens the Stemma view");
        Family shown = fx(() -> window.families().model().selectedProperty().get());
        long id000 = fx(() -> window.families().model().id(article(Seeds.S000)));
        long id001 = fx(() -> window.families().model().id(article(Seeds.S001)));
        assertTrue(shown.members().contains(id000));
        Node edge = robot.from(view.graph()).lookup("#edge-" + id001 + "-" + id000).query();
        assertNotNull(edge, "an arrow from 001 to 000");
        CompareViewModel before = fx(() -> window.model().comparisons().shownProperty().get());
        robot.clickOn(edge);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().comparisons().shownProperty().get() != before));
        CompareViewModel compared = fx(() -> window.model().comparisons().shownProperty().get());
        assertEquals(Seeds.S001, compared.left().document().name());
        assertEquals(Seeds.S000, compared.right().document().name());

        robot.clickOn(robot.from(view.graph()).lookup("#node-" + id001).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Seeds.S001, fx(() -> window.corpusTable().table().getSelectionModel().getSelectedItem().name()));
    }
}
