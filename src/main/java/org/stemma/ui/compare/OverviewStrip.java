package org.stemma.ui.compare;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The narrow strip beside a pane's scroll bar, as Meld and WinMerge have: every changed, one-sided and
 * disguised passage of the whole article as a tick in its colour, placed where its line stands in the
 * text; a click scrolls the pane there. A line's place is estimated from how many rows each paragraph
 * wraps to at the pane's width and text size (the text area lays out only what is in view), so the
 * strip follows zoom, resizing and wrapping.
 */
public final class OverviewStrip extends Region {

    /** The strip's width and its shortest tick at the standard text size; both grow with the text. */
    static final double WIDTH = 12;
    /** The shortest tick, so that a one-line passage in a long article can still be seen and hit. */
    static final double MIN_TICK = 3;
    private static final double STANDARD_PX = 15;
    /** How far from a tick a click still counts as on it. */
    private static final double HIT_SLOP = 4;
    /** An average character's width as a share of the text size, for the wrap estimate. */
    private static final double CHAR_WIDTH = 0.5;
    private static final String STYLESHEET = Objects.requireNonNull(
            OverviewStrip.class.getResource("overview.css"), "overview.css").toExternalForm();

    private final StyleClassedTextArea area;
    private final double textInset;
    private final List<Region> ticks = new ArrayList<>();
    private List<OverviewMark> marks = List.of();
    private PaneModel model;
    private IntConsumer onJump;
    private int textSize = 14;
    /** Each paragraph's top as a share of the estimated text height (one more entry: the bottom, 1). */
    private double[] tops = {0, 1};

    /**
     * @param textInset how much of the area's width is not text (line glyphs, padding, scroll bar)
     * @param onJump    scrolls the pane to a display offset; by default the pane places it a third down
     */
    OverviewStrip(StyleClassedTextArea area, double textInset, IntConsumer onJump) {
        this.area = area;
        this.textInset = textInset;
        this.onJump = onJump;
        getStyleClass().add("overview-strip");
        getStylesheets().add(STYLESHEET);
        width(WIDTH);
        setCursor(Cursor.HAND);
        area.widthProperty().addListener((o, was, now) -> requestLayout());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                jumpTo(e.getY());
                e.consume();
            }
        });
    }

    /** Replaces what a click does (the compare view scrolls both panes together). */
    public void onJump(IntConsumer jump) {
        this.onJump = jump;
    }

    void show(PaneModel pane) {
        model = pane;
        marks = pane == null ? List.of() : pane.overview();
        getChildren().removeAll(ticks);
        ticks.clear();
        for (OverviewMark m : marks) {
            Region tick = new Region();
            tick.getStyleClass().addAll("overview-mark", m.kind().styleClass());
            tick.setMouseTransparent(true);
            tick.setUserData(m);
            ticks.add(tick);
        }
        getChildren().addAll(ticks);
        ticks.stream().filter(t -> t.getStyleClass().contains(Mark.HOMOGLYPH.styleClass())
                || t.getStyleClass().contains(Mark.INVISIBLE.styleClass())).forEach(Region::toFront);
        requestLayout();
    }

    /** The pane's text size: the estimate of where lines stand, the strip's width and its ticks follow it. */
    void textSize(int px) {
        textSize = px;
        width(Math.ceil(WIDTH * px / STANDARD_PX));
        requestLayout();
    }

    private void width(double w) {
        setMinWidth(w);
        setPrefWidth(w);
        setMaxWidth(w);
    }

    private double minTick() {
        return Math.max(MIN_TICK, Math.ceil(MIN_TICK * textSize / STANDARD_PX));
    }

    /** The marks shown, in the order of the text. */
    public List<OverviewMark> marks() {
        return marks;
    }

    /** The tick of each mark, for tests and screenshots: same order as {@link #marks()}. */
    public List<Region> ticks() {
        return List.copyOf(ticks);
    }

    /** The height of the strip at which a display offset's line stands. */
    public double yOf(int displayOffset) {
        return model == null ? 0 : top(model.lineOf(displayOffset)) * stripHeight();
    }

    @Override
    protected void layoutChildren() {
        estimateTops();
        double h = stripHeight();
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        for (int i = 0; i < ticks.size(); i++) {
            OverviewMark m = marks.get(i);
            double y = top(model.lineOf(m.span().start())) * h;
            double bottom = top(model.lineOf(Math.max(m.span().start(), m.span().end() - 1)) + 1) * h;
            double tall = Math.max(minTick(), bottom - y);
            // A disguise takes the right half, drawn over any sentence tick, so that neither hides the other.
            boolean disguise = m.kind() == Mark.HOMOGLYPH || m.kind() == Mark.INVISIBLE;
            ticks.get(i).resizeRelocate(snappedLeftInset() + (disguise ? w / 2 : 0),
                    snappedTopInset() + Math.max(0, Math.min(y, h - tall)), disguise ? w / 2 : w, tall);
        }
    }

    private double stripHeight() {
        return Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
    }

    private double top(int line) {
        return tops[Math.max(0, Math.min(line, tops.length - 1))];
    }

    /** Each paragraph weighs the rows it wraps to: its length over the characters a row holds. */
    private void estimateTops() {
        int lines = model == null ? 0 : area.getParagraphs().size();
        double perRow = Math.max(12, (area.getWidth() - textInset) / (textSize * CHAR_WIDTH));
        double[] t = new double[lines + 1];
        double sum = 0;
        for (int i = 0; i < lines; i++) {
            t[i] = sum;
            sum += Math.max(1, Math.ceil(area.getParagraphLength(i) / perRow));
        }
        t[lines] = sum;
        for (int i = 0; i <= lines && sum > 0; i++) {
            t[i] /= sum;
        }
        tops = lines == 0 ? new double[]{0, 1} : t;
    }

    /** A click on (or next to) a tick goes to its passage; elsewhere to the line at that height. */
    private void jumpTo(double y) {
        if (model == null || onJump == null) {
            return;
        }
        for (int i = 0; i < ticks.size(); i++) {
            Region tick = ticks.get(i);
            if (y >= tick.getLayoutY() - HIT_SLOP && y <= tick.getLayoutY() + tick.getHeight() + HIT_SLOP) {
                onJump.accept(marks.get(i).span().start());
                return;
            }
        }
        double share = stripHeight() == 0 ? 0 : (y - snappedTopInset()) / stripHeight();
        int line = 0;
        while (line + 1 < tops.length - 1 && tops[line + 1] <= share) {
            line++;
        }
        onJump.accept(area.getAbsolutePosition(Math.min(line, Math.max(0, area.getParagraphs().size() - 1)), 0));
    }
}
