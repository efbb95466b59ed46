package org.stemma.ui.collation;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * The colours the view paints in code rather than CSS (strips, heat, shades: thousands of them, set
 * as backgrounds without a style pass), in the app's Okabe–Ito hues: orange changed, reddish purple
 * only in the witnesses, bluish purple moved, vermillion for heat. Levels are cached.
 */
final class Palette {

    static final int LEVELS = 8;

    static final Palette LIGHT = new Palette(false);
    static final Palette DARK = new Palette(true);

    private final Background[] heat = new Background[LEVELS + 1];
    private final Background[] shade = new Background[LEVELS + 1];
    private final Color[] changed = new Color[LEVELS + 1];
    private final Color same;
    private final Color moved;
    private final Color added;
    private final Color joined;
    private final Color absent;
    final Background changedWord;

    private Palette(boolean dark) {
        Color vermillion = Color.web("#d55e00");
        Color orange = Color.web("#e69f00");
        Color paper = dark ? Color.web("#1b1d21") : Color.WHITE;
        for (int i = 0; i <= LEVELS; i++) {
            double f = (double) i / LEVELS;
            heat[i] = background(i == 0 ? Color.TRANSPARENT : paper.interpolate(vermillion, 0.15 + 0.85 * f));
            shade[i] = background(i == 0 ? Color.TRANSPARENT
                    : paper.interpolate(orange, (dark ? 0.25 : 0.18) + (dark ? 0.55 : 0.62) * f));
            changed[i] = paper.interpolate(orange, 0.3 + 0.7 * f);
        }
        same = dark ? Color.web("#2a3b47") : Color.web("#cfe3f0");
        moved = dark ? Color.web("#8f7fd6") : Color.web("#7b68c8");
        added = dark ? Color.web("#b9649a") : Color.web("#cc79a7");
        joined = dark ? Color.web("#33373d") : Color.web("#e6e9ee");
        absent = paper;
        changedWord = new Background(new BackgroundFill(dark ? Color.web("#a86a00") : Color.web("#f7c55e"),
                new CornerRadii(2), new Insets(0, -1, 0, -1)));
    }

    static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    static int level(double f) {
        return (int) Math.round(Math.max(0, Math.min(1, f)) * LEVELS);
    }

    Background heat(double f) {
        return heat[level(f) == 0 && f > 0 ? 1 : level(f)];
    }

    Background shade(double f) {
        return shade[Math.max(1, level(f))];
    }

    Color heatColor(double f) {
        BackgroundFill fill = heat(f).getFills().get(0);
        return (Color) fill.getFill();
    }

    /** The strip colour of a cell. */
    Color strip(CellView cell) {
        return switch (cell.kind()) {
            case SAME -> same;
            case CHANGED -> changed[Math.max(1, level(cell.divergence()))];
            case MOVED -> moved;
            case ADDED -> added;
            case JOINED -> joined;
            case ABSENT -> absent;
        };
    }

    /** One background drawing {@code cells} as strips side by side, one pixel apart. */
    Background strips(List<CellView> cells, double strip) {
        BackgroundFill[] fills = new BackgroundFill[cells.size()];
        double total = cells.size() * strip;
        for (int i = 0; i < cells.size(); i++) {
            CellView c = cells.get(i);
            fills[i] = new BackgroundFill(strip(c), CornerRadii.EMPTY,
                    new Insets(1, total - (i + 1) * strip + 1, 1, i * strip + 1));
        }
        return new Background(fills);
    }

    private static Background background(Color c) {
        return new Background(new BackgroundFill(c, new CornerRadii(2), Insets.EMPTY));
    }
}
