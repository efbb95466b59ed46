package org.stemma.ui.compare;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.stemma.text.Span;
import org.stemma.ui.compare.CompareViewModel.Link;
import org.stemma.ui.compare.CompareViewModel.Side;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Keeps the two panes aligned by counterpart, as Meld does: the pane the analyst scrolls leads, and the
 * other is placed so that the counterpart of the passage at the lead's sync line stands level with it
 * (in proportion inside a passage, one to one between passages). Runs after each layout pass, before
 * the frame is drawn, so that the panes and the link gutter never lag a frame behind each other.
 */
final class ScrollSync {

    /** Where in the viewport the panes are aligned, as a share of its height. */
    static final double SYNC_LINE = 0.4;

    private final ArticlePane left;
    private final ArticlePane right;
    private final LinkGutter gutter;
    private CompareViewModel model;
    private Side lead;
    private boolean leadMoved;
    private boolean gutterDirty;

    ScrollSync(ArticlePane left, ArticlePane right, LinkGutter gutter) {
        this.left = left;
        this.right = right;
        this.gutter = gutter;
        watch(left, Side.LEFT);
        watch(right, Side.RIGHT);
        gutter.heightProperty().addListener((o, a, b) -> redrawSoon());
        gutter.widthProperty().addListener((o, a, b) -> redrawSoon());
    }

    private void watch(ArticlePane pane, Side side) {
        pane.scrollPane().addEventFilter(ScrollEvent.ANY, e -> lead = side);
        pane.scrollPane().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lead = side);
        pane.scrollPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> lead = side);
        pane.area().viewportDirtyEvents().subscribe(x -> {
            if (lead == side) {
                leadMoved = true;
            }
            redrawSoon();
        });
    }

    /** Hooks into the scene's layout pulses once the view is shown. */
    void attach(Scene scene) {
        scene.addPostLayoutPulseListener(this::afterLayout);
    }

    void show(CompareViewModel model) {
        this.model = model;
        lead = null;
        leadMoved = false;
        gutter.show(model);
        redrawSoon();
    }

    void redrawSoon() {
        gutterDirty = true;
        Platform.requestNextPulse();
    }

    private void afterLayout() {
        if (leadMoved && lead != null && model != null) {
            leadMoved = false;
            follow(lead, pane(lead).viewportHeight() * SYNC_LINE);
            gutterDirty = true;
        }
        if (gutterDirty) {
            gutterDirty = false;
            gutter.redraw();
        }
    }

    private ArticlePane pane(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /**
     * Shows a place in one pane {@code y} pixels below its top, and its counterpart level with it in the
     * other pane. Programmatic: neither pane leads afterwards, until the analyst scrolls one.
     */
    void reveal(Side side, int offset, double y) {
        pane(side).scrollTo(offset, y);
        follow(side, y, offset);
        lead = null;
        leadMoved = false;
        redrawSoon();
    }

    private void follow(Side leadSide, double y) {
        follow(leadSide, y, pane(leadSide).offsetAt(y));
    }

    /**
     * Places the other pane so that what faces the lead's height {@code y} (where {@code at} is shown) is
     * its counterpart: inside a passage in proportion to the passage's height; between two passages in
     * proportion to the gap, when the counterparts follow each other too, else one to one.
     */
    private void follow(Side leadSide, double y, int at) {
        ArticlePane l = pane(leadSide);
        ArticlePane f = pane(leadSide.other());
        Link link = model.linkNear(leadSide, at);
        if (link == null) {
            OptionalDouble top = l.yOf(0);
            f.scrollTo(0, top.isPresent() ? top.getAsDouble() : 0);
            return;
        }
        Optional<double[]> found = extent(l, link.side(leadSide));
        if (found.isEmpty()) {
            return;
        }
        double[] lp = found.get();
        Span fp = link.side(leadSide.other());
        f.scrollTo(fp.start(), lp[0]);
        Optional<double[]> fpe = extent(f, fp);
        if (fpe.isEmpty()) {
            return;
        }
        double there;
        if (y <= lp[1]) {
            double t = lp[1] > lp[0] ? Math.max(0, (y - lp[0]) / (lp[1] - lp[0])) : 1;
            there = fpe.get()[0] + t * (fpe.get()[1] - fpe.get()[0]);
        } else {
            there = fpe.get()[1] + gapShare(l, f, leadSide, link, y, lp[1], fpe.get()[1]);
        }
        if (Math.abs(there - y) > 0.5) {
            f.area().scrollYBy(there - y);
            f.area().layout();
        }
    }

    /** How far below the counterpart's bottom the other pane's sync line falls, in the gap after a passage. */
    private double gapShare(ArticlePane l, ArticlePane f, Side leadSide, Link link, double y, double lBottom,
                            double fBottom) {
        double oneToOne = y - lBottom;
        Link next = model.linkAfter(leadSide, link);
        if (next == null) {
            return oneToOne;
        }
        Optional<double[]> ln = extent(l, next.side(leadSide));
        Optional<double[]> fn = extent(f, next.side(leadSide.other()));
        if (ln.isEmpty() || fn.isEmpty() || ln.get()[0] <= lBottom || fn.get()[0] < fBottom) {
            return oneToOne;
        }
        return (y - lBottom) / (ln.get()[0] - lBottom) * (fn.get()[0] - fBottom);
    }

    /** A span's top and bottom relative to the pane's viewport. */
    private static Optional<double[]> extent(ArticlePane pane, Span span) {
        double top = pane.viewportTopOnScreen();
        return pane.extentOnScreen(span).map(e -> new double[]{e[0] - top, e[1] - top});
    }
}
