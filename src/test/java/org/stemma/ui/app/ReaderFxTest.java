package org.stemma.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.ui.compare.ArticlePane;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.compare.Mark;
import org.stemma.ui.compare.OverviewMark;
import org.stemma.ui.reader.ArticleReader;
import org.stemma.ui.reader.ReaderViewModel;
import org.stemma.ui.reader.ReaderWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading one article in the window, headless (Monocle): double-click or Enter on a row opens it alone
 * with its findings, Esc and Ctrl+W close it, Tag Selection… in it makes a claim; Ctrl+D with one article
 * selected says why nothing happened; the overview strip beside a compare pane marks every changed
 * passage and a click on a mark scrolls the pane there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderFxTest {

    private static final String ATLANTIC = "The Atlantic Council described this statement as “meaningful” "
            + "coming from a senior Kazakhstani official while in the US.";

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("stemma-reader");
        System.setProperty("stemma.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (StemmaApp) FxToolkit.setupApplication(StemmaApp.class);
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.claimsDock().claims() != null));
        // The families, once found, refresh the table and so replace its rows: a row looked up before that
        // could leave the scene before the robot reached it.
        fx(() -> window.families().model().caughtUp()).get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    /** Waits up to a minute: the machine running the tests may be busy (counterparts of a new claim, say). */
    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; the status bar says: "
                    + fx(() -> window.model().statusProperty().get()), e);
        }
    }

    private static Point2D row(String documentName) throws Exception {
        return AppUnderTest.rowOnScreen(window.corpusTable().table(), documentName);
    }

    private static List<ReaderWindow> readers() throws Exception {
        return fx(() -> window.readers().windows());
    }

    private static ArticleReader onlyReader() throws Exception {
        List<ReaderWindow> open = readers();
        assertEquals(1, open.size(), "one reader is open");
        return open.get(0).reader();
    }

    @Test
    @Order(1)
    void doubleClickOpensTheArticleAloneWithItsFindingsAndEscClosesIt() throws Exception {
        robot.doubleClickOn(row(Seeds.S000), MouseButton.PRIMARY);
        waitFor("a reader opens", () -> window.readers().windows().size() == 1);
        ArticleReader reader = onlyReader();
        assertEquals(Seeds.S000, fx(() -> reader.model().pane().document().name()));
        int kaz = fx(() -> reader.area().getText().indexOf("Kaz\u0430khstan has also given")) + 3;
        assertTrue(kaz > 3, "the whole text, disguised letters included");
        assertTrue(fx(() -> reader.area().getStyleOfChar(kaz)).contains("homoglyph"), "marked as in the compare panes");
        ListView<?> findings = fx(() -> (ListView<?>) reader.lookup("#reader-findings"));
        assertTrue(fx(() -> findings.getItems().stream().map(Object::toString)
                .anyMatch(("U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kaz\u0430khstan”")::equals)));
        assertEquals(fx(() -> reader.model().findings().size()), fx(() -> findings.getItems().size()));
        assertTrue(fx(() -> reader.pane().overview().marks().stream().anyMatch(m -> m.kind() == Mark.HOMOGLYPH)));

        robot.interact(() -> findings.getSelectionModel().select(0));
        ReaderViewModel.FindingLine first = fx(() -> reader.model().findings().get(0));
        assertEquals(first.shown().start(), fx(() -> reader.area().getSelection().getStart()),
                "choosing a finding selects it in the text");

        Button tag = fx(() -> (Button) reader.lookup("#tag-selection"));
        Bounds inScene = fx(() -> tag.localToScene(tag.getBoundsInLocal()));
        double width = fx(() -> reader.getScene().getWidth());
        assertEquals(900, width, 0.5, "the window's default width");
        assertTrue(fx(tag::isVisible) && inScene.getMaxX() <= width && inScene.getMinX() >= 0,
                "Tag Selection… is in view at the default size: " + inScene);

        robot.interact(() -> reader.area().requestFocus());
        robot.push(KeyCode.ESCAPE);
        waitFor("Esc closes the reader", () -> window.readers().windows().isEmpty());
        assertFalse(fx(() -> reader.getScene().getWindow().isShowing()));
    }

    @Test
    @Order(2)
    void enterOpensTheSelectedArticleAndCtrlWClosesIt() throws Exception {
        robot.clickOn(row(Seeds.S002), MouseButton.PRIMARY);
        robot.push(KeyCode.ENTER);
        waitFor("a reader opens", () -> window.readers().windows().size() == 1);
        ArticleReader reader = onlyReader();
        assertEquals(Seeds.S002, fx(() -> reader.model().pane().document().name()));
        int size = fx(() -> window.model().preferences().fontSizeProperty().get());
        fx(() -> {
            window.model().preferences().zoomIn();
            return null;
        });
        int larger = fx(() -> window.model().preferences().fontSizeProperty().get());
        assertTrue(larger > size && fx(() -> reader.area().getStyle()).contains("-fx-font-size: " + larger + "px"),
                "the reader follows the window's text size: " + fx(() -> reader.area().getStyle()));
        fx(() -> {
            window.model().preferences().zoomReset();
            return null;
        });
        robot.interact(() -> reader.area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitFor("Ctrl+W closes the reader", () -> window.readers().windows().isEmpty());
    }

    @Test
    @Order(3)
    void tagSelectionInTheReaderMakesAClaimThatIsUnderlined() throws Exception {
        robot.doubleClickOn(row(Seeds.S001), MouseButton.PRIMARY);
        waitFor("a reader opens", () -> window.readers().windows().size() == 1);
        ArticleReader reader = onlyReader();
        int start = fx(() -> reader.area().getText().indexOf(ATLANTIC));
        assertTrue(start >= 0);
        robot.interact(() -> {
            reader.area().requestFocus();
            reader.area().selectRange(start, start + ATLANTIC.length());
        });
        robot.clickOn("#tag-selection");
        robot.clickOn("#new-tag-name").write("quote");
        robot.clickOn("#new-tag-add");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).queryAs(Button.class));

        long id = fx(() -> reader.model().documentId());
        waitFor("the claim is saved", () -> window.claimsDock().claims().model().claimsIn(id).stream()
                .map(Claim::anchor).anyMatch(a -> a.exact().equals(ATLANTIC)));
        waitFor("and underlined in the reader", () -> reader.area().getStyleOfChar(start + 5).contains("claim"));
        robot.interact(() -> reader.area().requestFocus());
        robot.push(KeyCode.ESCAPE);
        waitFor("Esc closes the reader", () -> window.readers().windows().isEmpty());
    }

    @Test
    @Order(4)
    void ctrlDWithOneArticleSelectedSaysWhatItNeeds() throws Exception {
        robot.clickOn(row(Seeds.S001), MouseButton.PRIMARY);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        String status = fx(() -> window.model().statusProperty().get());
        assertTrue(status.startsWith("Select two articles to compare"), status);
        assertTrue(fx(() -> window.compareView().model() == null), "nothing compared");
    }

    @Test
    @Order(5)
    void theOverviewStripMarksEveryChangedPassageAndAClickScrollsThere() throws Exception {
        // Selected as Ctrl+click would, without a click on 001 that could join the last test's into a double-click.
        robot.interact(() -> {
            var table = window.corpusTable().table();
            table.getSelectionModel().clearSelection();
            for (String name : new String[]{Seeds.S001, Seeds.S000}) {
                table.getItems().stream().filter(a -> a.name().equals(name)).findFirst()
                        .ifPresent(a -> table.getSelectionModel().select(a));
            }
            table.requestFocus();
        });
        assertEquals(2, fx(() -> window.corpusTable().chosen().size()), "two articles selected");
        robot.push(KeyCode.CONTROL, KeyCode.D);
        waitFor("the comparison is shown", () -> window.compareView().model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ArticlePane left = window.compareView().leftPane();
        CompareViewModel vm = fx(() -> window.compareView().model());
        List<Integer> changed = vm.links().stream().filter(l -> l.kind() == Mark.CHANGED)
                .map(l -> l.left().start()).sorted().toList();
        List<OverviewMark> marks = fx(() -> left.overview().marks());
        assertEquals(changed, marks.stream().filter(m -> m.kind() == Mark.CHANGED).map(m -> m.span().start()).toList(),
                "a mark for each changed passage");
        List<Region> ticks = fx(() -> left.overview().ticks());
        assertEquals(marks.size(), ticks.size());

        int last = marks.size() - 1;
        while (marks.get(last).kind() != Mark.CHANGED) {
            last--;
        }
        int target = marks.get(last).span().start();
        Region tick = ticks.get(last);
        assertTrue(fx(() -> tick.getStyleClass().contains("changed")));
        double before = fx(() -> left.area().getEstimatedScrollY());
        assertTrue(fx(() -> left.yOf(target).isEmpty() || left.yOf(target).getAsDouble() > left.area().getHeight()),
                "the passage starts out of view");
        Bounds onScreen = fx(() -> tick.localToScreen(tick.getBoundsInLocal()));
        robot.clickOn(new Point2D(onScreen.getCenterX(), onScreen.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> left.area().getEstimatedScrollY()) > before, "the pane scrolled down");
        double y = fx(() -> left.yOf(target).orElseThrow());
        assertTrue(y >= 0 && y < fx(() -> left.area().getHeight()), "the passage is in view: " + y);
    }
}
