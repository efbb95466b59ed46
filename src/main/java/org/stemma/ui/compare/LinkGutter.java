package org.stemma.ui.compare;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.stemma.text.Span;
import org.stemma.ui.compare.CompareViewModel.Link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The strip between the panes that joins each passage to its counterpart with a band, as diff tools
 * draw them, so that a moved paragraph can be followed by eye. Drawn on a canvas from the panes'
 * laid-out lines whenever either pane scrolls (cheap enough for every frame); a passage off screen is
 * drawn towards the edge it lies beyond. The colours come from the style sheet, through invisible
 * sample shapes styled like {@code .band.changed}, so that the theme decides them.
 */
public final class LinkGutter extends Pane {

    /** Where a band's end goes when its passage is above or below the viewport. */
    private static final double OFF_SCREEN = 40;

    /** A band as drawn: the pair it links, and its top and bottom at each edge of the gutter. */
    public record Band(int pair, Mark kind, boolean current, double leftTop, double leftBottom,
                double rightTop, double rightBottom) {
    }

    private final ArticlePane left;
    private final ArticlePane right;
    private final Canvas canvas = new Canvas();
    private final Map<Mark, Shape> samples = new EnumMap<>(Mark.class);
    private final Shape currentSample = sample("current");
    private final List<Band> bands = new ArrayList<>();
    private CompareViewModel model;

    LinkGutter(ArticlePane left, ArticlePane right) {
        this.left = left;
        this.right = right;
        getStyleClass().add("link-gutter");
        setMinWidth(48);
        setPrefWidth(56);
        setMaxWidth(56);
        for (Mark kind : new Mark[]{Mark.IDENTICAL, Mark.CHANGED, Mark.ONLY}) {
            samples.put(kind, sample(kind.styleClass()));
        }
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        getChildren().add(canvas);
        getChildren().addAll(samples.values());
        getChildren().add(currentSample);
        setFocusTraversable(false);
        setMouseTransparent(true);
    }

    private static Shape sample(String styleClass) {
        Rectangle r = new Rectangle(1, 1);
        r.getStyleClass().addAll("band", styleClass);
        r.setOpacity(0);
        r.setManaged(false);
        return r;
    }

    void show(CompareViewModel model) {
        this.model = model;
        redraw();
    }

    /** The bands drawn last, in the comparison's reading order. */
    public List<Band> bands() {
        return List.copyOf(bands);
    }

    void redraw() {
        bands.clear();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (model == null || getScene() == null || getHeight() <= 0 || left.model() == null) {
            return;
        }
        double top = localToScreen(0, 0).getY();
        double height = getHeight();
        int current = model.currentPairProperty().get();
        Extents l = new Extents(left, top, height);
        Extents r = new Extents(right, top, height);
        for (Link link : model.links()) {
            double[] a = l.of(link.left());
            double[] b = r.of(link.right());
            if (a == null || b == null || (a[1] < 0 && b[1] < 0) || (a[0] > height && b[0] > height)) {
                continue;
            }
            bands.add(new Band(link.pair(), link.kind(), link.pair() == current, a[0], a[1], b[0], b[1]));
        }
        for (Band band : bands) {
            if (!band.current()) {
                draw(g, band);
            }
        }
        bands.stream().filter(Band::current).forEach(band -> draw(g, band));
    }

    private void draw(GraphicsContext g, Band band) {
        Shape style = samples.get(band.kind());
        double w = canvas.getWidth();
        double mid = w / 2;
        g.beginPath();
        g.moveTo(0, band.leftTop());
        g.bezierCurveTo(mid, band.leftTop(), mid, band.rightTop(), w, band.rightTop());
        g.lineTo(w, band.rightBottom());
        g.bezierCurveTo(mid, band.rightBottom(), mid, band.leftBottom(), 0, band.leftBottom());
        g.closePath();
        g.setFill(paint(style.getFill()));
        g.fill();
        Shape edge = band.current() ? currentSample : style;
        g.setStroke(paint(edge.getStroke()));
        g.setLineWidth(edge.getStrokeWidth());
        g.setLineDashes(edge.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray());
        g.stroke();
    }

    private static Paint paint(Paint p) {
        return p == null ? Color.TRANSPARENT : p;
    }

    /** Vertical extents of spans of one pane in the gutter's coordinates. */
    private static final class Extents {
        private final ArticlePane pane;
        private final double top;
        private final double height;
        private final int firstLine;
        private final int lastLine;

        Extents(ArticlePane pane, double top, double height) {
            this.pane = pane;
            this.top = top;
            this.height = height;
            this.firstLine = pane.area().firstVisibleParToAllParIndex();
            this.lastLine = pane.area().lastVisibleParToAllParIndex();
        }

        /** {top, bottom}; beyond the edges for a passage out of view; null when not laid out. */
        double[] of(Span span) {
            PaneModel model = pane.model();
            int from = model.lineOf(span.start());
            int to = model.lineOf(Math.max(span.start(), span.end() - 1));
            if (to < firstLine) {
                return new double[]{-OFF_SCREEN, -OFF_SCREEN};
            }
            if (from > lastLine) {
                return new double[]{height + OFF_SCREEN, height + OFF_SCREEN};
            }
            return pane.extentOnScreen(span).map(e -> new double[]{e[0] - top, e[1] - top}).orElse(null);
        }
    }
}
