package org.stemma.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import org.fxmisc.richtext.TextExt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contrast of every text drawn in a scene against what it is drawn on, from the styles as applied:
 * each Text node's fill (a Label's text is a Text too, so a style sheet rule that reaches it counts) over
 * the backgrounds of the regions it stands in, composited from the scene's fill inwards with their
 * opacities; RichTextFX's per-run backgrounds (the sentence tints, the changed words) included. The ratio
 * is WCAG 2's: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.
 */
final class ContrastAudit {

    /** One text below the wanted ratio. */
    record Finding(String where, String text, Color ink, Color paper, double ratio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f:1 %s on %s \"%s\" at %s", ratio, hex(ink), hex(paper),
                    text.length() > 40 ? text.substring(0, 40) + "…" : text, where);
        }
    }

    private final double enabledMinimum;
    private final double disabledMinimum;
    private final List<Finding> findings = new ArrayList<>();
    private int checked;

    /**
     * @param disabledMinimum the ratio asked of the text of disabled controls, which WCAG exempts (they
     *                        are meant to look inactive) but which should stay legible
     */
    ContrastAudit(double enabledMinimum, double disabledMinimum) {
        this.enabledMinimum = enabledMinimum;
        this.disabledMinimum = disabledMinimum;
    }

    ContrastAudit scene(Scene scene, Color behind) {
        Color under = blend(paint(scene.getFill()), behind);
        visit(scene.getRoot(), under, 1, scene);
        return this;
    }

    List<Finding> findings() {
        return findings;
    }

    int checked() {
        return checked;
    }

    private void visit(Node node, Color under, double opacity, Scene scene) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        double alpha = opacity * node.getOpacity();
        Color here = under;
        if (node instanceof Region region && region.getBackground() != null && region.getWidth() > 0) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                var in = fill.getInsets();
                boolean covers = in.getTop() + in.getBottom() < region.getHeight() / 2
                        && in.getLeft() + in.getRight() < region.getWidth() / 2;
                Color c = paint(fill.getFill());
                if (covers && c != null) {
                    here = blend(c, here, c.getOpacity() * alpha);
                }
            }
        }
        if (node instanceof Text text) {
            check(text, here, alpha, scene);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, here, alpha, scene);
            }
        }
    }

    private void check(Text text, Color under, double alpha, Scene scene) {
        String s = text.getText();
        if (s == null || s.isBlank() || s.chars().allMatch(ContrastAudit::noInk)) {
            return;
        }
        Bounds b = text.localToScene(text.getBoundsInLocal());
        if (b.getMaxX() < 0 || b.getMaxY() < 0 || b.getMinX() > scene.getWidth() || b.getMinY() > scene.getHeight()
                || b.getWidth() == 0) {
            return; // scrolled or laid out of sight
        }
        Color paper = under;
        if (text instanceof TextExt ext && paint(ext.getBackgroundColor()) != null) {
            Color c = paint(ext.getBackgroundColor());
            paper = blend(c, paper, c.getOpacity() * alpha);
        }
        Color fill = paint(text.getFill());
        if (fill == null) {
            return;
        }
        Color ink = blend(fill, paper, fill.getOpacity() * alpha);
        double ratio = ratio(ink, paper);
        checked++;
        double wanted = text.isDisabled() ? disabledMinimum : enabledMinimum;
        if (ratio + 1e-6 < wanted) {
            findings.add(new Finding(path(text), s, ink, paper, ratio));
        }
    }

    /** Characters drawn as marks rather than letters: spaces, and the line glyphs' blank. */
    private static boolean noInk(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String path(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            b.insert(0, b.length() == 0 ? name : name + " > ");
        }
        return b.toString();
    }

    static Color paint(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        List<Stop> stops = p instanceof LinearGradient g ? g.getStops() : p instanceof RadialGradient g ? g.getStops() : null;
        if (stops == null || stops.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, bl = 0, a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            bl += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, bl / n, a / n);
    }

    private static Color blend(Color top, Color under) {
        return top == null ? under : blend(top, under, top.getOpacity());
    }

    /** {@code top} drawn with opacity {@code a} over the opaque {@code under}. */
    static Color blend(Color top, Color under, double a) {
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
