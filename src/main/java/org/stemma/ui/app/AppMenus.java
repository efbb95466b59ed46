package org.stemma.ui.app;

import org.stemma.ui.compare.Comparisons;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every command of the window, with its shortcut. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar build(MainWindow w, ProjectSession session, Comparisons comparisons, ViewPreferences preferences) {
        var noComparison = comparisons.shownProperty().isNull();

        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> recent.getItems().setAll(session.recentProjects().stream()
                .map(p -> item(p.toString(), null, () -> w.openProject(p))).toList()));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem saveAs = item("Save Project _As…", "Shortcut+Shift+S", w::saveProjectAs);
        saveAs.disableProperty().bind(session.projectProperty().isNull());
        Menu file = new Menu("_File", null,
                item("_New Project…", "Shortcut+N", w::newProject),
                item("_Open Project…", "Shortcut+O", w::openProject),
                recent,
                saveAs,
                item("Open _Sample Corpus", null, session::openSample),
                new SeparatorMenuItem(),
                w.imports().addArticlesItem(),
                w.imports().addFolderItem(),
                item("_Export Claims…", "Shortcut+E", w.claimsDock()::exportClaims),
                w.exchange().exportMenu(),
                w.exchange().comparisonReportItem(),
                w.exchange().importItem(),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", w::quit));

        MenuItem find = item("_Find…", "Shortcut+F", w.compareView()::find);
        MenuItem findNext = item("Find _Next", "F3", () -> w.compareView().findAgain(true));
        MenuItem findPrevious = item("Find _Previous", "Shift+F3", () -> w.compareView().findAgain(false));
        for (MenuItem i : new MenuItem[]{find, findNext, findPrevious}) {
            i.disableProperty().bind(noComparison);
        }
        Menu edit = new Menu("_Edit", null, find, findNext, findPrevious, new SeparatorMenuItem(),
                item("Filter _Articles", "Shortcut+L", w::focusFilter));

        MenuItem compare = item("_Compare Selected", "Shortcut+D", w::compareChosen);
        // Always enabled: with the wrong number of articles selected, Ctrl+D says what it needs.
        MenuItem next = item("_Next Change", "F7", w.compareView()::next);
        MenuItem previous = item("_Previous Change", "Shift+F7", w.compareView()::previous);
        MenuItem swap = item("_Swap Sides", "Shortcut+Shift+X", comparisons::swap);
        for (MenuItem i : new MenuItem[]{next, previous, swap}) {
            i.disableProperty().bind(noComparison);
        }
        Menu compareMenu = new Menu("_Compare", null, compare,
                item("Compare _With…", "Shortcut+Shift+D", w::compareWith),
                item("Co_llate Family", "Shortcut+Shift+K", w::collateFamily),
                new SeparatorMenuItem(), next, previous, new SeparatorMenuItem(), swap,
                item("_Options…", null, w::showCompareOptions), new SeparatorMenuItem(),
                item("Quotation _Ledger and Facts", "Shortcut+Shift+L", w::showLedger));

        CheckMenuItem hide = new CheckMenuItem("_Hide Page Furniture");
        hide.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        hide.selectedProperty().bindBidirectional(preferences.furnitureHiddenProperty());
        CheckMenuItem align = new CheckMenuItem("_Align Page Furniture");
        align.selectedProperty().bindBidirectional(preferences.furnitureAlignedProperty());
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setToggleGroup(themes);
            r.setSelected(preferences.themeProperty().get() == t);
            r.setOnAction(e -> preferences.themeProperty().set(t));
            preferences.themeProperty().addListener((o, was, now) -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        // The Theme submenu stays last: a pointer on its way into the submenu crosses no other item.
        Menu view = new Menu("_View", null,
                item("Zoom _In", "Shortcut+Plus", preferences::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", preferences::zoomOut),
                item("_Actual Size", "Shortcut+0", preferences::zoomReset),
                new SeparatorMenuItem(), hide, align, theme);

        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", "F1", w::showShortcuts),
                item("Show _Log Folder", null, w::showLogFolder),
                item("_About Stemma", null, w::showAbout));

        MenuBar bar = new MenuBar(file, edit, compareMenu, w.claimsMenu(), view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
