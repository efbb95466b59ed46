package org.stemma.ui.compare;

import javafx.scene.text.Font;

import java.util.List;

/**
 * The typeface of the article panes: the first of a list of readable text faces that is installed, so
 * that the panes read like a page on every system without shipping a font.
 */
final class Typography {

    private static final List<String> ARTICLE_FACES = List.of(
            "Charter", "Source Serif 4", "Source Serif Pro", "Georgia", "Noto Serif", "Liberation Serif",
            "P052", "C059", "DejaVu Serif");

    private static String chosen;

    private Typography() {
    }

    static synchronized String articleFamily() {
        if (chosen == null) {
            List<String> installed = Font.getFamilies();
            chosen = ARTICLE_FACES.stream().filter(installed::contains).findFirst().orElse("Serif");
        }
        return chosen;
    }
}
