package org.stemma.ui.app;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compare › Options… in the window (headless): seeds 003 and 004 name the city Kiev and Kyiv; declaring
 * the two spellings equal in the dialog makes the open comparison show Kyiv as equivalent, not changed,
 * counts it apart in the summary, and keeps the rule in the project.
 */
class CompareOptionsFxTest {

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-rules-fx");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    private static Article article(String name) {
        return window.corpusTable().table().getItems().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** The style classes of the first letter of the right pane's "Kyiv". */
    private static java.util.Collection<String> kyivStyle() throws Exception {
        return fx(() -> {
            StyleClassedTextArea right = window.compareView().rightPane().area();
            int at = right.getText().indexOf("Bucha and Kyiv") + "Bucha and ".length();
            return right.getStyleOfChar(at + 1);
        });
    }

    private DialogPane openDialog() throws Exception {
        Platform.runLater(window::showCompareOptions);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#compare-equivalents").tryQuery().isPresent());
        return fx(() -> (DialogPane) robot.lookup(".compare-options").query());
    }

    @Test
    void declaringKievEqualToKyivShowsItAsEquivalentInTheOpenComparison() throws Exception {
        fx(() -> window.model().comparisons().compare(article(Seeds.S003), article(Seeds.S004)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != null));
        assertTrue(kyivStyle().contains("change"), "before: " + kyivStyle());
        CompareViewModel before = fx(() -> window.compareView().model());

        DialogPane pane = openDialog();
        assertTrue(fx(() -> ((CheckBox) robot.lookup("#compare-ignore-case").query()).isSelected()), "the defaults are shown");
        assertFalse(fx(() -> ((CheckBox) robot.lookup("#compare-numbers").query()).isSelected()));
        robot.clickOn("#compare-equivalents").write("Kiev = Kyiv\nAstana");
        Button ok = fx(() -> (Button) pane.lookupButton(ButtonType.OK));
        assertTrue(fx(ok::isDisabled), "a line with one spelling holds OK back");
        assertTrue(fx(() -> ((Label) robot.lookup("#compare-rules-problem").query()).getText()).startsWith("line 2:"));
        robot.write(" = Nur-Sultan");
        assertFalse(fx(ok::isDisabled));
        robot.clickOn(ok);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != before));
        assertEquals(EquivalentSpellings.parse("Kiev = Kyiv\nAstana = Nur-Sultan"),
                fx(() -> window.compareView().model().options().equivalents()));
        assertTrue(kyivStyle().contains("equivalent"), "after: " + kyivStyle());
        assertFalse(kyivStyle().contains("change"), "after: " + kyivStyle());
        assertTrue(fx(() -> window.compareView().model().summary().items().stream()
                .anyMatch(i -> i.label().equals("Equivalent") && i.value().equals("1 word"))));
        assertFalse(fx(() -> window.compareView().model().stops().stream()
                .anyMatch(s -> s.description().contains("Kyiv"))), "an equivalent is no stop for F7");

        // Kept in the project: the next comparison and the next session compare by it.
        CompareOptions shown = fx(() -> window.compareView().model().options());
        var project = fx(() -> window.model().session().projectProperty().get()).file();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> project.compareOptions().load().equals(shown));

        // Cancel changes nothing.
        DialogPane again = openDialog();
        assertEquals("Kiev = Kyiv\nAstana = Nur-Sultan\n", fx(() -> ((TextArea) robot.lookup("#compare-equivalents").query()).getText()));
        robot.clickOn("#compare-numbers");
        robot.clickOn(fx(() -> (Button) again.lookupButton(ButtonType.CANCEL)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.compareView().model().options().numbersAsWords()));
    }
}
