package org.stemma.ui.app;

import org.stemma.ui.compare.CompareView;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.compare.Mark;
import org.stemma.ui.jobs.Jobs;

import javafx.geometry.Point2D;
import javafx.geometry.Bounds;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stemma.Seeds;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as the analyst uses it, headless (Monocle): start on the sample corpus, choose 001 and
 * 000 in the table, compare, step through changes with F7, point at a sentence, find, zoom, swap.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchFxTest {

    private static Path home;
    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        home = Files.createTempDirectory("stemma-fx");
        System.setProperty("stemma.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    private static StyleClassedTextArea area(boolean left) {
        CompareView v = window.compareView();
        return (left ? v.leftPane() : v.rightPane()).area();
    }

    private void clickRow(String documentName, KeyCode... modifiers) throws Exception {
        Point2D row = AppUnderTest.rowOnScreen(window.corpusTable().table(), documentName);
        robot.press(modifiers).clickOn(row, MouseButton.PRIMARY).release(modifiers);
    }

    @Test
    @Order(1)
    void opensOnTheSampleCorpus() throws Exception {
        assertEquals("Sample corpus — Stemma", fx(() -> window.stage().getTitle()));
        assertEquals(5, fx(() -> window.corpusTable().table().getItems().size()));
        robot.clickOn("#corpus-filter").write("california");
        assertEquals(2, fx(() -> window.corpusTable().table().getItems().size()), "filtered as the analyst types");
        robot.push(KeyCode.ESCAPE);
        assertEquals(5, fx(() -> window.corpusTable().table().getItems().size()));
    }

    @Test
    @Order(2)
    void choosingTwoRowsComparesThemFirstChosenOnTheLeft() throws Exception {
        clickRow(Seeds.S001);
        clickRow(Seeds.S000, KeyCode.CONTROL);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != null));
        assertEquals(Seeds.S001, fx(() -> window.compareView().model().left().document().name()));
        assertTrue(fx(() -> area(true).getText().startsWith("Putin humiliation")));
        assertTrue(fx(() -> area(false).getText().contains("Kaz\u0430khstan has also given")),
                "the text is shown as in the file, disguised letters included");
        assertTrue(fx(() -> robot.lookup("#previous-change").query().isDisabled()), "nothing before the first change");
        assertFalse(fx(() -> robot.lookup("#next-change").query().isDisabled()));
    }

    @Test
    @Order(3)
    void f7StepsToTheAtlanticCouncilQuoteAndOn() throws Exception {
        for (int i = 0; i < 100 && !"meaningful".equals(fx(() -> area(true).getSelectedText())); i++) {
            robot.push(KeyCode.F7);
        }
        assertEquals("meaningful", fx(() -> area(true).getSelectedText()));
        assertEquals("important", fx(() -> area(false).getSelectedText()));
        int left = fx(() -> area(true).getSelection().getStart());
        int right = fx(() -> area(false).getSelection().getStart());
        assertTrue(fx(() -> area(true).getStyleOfChar(left)).contains("change"), "highlighted as a changed word");
        assertTrue(fx(() -> area(false).getStyleOfChar(right)).contains("change"));
        assertTrue(fx(() -> area(true).getText(area(true).getParagraph(0).length(), left))
                .contains("The Atlantic Council described this statement as “"));
        assertTrue(fx(() -> window.model().statusProperty().get()).endsWith("“meaningful” → “important”"));

        CompareViewModel.Link link = fx(() -> window.compareView().model().link(window.compareView().model().currentPairProperty().get()));
        double leftTop = fx(() -> window.compareView().leftPane().yOf(link.left().start()).orElseThrow());
        double rightTop = fx(() -> window.compareView().rightPane().yOf(link.right().start()).orElseThrow());
        assertEquals(leftTop, rightTop, 1.0, "counterparts stand level");
        assertTrue(fx(() -> window.compareView().gutter().bands().stream()
                .anyMatch(b -> b.pair() == link.pair() && b.current() && b.kind() == Mark.CHANGED
                        && Math.abs(b.leftTop() - b.rightTop()) < 1)), "the gutter links them, level");

        robot.push(KeyCode.F7);
        assertEquals("senior", fx(() -> area(true).getSelectedText()));
        assertEquals("top", fx(() -> area(false).getSelectedText()));
        robot.push(KeyCode.SHIFT, KeyCode.F7);
        assertEquals("meaningful", fx(() -> area(true).getSelectedText()));
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        assertEquals("senior", fx(() -> area(true).getSelectedText()), "Alt+Down as in Meld");
        assertFalse(fx(() -> robot.lookup("#previous-change").query().isDisabled()), "a change to go back to");
    }

    @Test
    @Order(4)
    void aHomoglyphNamesItsCodePointAndTheLetterItImitates() throws Exception {
        int at = fx(() -> area(false).getText().indexOf("Kaz\u0430khstan has also given")) + 3;
        assertTrue(fx(() -> area(false).getStyleOfChar(at)).contains("homoglyph"));
        assertEquals("U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kaz\u0430khstan”",
                fx(() -> window.compareView().rightPane().tooltipAt(at)).orElseThrow());
        Bounds glyph = fx(() -> area(false).getCharacterBoundsOnScreen(at, at + 1)).orElseThrow();
        robot.moveTo(new Point2D(glyph.getCenterX(), glyph.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.compareView().rightPane().tooltip().isShowing()));
        assertEquals("U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kaz\u0430khstan”",
                fx(() -> window.compareView().rightPane().tooltip().getText()), "shown on hover");
    }

    @Test
    @Order(5)
    void clickingASentenceSelectsItsCounterpart() throws Exception {
        int at = fx(() -> area(true).getText().indexOf("Anti-war protests have taken place")) + 3;
        fx(() -> {
            window.compareView().leftPane().scrollTo(at, 100);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds word = fx(() -> area(true).getCharacterBoundsOnScreen(at, at + 1)).orElseThrow();
        robot.clickOn(new Point2D(word.getCenterX(), word.getCenterY()), MouseButton.PRIMARY);
        assertTrue(fx(() -> area(false).getSelectedText()).startsWith("On March 6, citizens in Alm\u0430ty"),
                fx(() -> area(false).getSelectedText()));
    }

    @Test
    @Order(6)
    void findsInThePaneThroughDisguisedLetters() throws Exception {
        int start = fx(() -> area(false).getText().indexOf("Kaz\u0430khstan has also given"));
        fx(() -> {
            area(false).requestFocus();
            area(false).moveTo(start - 1);
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("kazakhstan has also").push(KeyCode.ENTER);
        assertEquals("Kaz\u0430khstan has also", fx(() -> area(false).getSelectedText()));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    @Order(7)
    void tabMovesThroughThePanesAndTheButtons() throws Exception {
        fx(() -> {
            area(true).requestFocus();
            return null;
        });
        robot.push(KeyCode.TAB);
        assertTrue(fx(() -> area(false).isFocused()), "from the left pane to the right one");
        String before = fx(() -> area(false).getText());
        robot.push(KeyCode.TAB);
        assertTrue(fx(() -> !area(false).isFocused()), "and on, out of the panes");
        assertEquals(before, fx(() -> area(false).getText()), "read-only: Tab inserts nothing");
        fx(() -> {
            area(false).requestFocus();
            return null;
        });
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(fx(() -> area(true).isFocused()), "Shift+Tab goes back from the right pane to the left one");
    }

    @Test
    @Order(8)
    void theSpinnerShowsOnlyForWorkOver200Milliseconds() throws Exception {
        Jobs jobs = window.model().jobs();
        // Work of the window's own (the families caught up when idle, say) would show the spinner too.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !jobs.busyProperty().get()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertFalse(fx(() -> window.statusBar().spinner().isVisible()), "no work, no spinner");
        CompletableFuture<Integer> quick = fx(() -> jobs.submit("Quick", () -> 1));
        quick.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertFalse(fx(() -> window.statusBar().spinner().isVisible()), "quick work does not flicker");
        CompletableFuture<Integer> slow = fx(() -> jobs.submit("Slow", () -> {
            Thread.sleep(1500);
            return 2;
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> window.statusBar().spinner().isVisible()));
        slow.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.statusBar().spinner().isVisible()));
    }

    @Test
    @Order(9)
    void zoomChangesBothPanesTogether() throws Exception {
        int before = fx(() -> window.model().preferences().fontSizeProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        int after = fx(() -> window.model().preferences().fontSizeProperty().get());
        assertEquals(before + 1, after);
        assertTrue(fx(() -> area(true).getStyle()).contains(after + "px"));
        assertTrue(fx(() -> area(false).getStyle()).contains(after + "px"));
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(before, fx(() -> window.model().preferences().fontSizeProperty().get()));
    }

    @Test
    @Order(10)
    void swapPutsTheCopyOnTheLeftAndKeepsThePassageInView() throws Exception {
        robot.clickOn("#swap-sides");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> window.compareView().model().left().document().name().equals(Seeds.S000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> area(true).getText().startsWith("Kazakhstan postpones")));
        assertTrue(fx(() -> area(true).getSelectedText()).startsWith("On March 6, citizens in Alm\u0430ty"));
        int at = fx(() -> area(true).getSelection().getStart());
        assertTrue(fx(() -> window.compareView().leftPane().yOf(at)).isPresent(), "still in view");
        robot.clickOn("#hide-furniture");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !area(true).getText().contains("Advertisement")));
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        // The analyst drags the claims table's divider: only dividers someone moved are kept (decision 1440).
        javafx.scene.Node claimsDivider = fx(() -> split.lookupAll(".split-pane-divider").stream()
                .filter(d -> d.getParent() == split).toList().get(1));
        robot.drag(claimsDivider, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double claimsAt = fx(() -> split.getDividerPositions()[1]);
        fx(() -> {
            window.saveState();
            return null;
        });
        Settings saved = Settings.load(home.resolve(Settings.FILE_NAME));
        assertTrue(saved.furnitureHidden());
        assertTrue(saved.number(WindowGeometry.screenKey(javafx.stage.Screen.getPrimary().getVisualBounds()) + "width").isPresent(),
                "the size is kept for the screen it was on");
        assertTrue(saved.number("split.corpus").isPresent());
        assertEquals(claimsAt, saved.number("split.claims").orElseThrow(), 0.01, "the claims table's height");
    }

    @Test
    @Order(11)
    void theDarkThemeIsAStyleSheetOnTopAndIsRemembered() throws Exception {
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.stage().getScene().getStylesheets().stream().anyMatch(u -> u.endsWith("/dark.css"))));
        assertEquals(Theme.DARK, fx(() -> window.model().settings().theme()));
        fx(() -> {
            window.model().preferences().themeProperty().set(Theme.LIGHT);
            return null;
        });
        assertTrue(fx(() -> window.stage().getScene().getStylesheets().stream().noneMatch(u -> u.endsWith("/dark.css"))));
    }
}
