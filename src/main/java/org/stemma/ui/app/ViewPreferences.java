package org.stemma.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How the analyst likes the window: theme, text size, page furniture hidden or aligned; kept in {@link Settings} as they change. */
public final class ViewPreferences {

    private final ObjectProperty<Theme> theme;
    private final IntegerProperty fontSize;
    private final BooleanProperty furnitureHidden;
    private final BooleanProperty furnitureAligned;

    public ViewPreferences(Settings settings) {
        theme = new SimpleObjectProperty<>(this, "theme", settings.theme());
        fontSize = new SimpleIntegerProperty(this, "fontSize", settings.fontSize());
        furnitureHidden = new SimpleBooleanProperty(this, "furnitureHidden", settings.furnitureHidden());
        furnitureAligned = new SimpleBooleanProperty(this, "furnitureAligned", settings.furnitureAligned());
        theme.addListener((o, was, now) -> settings.theme(now));
        fontSize.addListener((o, was, now) -> settings.fontSize(now.intValue()));
        furnitureHidden.addListener((o, was, now) -> settings.furnitureHidden(now));
        furnitureAligned.addListener((o, was, now) -> settings.furnitureAligned(now));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty furnitureHiddenProperty() {
        return furnitureHidden;
    }

    /** Whether page furniture takes part in the alignment and the scores (off: it is left out). */
    public BooleanProperty furnitureAlignedProperty() {
        return furnitureAligned;
    }

    public void zoomIn() {
        fontSize.set(Math.min(Settings.MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(Math.max(Settings.MIN_FONT_SIZE, fontSize.get() - 1));
    }

    public void zoomReset() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
    }
}
