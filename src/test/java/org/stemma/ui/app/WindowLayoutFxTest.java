package org.stemma.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stemma.Seeds;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.CorpusTable;
import org.stemma.ui.corpus.ShownDate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.stemma.ui.app.AppUnderTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as it fits the screen and the analyst's eyes, headless: the keyboard shortcuts dialog
 * agrees with the menus (whatever items are added to them), the hints name the right command, zoom
 * reaches the whole window, the comparison stays readable at 1024×640, and dates read in the locale.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowLayoutFxTest {

    private static StemmaApp app;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.start("stemma-layout");
        window = fx(() -> app.window());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.model().corpusLoaded()));
        fx(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1200);
            window.stage().setHeight(760);
            return null;
        });
    }

    @AfterAll
    static void stop() throws Exception {
        AppUnderTest.stop(app);
    }


    /** Every menu item with an accelerator, as "keys" → "Menu › Item", walked here independently of the dialog. */
    private static Map<String, String> menuAccelerators() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Menu m : window.menuBar().getMenus()) {
            collect(m, m.getText().replace("_", ""), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, Map<String, String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText().replace("_", ""), out);
            } else if (i.getAccelerator() != null) {
                String was = out.put(i.getAccelerator().getDisplayText(), path + " › " + i.getText().replace("_", ""));
                assertEquals(null, was, i.getAccelerator().getDisplayText() + " is given to two menu items");
            }
        }
    }

    private static Optional<Window> shortcutsDialog() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#shortcuts-table") != null).findFirst();
    }

    /** The dialog's table, row by row: keys → "Section › command". */
    private static Map<String, String> dialogRows(GridPane grid) {
        Map<Integer, String> keys = new HashMap<>();
        Map<Integer, String> commands = new HashMap<>();
        java.util.TreeMap<Integer, String> sections = new java.util.TreeMap<>();
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("shortcut-section")) {
                sections.put(GridPane.getRowIndex(l), l.getText());
            }
        }
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("shortcut-command")) {
                commands.put(GridPane.getRowIndex(l), sections.floorEntry(GridPane.getRowIndex(l)).getValue() + " › " + l.getText());
            }
        }
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("shortcut-keys")) {
                keys.put(GridPane.getRowIndex(l), l.getText());
            }
        }
        Map<String, String> rows = new LinkedHashMap<>();
        keys.forEach((row, k) -> rows.put(k, commands.get(row)));
        return rows;
    }

    @Test
    @Order(1)
    void f1ListsEveryMenuAcceleratorIncludingItemsAddedLater() throws Exception {
        MenuItem probe = new MenuItem("_Probe Added by Another Feature");
        probe.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+P"));
        fx(() -> window.menuBar().getMenus().get(2).getItems().add(probe));
        fx(() -> {
            window.corpusTable().table().requestFocus();
            return null;
        });
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> shortcutsDialog().isPresent()));
        Map<String, String> rows = fx(() -> dialogRows((GridPane) shortcutsDialog().orElseThrow().getScene().lookup("#shortcuts-table")));
        Map<String, String> menus = fx(WindowLayoutFxTest::menuAccelerators);

        assertTrue(menus.size() >= 20, "menus walked: " + menus);
        menus.forEach((keys, command) -> assertEquals(command, rows.get(keys), "the dialog's line for " + keys));
        assertEquals("File › Open Project…", rows.get("Ctrl+O"));
        assertEquals("File › Add Articles…", rows.get("Ctrl+Shift+O"));
        assertEquals("Compare › Probe Added by Another Feature", rows.get("Ctrl+Alt+P"));
        for (String k : List.of("Ctrl+T", "Ctrl+Z", "Ctrl+Y", "Ctrl+E", "Ctrl+Shift+C", "F7", "Ctrl+D")) {
            assertTrue(rows.containsKey(k), k + " is listed");
        }
        assertTrue(rows.keySet().stream().anyMatch(k -> k.contains("Shift+=")), "the keys no menu shows are listed too");
        assertTrue(rows.values().stream().noneMatch(c -> c.toLowerCase().contains("open article files")));
        assertTrue(rows.getOrDefault("Enter or double-click in the table", "").endsWith("Read the article in its own window"),
                "the reader's keys are listed: " + rows.keySet());
        assertTrue(rows.getOrDefault("Esc or Ctrl+W in a reader", "").endsWith("Close the reader"));
        assertTrue(rows.getOrDefault("Ctrl+T in the collation", "").contains("Tag the selected cell"));
        GridPane grid = fx(() -> (GridPane) shortcutsDialog().orElseThrow().getScene().lookup("#shortcuts-table"));
        fx(() -> {
            for (Node n : grid.getChildren()) {
                if (n instanceof Label l && l.getStyleClass().contains("shortcut-keys")) {
                    assertTrue(l.getBoundsInParent().getMaxX() < grid.getChildren().stream()
                            .filter(c -> c.getStyleClass().contains("shortcut-command") && GridPane.getRowIndex(c)
                                    .equals(GridPane.getRowIndex(l))).findFirst().orElseThrow().getBoundsInParent().getMinX(),
                            "the columns do not run together: " + l.getText());
                }
            }
            return null;
        });
        fx(() -> {
            shortcutsDialog().orElseThrow().hide();
            window.menuBar().getMenus().get(2).getItems().remove(probe);
            return null;
        });
    }

    @Test
    @Order(2)
    void theHintsNameTheRightCommand() throws Exception {
        String addArticles = fx(() -> menuAccelerators().entrySet().stream()
                .filter(e -> e.getValue().equals("File › Add Articles…")).findFirst().orElseThrow().getKey());
        CorpusTable empty = fx(() -> new CorpusTable(new Corpus(), () -> { }, a -> { }, a -> { }));
        String hint = fx(() -> window.corpusTable().emptyHintText());
        assertTrue(hint.contains("File › Add Articles… (" + addArticles + ")"), hint);
        assertTrue(fx(() -> empty.table().getPlaceholder() instanceof Label l && l.getStyleClass().contains("placeholder")),
                "an empty corpus shows the hint");

        robot.clickOn("#corpus-filter").write("zzqx");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, fx(() -> window.corpusTable().table().getItems().size()));
        String shown = fx(() -> ((Label) window.corpusTable().table().getPlaceholder()).getText());
        assertTrue(shown.startsWith("No article matches “zzqx”"), shown);
        assertFalse(shown.contains("Add Articles"), "a filter that matches nothing is not an empty project");
        robot.push(KeyCode.ESCAPE);
        assertEquals(5, fx(() -> window.corpusTable().table().getItems().size()));
    }

    @Test
    @Order(3)
    void datesReadInTheLocaleWithTheIsoValueInATooltip() throws Exception {
        TableColumn<Article, ?> date = fx(() -> window.corpusTable().table().getColumns().stream()
                .filter(c -> "date-column".equals(c.getId())).findFirst().orElseThrow());
        List<TableCell<?, ?>> cells = new ArrayList<>();
        fx(() -> {
            for (Node n : robot.lookup(".table-cell").queryAll()) {
                if (n instanceof TableCell<?, ?> c && c.getTableColumn() == date && c.getItem() != null
                        && !c.getItem().toString().isBlank()) {
                    cells.add(c);
                }
            }
            return null;
        });
        assertFalse(cells.isEmpty(), "some articles state a date");
        for (TableCell<?, ?> cell : cells) {
            String iso = cell.getItem().toString();
            assertEquals(ShownDate.of(iso), fx(cell::getText));
            assertEquals(iso, fx(() -> cell.getTooltip().getText()));
        }
        assertTrue(cells.stream().anyMatch(c -> c.getItem().toString().startsWith("2022-04-08T02:57")
                && !c.getText().contains("T02:57")), "no raw ISO string");
    }

    @Test
    @Order(4)
    void zoomReachesTablesMenusAndDialogsAndTheMarkersGrow() throws Exception {
        compare();
        double cellBefore = fx(() -> firstCell().getFont().getSize());
        double menuBefore = fx(() -> menuLabelSize());
        double glyphBefore = fx(() -> window.compareView().leftPane().glyphWidth());
        double stripBefore = fx(() -> window.compareView().leftPane().overview().getWidth());
        double tickBefore = fx(() -> window.compareView().leftPane().overview().ticks().get(0).getWidth());
        int before = fx(() -> window.model().preferences().fontSizeProperty().get());
        fx(() -> {
            window.corpusTable().table().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);

        assertEquals(before + 1, fx(() -> window.model().preferences().fontSizeProperty().get()), "Ctrl+Shift+= zooms in");
        fx(() -> {
            window.model().preferences().fontSizeProperty().set(24);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> firstCell().getFont().getSize()) > cellBefore * 1.4, "the table's text grows");
        assertTrue(fx(() -> menuLabelSize()) > menuBefore * 1.4, "the menus' text grows");
        fx(() -> {
            window.showShortcuts();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> shortcutsDialog().isPresent()));
        double dialogText = fx(() -> ((Label) shortcutsDialog().orElseThrow().getScene().lookup(".shortcut-command"))
                .getFont().getSize());
        assertTrue(dialogText > cellBefore * 1.4, "a dialog's text grows: " + dialogText);
        fx(() -> {
            shortcutsDialog().orElseThrow().hide();
            return null;
        });
        assertTrue(fx(() -> window.compareView().leftPane().glyphWidth()) > glyphBefore * 1.4);
        assertTrue(fx(() -> window.compareView().leftPane().overview().getWidth()) > stripBefore * 1.4,
                "the overview strip widens with the text: " + stripBefore);
        assertTrue(fx(() -> window.compareView().leftPane().overview().ticks().get(0).getWidth()) > tickBefore * 1.4,
                "and its markers: " + tickBefore);
        WaitForAsyncUtils.waitForFxEvents();
        List<HBox> glyphs = fx(() -> window.compareView().leftPane().area().lookupAll(".line-glyph").stream()
                .map(n -> (HBox) n).toList());
        assertFalse(glyphs.isEmpty());
        for (HBox g : glyphs) {
            double drawn = fx(() -> g.getChildren().stream().mapToDouble(c -> c.getLayoutBounds().getWidth()).sum()
                    + g.getInsets().getLeft() + g.getInsets().getRight());
            assertTrue(drawn <= fx(g::getWidth) + 0.5, "the line's markers fit left of the text: " + drawn);
        }
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(Settings.DEFAULT_FONT_SIZE, fx(() -> window.model().preferences().fontSizeProperty().get()));
    }

    @Test
    @Order(5)
    void at1024By640TheComparisonStaysReadable() throws Exception {
        compare();
        resize(1024, 640);
        Bounds scene = fx(() -> new javafx.geometry.BoundingBox(0, 0, window.stage().getScene().getWidth(),
                window.stage().getScene().getHeight()));
        Bounds right = fx(() -> window.compareView().rightPane().localToScene(window.compareView().rightPane().getLayoutBounds()));
        String widths = fx(() -> {
            StringBuilder b = new StringBuilder();
            javafx.scene.layout.BorderPane root = (javafx.scene.layout.BorderPane) window.stage().getScene().getRoot();
            for (Node n : List.of(root.getTop(), root.getCenter(), root.getBottom())) {
                b.append(n.getClass().getSimpleName()).append('=').append(n.minWidth(-1)).append(' ');
                if (n instanceof Parent p) {
                    for (Node c : p.getChildrenUnmodifiable()) {
                        b.append("  ").append(c.getClass().getSimpleName()).append(c.getStyleClass()).append('=').append(c.minWidth(-1));
                        if (c instanceof Parent pp) {
                            for (Node cc : pp.getChildrenUnmodifiable()) {
                                b.append("    ").append(cc.getClass().getSimpleName()).append(cc.getStyleClass()).append('=').append(cc.minWidth(-1));
                            }
                        }
                    }
                }
            }
            return b.toString();
        });
        assertTrue(right.getMaxX() <= scene.getMaxX() + 0.5, "the right pane is not cut off: " + right + " " + widths);
        assertTrue(fx(() -> robot.lookup("#legend-menu").query().isVisible()), "the legend moves to a menu");
        assertFalse(fx(() -> robot.lookup(".compare-toolbar > .legend").query().isVisible()));
        Node summary = fx(() -> robot.lookup("#summary-bar").query());
        Bounds summaryBounds = fx(() -> summary.localToScene(summary.getLayoutBounds()));
        assertTrue(summaryBounds.getMaxY() <= scene.getMaxY() && summaryBounds.getMaxX() <= scene.getMaxX() + 0.5,
                "the summary is inside the window: " + summaryBounds);
        List<String> cut = fx(() -> truncated((Parent) summary));
        cut.addAll(fx(() -> truncated((Parent) robot.lookup(".compare-toolbar").query())));
        assertEquals(List.of(), cut, "no figure or button is cut to …");
        assertFalse(fx(() -> column("File").isVisible()), "the file name column gives way first");
        assertTrue(fx(() -> column("Title").isVisible() && column("Homoglyphs").isVisible()));
        assertTrue(fx(() -> window.compareView().leftPane().area().getHeight()) > 4 * 15 * 1.5,
                "several lines of each article show");

        resize(1200, 760);
        List<Double> lines = fx(() -> ((Parent) summary).getChildrenUnmodifiable().stream()
                .map(n -> n.getBoundsInParent().getMinY()).distinct().toList());
        assertEquals(1, lines.size(), "at 1200 wide (a 1366 screen's first window) the comparison's figures take one line: " + lines);
        resize(1024, 640);

        // The headless screen is 1280 wide: smaller text makes the room a wide screen would give.
        fx(() -> {
            window.model().preferences().fontSizeProperty().set(10);
            return null;
        });
        resize(1280, 800);
        assertTrue(fx(() -> robot.lookup(".compare-toolbar > .legend").query().isVisible()), "room for the legend again: "
                + fx(() -> robot.lookup(".compare-toolbar").query().getLayoutBounds().getWidth() + " for "
                + ((Parent) robot.lookup(".compare-toolbar > .legend").query()).prefWidth(-1)));
        assertTrue(fx(() -> column("File").isVisible()));
        fx(() -> {
            window.model().preferences().zoomReset();
            return null;
        });
    }

    @Test
    @Order(6)
    void tablesShowSeveralRowsBesideAReadableComparison() throws Exception {
        compare();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.claimsDock().claims() != null));
        resize(1024, 640);
        firstOpened();
        assertTrue(fx(() -> rowsShown(window.corpusTable().table())) >= 2.8,
                "at 1024×640 several corpus rows show: " + fx(() -> rowsShown(window.corpusTable().table())));
        double lines = fx(() -> window.compareView().leftPane().area().getHeight()) / (15 * 1.5);
        assertTrue(lines >= 6, "and several lines of each article: " + lines);

        // The headless screen is 1280 wide (a wider stage overflows its frame buffer): 768 high as 1366×768.
        resize(1280, 768);
        firstOpened();
        var claims = fx(() -> window.claimsDock().claims().pane());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> claims.getScene() != null && claims.isVisible()));
        assertTrue(fx(() -> rowsShown(window.corpusTable().table())) >= 2.8,
                "at 1280×768 several corpus rows: " + fx(() -> rowsShown(window.corpusTable().table())));
        assertTrue(fx(() -> rowsShown(claims.table())) >= 2.5, "the claims table shows several rows: "
                + fx(() -> rowsShown(claims.table())));
        lines = fx(() -> window.compareView().leftPane().area().getHeight()) / (15 * 1.5);
        assertTrue(lines >= 5.5, "and the comparison several lines: " + lines);
    }

    @Test
    @Order(7)
    void aSecondaryWindowShrunkByTheWindowManagerGetsItsSizeBack() throws Exception {
        // Openbox's first configure over a maximised workbench, played here by hand: 200×200 right after mapping.
        javafx.stage.Stage other = fx(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.initOwner(window.stage());
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new Label("report")), 600, 400));
            s.setOnShown(e -> javafx.application.Platform.runLater(() -> {
                s.setWidth(200);
                s.setHeight(200);
            }));
            s.show();
            return s;
        });
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> other.getWidth() >= 599 && other.getHeight() >= 399),
                "the size it asked for: " + fx(() -> other.getWidth() + "×" + other.getHeight()));
        fx(() -> {
            other.close();
            return null;
        });
    }

    @Test
    @Order(8)
    void aModalDialogLeavesAMaximisedWorkbenchMaximisedAndAnUnmaximisedOneAsItWas() throws Exception {
        // JavaFX 21 on Linux under Openbox or KWin: the workbench a modal dialog disables is unmaximised
        // (JDK-8332222), played here by hand as the dialog maps.
        fx(() -> {
            window.stage().setMaximized(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.stage().isMaximized()));
        showAndCloseAModalDialogThatUnmaximisesTheWorkbench();
        assertTrue(fx(() -> window.stage().isMaximized()), "maximised again once the dialog closed");

        fx(() -> {
            window.stage().setMaximized(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        showAndCloseAModalDialogThatUnmaximisesTheWorkbench();
        assertFalse(fx(() -> window.stage().isMaximized()), "a workbench that was not maximised is not made so");
    }

    private static void showAndCloseAModalDialogThatUnmaximisesTheWorkbench() throws Exception {
        javafx.scene.control.Alert alert = fx(() -> {
            var a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "modal");
            a.initOwner(window.stage());
            a.setOnShown(e -> window.stage().setMaximized(false));
            a.show();
            return a;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.stage().isMaximized()), "the window manager's unmaximise, as it came");
        fx(() -> {
            alert.close();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As a window first opened at this size stands: the panes at the old shares of the height, then placed. */
    private static void firstOpened() throws Exception {
        fx(() -> {
            var split = (javafx.scene.control.SplitPane) window.stage().getScene().lookup(".split-pane");
            split.setDividerPositions(0.24, 0.78);
            window.paneHeights().place();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many rows of its height a table's body has room for, below its header. */
    private static double rowsShown(javafx.scene.control.TableView<?> table) {
        Node header = table.lookup(".column-header-background");
        double body = table.getHeight() - header.getBoundsInParent().getMaxY() - table.snappedBottomInset();
        // An empty claims table has no row to measure: the corpus table's rows are as high.
        double row = java.util.stream.Stream.of(table, window.corpusTable().table())
                .flatMap(t -> t.lookupAll(".table-row-cell").stream())
                .mapToDouble(n -> ((javafx.scene.layout.Region) n).getHeight()).filter(v -> v > 0).findFirst().orElseThrow();
        return body / row;
    }

    private void resize(double w, double h) throws Exception {
        fx(() -> {
            window.stage().setWidth(w);
            window.stage().setHeight(h);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableColumn<Article, ?> column(String name) {
        return window.corpusTable().table().getColumns().stream()
                .filter(c -> name.equals(c.getText()) || c.getGraphic() instanceof Label l && name.equals(l.getText()))
                .findFirst().orElseThrow();
    }

    /** The labels and buttons under {@code root} whose text is drawn cut ("…"). */
    private static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label, .button, .check-box")) {
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                Text drawn = (Text) l.lookup(".text");
                if (drawn != null && !drawn.getText().equals(l.getText())) {
                    out.add(l.getText() + " → " + drawn.getText());
                }
            }
        }
        return out;
    }

    private void compare() throws Exception {
        if (fx(() -> window.compareView().model()) != null) {
            return;
        }
        fx(() -> {
            var table = window.corpusTable().table();
            table.getSelectionModel().clearSelection();
            for (String name : List.of(Seeds.S001, Seeds.S000)) {
                table.getItems().stream().filter(a -> a.name().equals(name)).findFirst()
                        .ifPresent(a -> table.getSelectionModel().select(a));
            }
            window.compareChosen();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.compareView().model() != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableCell<?, ?> firstCell() {
        return robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getItem() != null).map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
    }

    private double menuLabelSize() {
        return ((Labeled) window.menuBar().lookup(".menu .label")).getFont().getSize();
    }
}
