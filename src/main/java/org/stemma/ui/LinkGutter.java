package org.stemma.ui;

import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.stemma.text.Span;
import org.stemma.ui.CompareViewModel.Link;

/**
 * The strip between the panes that joins each passage to its counterpart with a band, as diff tools
 * draw them, so that a moved paragraph can be followed by eye. Redrawn from the panes' laid-out lines
 * whenever either pane scrolls; a passage off screen is drawn towards the edge it lies beyond.
 */
final class LinkGutter extends Pane {

    /** Where a band's end goes when its passage is above or below the viewport. */
    private static final double OFF_SCREEN = 40;

    private final ArticlePane left;
    private final ArticlePane right;
    private CompareViewModel model;

    LinkGutter(ArticlePane left, ArticlePane right) {
        this.left = left;
        this.right = right;
        getStyleClass().add("link-gutter");
        setMinWidth(48);
        setPrefWidth(56);
        setMaxWidth(56);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(false);
        setMouseTransparent(true);
    }

    void show(CompareViewModel model) {
        this.model = model;
        redraw();
    }

    void redraw() {
        getChildren().clear();
        if (model == null || getScene() == null || getHeight() <= 0) {
            return;
        }
        double top = localToScreen(0, 0).getY();
        double height = getHeight();
        int current = model.currentPairProperty().get();
        Extents l = new Extents(left, model.left(), top, height);
        Extents r = new Extents(right, model.right(), top, height);
        for (Link link : model.links()) {
            double[] a = l.of(link.left());
            double[] b = r.of(link.right());
            if (a == null || b == null || (a[1] < 0 && b[1] < 0) || (a[0] > height && b[0] > height)) {
                continue;
            }
            Path band = band(a, b, getWidth());
            band.getStyleClass().addAll("band", link.kind().styleClass());
            if (link.pair() == current) {
                band.getStyleClass().add("current");
            }
            getChildren().add(band);
        }
        applyCss();
    }

    private static Path band(double[] a, double[] b, double w) {
        double mid = w / 2;
        return new Path(new MoveTo(0, a[0]),
                new CubicCurveTo(mid, a[0], mid, b[0], w, b[0]),
                new LineTo(w, b[1]),
                new CubicCurveTo(mid, b[1], mid, a[1], 0, a[1]),
                new ClosePath());
    }

    /** Vertical extents of spans of one pane in the gutter's coordinates. */
    private static final class Extents {
        private final ArticlePane pane;
        private final PaneModel model;
        private final double top;
        private final double height;
        private final int firstLine;
        private final int lastLine;

        Extents(ArticlePane pane, PaneModel model, double top, double height) {
            this.pane = pane;
            this.model = model;
            this.top = top;
            this.height = height;
            this.firstLine = pane.area().firstVisibleParToAllParIndex();
            this.lastLine = pane.area().lastVisibleParToAllParIndex();
        }

        /** {top, bottom}; beyond the edges for a passage out of view; null when not laid out. */
        double[] of(Span span) {
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
