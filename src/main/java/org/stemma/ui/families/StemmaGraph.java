package org.stemma.ui.families;

import org.stemma.ui.corpus.Article;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * A family drawn top (sources) to bottom (copies): a box per article (outlet, date, headline), an arrow
 * from source to copy labelled with the share of text and the confidence, thicker for more shared text,
 * dashed without a head where the direction is inconclusive. Ctrl+wheel or the toolbar zooms; dragging
 * pans. Clicking an arrow compares the pair; clicking a box selects the article.
 */
final class StemmaGraph extends ScrollPane {

    private final Pane canvas = new Pane();
    private final Group zoomed = new Group(canvas);
    private double scale = 1;

    StemmaGraph() {
        setContent(new Group(zoomed));
        setPannable(true);
        getStyleClass().add("stemma-graph");
        setId("stemma-graph");
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
    }

    /**
     * @param document the article behind a member id
     * @param compare  called with (source, copy) when an arrow is clicked
     * @param select   called with a member id when its box is clicked
     */
    void show(Family family, Function<Long, Article> article, BiConsumer<Long, Long> compare, Consumer<Long> select) {
        canvas.getChildren().clear();
        if (family == null) {
            return;
        }
        Map<Long, LayeredLayout.Position> at = LayeredLayout.layout(family.members(), family.edges());
        for (DerivationEdge e : family.edges()) {
            canvas.getChildren().add(edge(e, at.get(e.from()), at.get(e.to()), compare));
        }
        for (long m : family.members()) {
            canvas.getChildren().add(node(m, family, article.apply(m), at.get(m), select));
        }
        fit();
    }

    private Group edge(DerivationEdge e, LayeredLayout.Position from, LayeredLayout.Position to, BiConsumer<Long, Long> compare) {
        double w = LayeredLayout.NODE_WIDTH;
        double h = LayeredLayout.NODE_HEIGHT;
        boolean sameLayer = from.layer() == to.layer();
        double x1 = from.x() + w / 2;
        double y1 = sameLayer ? from.y() + h / 2 : from.y() + h;
        double x2 = to.x() + w / 2;
        double y2 = sameLayer ? to.y() + h / 2 : to.y();
        if (sameLayer) {
            boolean rightwards = from.x() < to.x();
            x1 = rightwards ? from.x() + w : from.x();
            x2 = rightwards ? to.x() : to.x() + w;
        }
        Line line = new Line(x1, y1, x2, y2);
        line.setStrokeWidth(1 + 7 * e.similarity());
        line.getStyleClass().addAll("stemma-edge", e.directed() ? "directed" : "undirected");
        line.setOpacity(0.35 + 0.65 * Math.min(1, Math.max(0, (e.confidence() - 0.5) * 2)));
        Group g = new Group(line);
        if (e.directed()) {
            double angle = Math.atan2(y2 - y1, x2 - x1);
            double size = 9 + line.getStrokeWidth();
            Polygon head = new Polygon(x2, y2,
                    x2 - size * Math.cos(angle - 0.4), y2 - size * Math.sin(angle - 0.4),
                    x2 - size * Math.cos(angle + 0.4), y2 - size * Math.sin(angle + 0.4));
            head.getStyleClass().add("stemma-arrowhead");
            g.getChildren().add(head);
        }
        Text label = new Text((x1 + x2) / 2 + 6, (y1 + y2) / 2, String.format(Locale.ROOT, "%d%% \u00b7 %s %.2f",
                Math.round(e.similarity() * 100), e.directed() ? "conf" : "undirected", e.confidence()));
        label.getStyleClass().add("stemma-edge-label");
        g.getChildren().add(label);
        Tooltip.install(g, new Tooltip(String.join("\n", e.evidence()) + "\n\nClick to compare the two side by side."));
        g.setOnMouseClicked(ev -> compare.accept(e.from(), e.to()));
        g.setCursor(javafx.scene.Cursor.HAND);
        g.setId("edge-" + e.from() + "-" + e.to());
        return g;
    }

    /** A node from what the corpus table already holds: no article text is read on the JavaFX thread. */
    private VBox node(long id, Family family, Article d, LayeredLayout.Position at, Consumer<Long> select) {
        Label outlet = new Label(orDash(d.outlet()) + "  \u00b7  " + orDash(d.date()));
        outlet.getStyleClass().add("stemma-node-meta");
        Label title = new Label(d.title().strip());
        title.setWrapText(true);
        title.getStyleClass().add("stemma-node-title");
        Label share = new Label(String.format(Locale.ROOT, "%d%% shared", Math.round(100 * family.shares().getOrDefault(id, 0.0))));
        share.getStyleClass().add("stemma-node-meta");
        VBox box = new VBox(2, outlet, title, share);
        box.getStyleClass().add("stemma-node");
        if (Long.valueOf(id).equals(family.root())) {
            box.getStyleClass().add("root");
        }
        box.setLayoutX(at.x());
        box.setLayoutY(at.y());
        box.setPrefSize(LayeredLayout.NODE_WIDTH, LayeredLayout.NODE_HEIGHT);
        box.setMaxSize(LayeredLayout.NODE_WIDTH, LayeredLayout.NODE_HEIGHT);
        box.setId("node-" + id);
        Tooltip.install(box, new Tooltip(d.name() + "\n" + title.getText()));
        box.setOnMouseClicked(e -> select.accept(id));
        return box;
    }

    private static String orDash(String s) {
        return s.isBlank() ? "\u2014" : s;
    }

    void zoom(double factor) {
        scale = Math.max(0.1, Math.min(4, scale * factor));
        zoomed.setScaleX(scale);
        zoomed.setScaleY(scale);
    }

    /** Scales the whole family into the visible area (never above 100 %). */
    void fit() {
        canvas.applyCss();
        canvas.layout();
        Bounds b = canvas.getLayoutBounds();
        double vw = getViewportBounds().getWidth() > 0 ? getViewportBounds().getWidth() : getPrefViewportWidth();
        double vh = getViewportBounds().getHeight() > 0 ? getViewportBounds().getHeight() : getPrefViewportHeight();
        if (b.getWidth() <= 0 || vw <= 0) {
            return;
        }
        scale = 1;
        zoom(Math.min(1, Math.min((vw - 20) / b.getWidth(), (vh - 20) / b.getHeight())));
    }

    double scale() {
        return scale;
    }

    Pane canvas() {
        return canvas;
    }
}
