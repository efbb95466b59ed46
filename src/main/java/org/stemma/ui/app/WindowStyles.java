package org.stemma.ui.app;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The theme and the text size of every window of the application: the workbench, its dialogs, reader
 * windows, the ledger and the stemma; menus and tooltips follow the window they open from. The size is a
 * one-rule style sheet (a data URI) after the theme's, so that every em in the style sheets scales with it
 * and the text-size commands reach tables, menus and dialogs, not only the article panes.
 */
final class WindowStyles {

    /** The chrome's text size (stemma.css .root) at the panes' standard size. */
    static final double CHROME_PX = 13;
    private static final String SIZE_MARK = "/* stemma text size */";
    private static final String DATA = "data:text/css;base64,";

    private final ViewPreferences preferences;
    private final ListChangeListener<Window> opened = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::style);
        }
    };
    // Later: a window that sets its own sheets on a theme change (the ledger's come first) has done so then.
    private final InvalidationListener changed = o -> javafx.application.Platform.runLater(
            () -> Window.getWindows().forEach(this::style));

    WindowStyles(ViewPreferences preferences) {
        this.preferences = preferences;
    }

    /** Styles the open windows and every window opened until {@link #stop()}. */
    void start() {
        Window.getWindows().addListener(opened);
        preferences.themeProperty().addListener(changed);
        preferences.fontSizeProperty().addListener(changed);
        Window.getWindows().forEach(this::style);
    }

    void stop() {
        Window.getWindows().removeListener(opened);
        preferences.themeProperty().removeListener(changed);
        preferences.fontSizeProperty().removeListener(changed);
    }

    private void style(Window window) {
        if (!(window instanceof PopupWindow) && window.getScene() != null) {
            apply(window.getScene());
        }
    }

    /**
     * Puts the theme and the size where the theme's sheets stood among the scene's style sheets (first if
     * none did), keeping the window's own sheets before or after them as it placed them.
     */
    void apply(Scene scene) {
        List<String> ours = new ArrayList<>(preferences.themeProperty().get().stylesheets());
        ours.add(sizeSheet(preferences.fontSizeProperty().get()));
        List<String> now = scene.getStylesheets();
        int at = 0;
        while (at < now.size() && !ours(now.get(at))) {
            at++;
        }
        List<String> wanted = new ArrayList<>();
        if (at == now.size()) {
            at = 0;
        }
        for (int i = 0; i < now.size(); i++) {
            if (i == at) {
                wanted.addAll(ours);
            }
            if (!ours(now.get(i))) {
                wanted.add(now.get(i));
            }
        }
        if (now.isEmpty()) {
            wanted.addAll(ours);
        }
        if (!wanted.equals(now)) {
            scene.getStylesheets().setAll(wanted);
        }
    }

    /** The chrome's size for a pane text size: 13 px at the standard 15 px, in proportion. */
    static double chromePx(int paneFontSize) {
        return Math.round(CHROME_PX * paneFontSize / Settings.DEFAULT_FONT_SIZE * 2) / 2.0;
    }

    static String sizeSheet(int paneFontSize) {
        String css = SIZE_MARK + "\n.root { -fx-font-size: " + String.format(Locale.ROOT, "%.1f", chromePx(paneFontSize)) + "px; }\n";
        return DATA + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ours(String url) {
        for (Theme t : Theme.values()) {
            if (t.stylesheets().contains(url)) {
                return true;
            }
        }
        if (!url.startsWith(DATA)) {
            return false;
        }
        try {
            return new String(Base64.getDecoder().decode(url.substring(DATA.length())), StandardCharsets.UTF_8)
                    .startsWith(SIZE_MARK);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
