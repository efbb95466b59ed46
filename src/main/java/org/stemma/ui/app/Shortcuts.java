package org.stemma.ui.app;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Help › Keyboard Shortcuts. The table is read from the menu bar's accelerators each time it opens, so it
 * cannot disagree with the menus (whatever items features add to them); the keys no menu item shows
 * (Alt+Down, Ctrl+Shift+=, Enter in a pane…) come from the same list that binds them.
 */
final class Shortcuts {

    /** One line of the table: the keys as the platform writes them, and what they do. */
    record Row(String keys, String command) {
    }

    /** The rows of one menu (or of the keys no menu shows), under its name. */
    record Section(String title, List<Row> rows) {
    }

    static final String OTHER_KEYS = "Other keys";

    private Shortcuts() {
    }

    /** Every accelerator of the menu bar, menu by menu ("Compare › Swap Sides"), then {@code otherKeys}. */
    static List<Section> sections(MenuBar bar, List<Row> otherKeys) {
        List<Section> sections = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Menu menu : bar.getMenus()) {
            List<Row> rows = new ArrayList<>();
            walk(menu, "", rows);
            rows.forEach(r -> taken.add(r.keys()));
            if (!rows.isEmpty()) {
                sections.add(new Section(label(menu), rows));
            }
        }
        List<Row> others = otherKeys.stream().filter(r -> !taken.contains(r.keys())).toList();
        if (!others.isEmpty()) {
            sections.add(new Section(OTHER_KEYS, others));
        }
        return sections;
    }

    private static void walk(Menu menu, String path, List<Row> out) {
        for (MenuItem item : menu.getItems()) {
            if (!item.isVisible()) {
                continue;
            }
            if (item instanceof Menu sub) {
                walk(sub, path + label(sub) + " › ", out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Row(item.getAccelerator().getDisplayText(), path + label(item)));
            }
        }
    }

    /** A menu item's text as the menu shows it: without the mnemonic's underscore. */
    static String label(MenuItem item) {
        return item.getText().replace("__", "\u0000").replace("_", "").replace('\u0000', '_');
    }

    /** The two-column table: keys on the left, the command on the right, a heading per menu. */
    static GridPane table(List<Section> sections) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-table");
        grid.getStyleClass().add("shortcuts-table");
        grid.setHgap(24);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keys.setHalignment(HPos.LEFT);
        ColumnConstraints command = new ColumnConstraints();
        command.setHgrow(Priority.ALWAYS);
        command.setFillWidth(true);
        grid.getColumnConstraints().addAll(keys, command);
        int row = 0;
        for (Section section : sections) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("shortcut-section");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Row r : section.rows()) {
                Label k = new Label(r.keys());
                k.getStyleClass().add("shortcut-keys");
                k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label c = new Label(r.command());
                c.getStyleClass().add("shortcut-command");
                c.setWrapText(true);
                GridPane.setValignment(k, VPos.TOP);
                grid.add(k, 0, row);
                grid.add(c, 1, row++);
            }
        }
        return grid;
    }

    /** The dialog, its table scrolling when the screen is short. */
    static Dialog<Void> dialog(Window owner, MenuBar bar, List<Row> otherKeys) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setResizable(true);
        Node table = table(sections(bar, otherKeys));
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-scroll");
        double screenHeight = Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(560, screenHeight * 0.7));
        scroll.setPrefViewportWidth(540);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("shortcuts-dialog");
        return dialog;
    }
}
