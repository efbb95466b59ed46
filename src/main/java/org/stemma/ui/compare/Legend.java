package org.stemma.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** What the tints, highlights and glyphs of the compare view mean. */
final class Legend extends HBox {

    Legend() {
        super(14);
        getStyleClass().add("legend");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(
                entry(LineGlyph.IDENTICAL, "identical", "Identical"),
                entry(LineGlyph.CHANGED, "changed", "Changed"),
                entry(LineGlyph.ONLY, "only", "Only here"),
                entry("ab", "change", "Changed words"),
                entry("ab", "moved", "Moved words"),
                entry("ab", "equivalent", "Equivalent"),
                entry("а", "homoglyph", "Homoglyph"),
                entry("a", "invisible-mark", "Invisible"),
                entry("ab", "boilerplate", "Furniture"));
    }

    private static HBox entry(String sample, String styleClass, String text) {
        Label swatch = new Label(sample);
        swatch.getStyleClass().addAll("swatch", "swatch-" + styleClass);
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        swatch.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(5, swatch, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
