package org.stemma.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.stemma.align.AlignedPair;
import org.stemma.align.Aligner;
import org.stemma.align.Change;
import org.stemma.align.CompareOptions;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The side-by-side view of two articles: both panes, the links between counterpart sentences, the
 * changes to step through and the summary. Everything but the navigation state is computed once, off
 * the JavaFX thread. Offsets are display offsets of the pane they belong to.
 */
public final class CompareViewModel {

    public enum Side {
        LEFT, RIGHT;

        public Side other() {
            return this == LEFT ? RIGHT : LEFT;
        }
    }

    /**
     * Counterpart passages. For a passage found on one side only, the other side is the empty point where
     * it would stand (after the counterpart of the passage before it).
     */
    public record Link(int pair, Mark kind, Span left, Span right) {
        public Span side(Side side) {
            return side == Side.LEFT ? left : right;
        }
    }

    /** A place to step to with next / previous change: one changed stretch, or a one-sided sentence. */
    public record Stop(int pair, Span left, Span right, String description) {
        public Span side(Side side) {
            return side == Side.LEFT ? left : right;
        }
    }

    private final Comparison comparison;
    private final boolean furnitureHidden;
    /** Whether furniture takes part in the alignment; it is then shown, whatever "hide" says. */
    private final boolean furnitureAligned;
    /** The difference rules the comparison was made with. */
    private final CompareOptions options;
    private final PaneModel left;
    private final PaneModel right;
    private final List<Link> links = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<Link> leftByStart = new ArrayList<>();
    private final List<Link> rightByStart = new ArrayList<>();
    private final ReadOnlyIntegerWrapper currentStop = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper currentPair = new ReadOnlyIntegerWrapper(-1);
    /** The stop that "next" goes to. */
    private final ReadOnlyIntegerWrapper nextStop = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;

    public CompareViewModel(Comparison comparison, boolean hideFurniture) {
        this(comparison, NO_ID, NO_ID, hideFurniture, false, CompareOptions.DEFAULT);
    }

    /** Marks a side whose document has no id in a project (files opened outside one). */
    public static final long NO_ID = -1;

    /**
     * @param leftId  the left document's id in the project, or {@link #NO_ID}
     * @param rightId the right document's id in the project, or {@link #NO_ID}
     */
    private CompareViewModel(Comparison comparison, long leftId, long rightId, boolean hideFurniture,
                             boolean alignFurniture, CompareOptions options) {
        this.comparison = comparison;
        this.furnitureHidden = hideFurniture;
        this.furnitureAligned = alignFurniture;
        this.options = options;
        boolean hide = hideFurniture && !alignFurniture;
        left = new PaneModel(leftId, comparison.left(), comparison.pairs(), hide);
        right = new PaneModel(rightId, comparison.right(), comparison.swapped().pairs(), hide);
        buildLinksAndStops();
        hasNext = Bindings.createBooleanBinding(() -> nextStop.get() < stops.size(), nextStop);
        hasPrevious = Bindings.createBooleanBinding(() -> previousIndex() >= 0, nextStop, currentStop);
    }

    public static CompareViewModel of(AnalyzedDocument left, AnalyzedDocument right, boolean hideFurniture) {
        return of(left, right, hideFurniture, false);
    }

    /** @param alignFurniture whether page furniture takes part in the alignment (and is then shown) */
    public static CompareViewModel of(AnalyzedDocument left, AnalyzedDocument right, boolean hideFurniture,
                                      boolean alignFurniture) {
        return of(NO_ID, left, NO_ID, right, hideFurniture, alignFurniture);
    }

    /** Two documents known in the project by their ids (or {@link #NO_ID}), aligned. */
    public static CompareViewModel of(long leftId, AnalyzedDocument left, long rightId, AnalyzedDocument right,
                                      boolean hideFurniture, boolean alignFurniture) {
        return of(leftId, left, rightId, right, hideFurniture, alignFurniture, CompareOptions.DEFAULT);
    }

    /** @param options what counts as a difference (Compare › Options) */
    public static CompareViewModel of(long leftId, AnalyzedDocument left, long rightId, AnalyzedDocument right,
                                      boolean hideFurniture, boolean alignFurniture, CompareOptions options) {
        return new CompareViewModel(Aligner.compare(left, right, mode(alignFurniture), options), leftId, rightId,
                hideFurniture, alignFurniture, options);
    }

    private static Aligner.Furniture mode(boolean align) {
        return align ? Aligner.Furniture.INCLUDED : Aligner.Furniture.LEFT_OUT;
    }

    /** The same comparison with the sides exchanged. */
    public CompareViewModel swapped() {
        return new CompareViewModel(comparison.swapped(), right.documentId(), left.documentId(), furnitureHidden,
                furnitureAligned, options);
    }

    public CompareViewModel withFurnitureHidden(boolean hide) {
        return hide == furnitureHidden ? this
                : new CompareViewModel(comparison, left.documentId(), right.documentId(), hide, furnitureAligned, options);
    }

    /** The two articles aligned again, with or without their furniture. */
    public CompareViewModel withFurnitureAligned(boolean align) {
        return align == furnitureAligned ? this
                : of(left.documentId(), comparison.left(), right.documentId(), comparison.right(), furnitureHidden, align,
                options);
    }

    /** The two articles aligned again with other difference rules. */
    public CompareViewModel withOptions(CompareOptions rules) {
        return rules.equals(options) ? this
                : of(left.documentId(), comparison.left(), right.documentId(), comparison.right(), furnitureHidden,
                furnitureAligned, rules);
    }

    public CompareOptions options() {
        return options;
    }

    private void buildLinksAndStops() {
        List<AlignedPair> pairs = comparison.pairs();
        Span lastLeft = new Span(0, 0);
        Span lastRight = new Span(0, 0);
        for (int p = 0; p < pairs.size(); p++) {
            AlignedPair pair = pairs.get(p);
            Span l = left.displaySpan(p);
            Span r = right.displaySpan(p);
            Span lPoint = l != null ? l : new Span(lastLeft.end(), lastLeft.end());
            Span rPoint = r != null ? r : new Span(lastRight.end(), lastRight.end());
            links.add(new Link(p, Mark.of(pair.kind()), lPoint, rPoint));
            switch (pair.kind()) {
                case CHANGED -> {
                    for (Change c : pair.changes()) {
                        if (c.isEquivalent()) {
                            continue; // equal by the analyst's rules: shown, not a change to step to
                        }
                        stops.add(new Stop(p, left.display().toDisplay(c.left()), right.display().toDisplay(c.right()),
                                describe(c)));
                    }
                }
                case LEFT_ONLY -> stops.add(new Stop(p, lPoint, rPoint, "A sentence only on the left"));
                case RIGHT_ONLY -> stops.add(new Stop(p, lPoint, rPoint, "A sentence only on the right"));
                case IDENTICAL, EQUIVALENT -> {
                }
            }
            if (pair.kind().isMatch()) {
                lastLeft = l;
                lastRight = r;
            }
        }
        for (Link link : links) {
            if (!link.left().isEmpty()) {
                leftByStart.add(link);
            }
            if (!link.right().isEmpty()) {
                rightByStart.add(link);
            }
        }
        leftByStart.sort(Comparator.comparing(Link::left));
        rightByStart.sort(Comparator.comparing(Link::right));
    }

    private static String describe(Change c) {
        if (c.isMove()) {
            return "“" + c.leftText() + "” moved within the sentence";
        }
        if (c.leftText().isEmpty()) {
            return "“" + c.rightText() + "” only on the right";
        }
        if (c.rightText().isEmpty()) {
            return "“" + c.leftText() + "” only on the left";
        }
        return "“" + c.leftText() + "” → “" + c.rightText() + "”";
    }

    public Comparison comparison() {
        return comparison;
    }

    public boolean furnitureHidden() {
        return furnitureHidden;
    }

    public boolean furnitureAligned() {
        return furnitureAligned;
    }

    public PaneModel pane(Side side) {
        return side == Side.LEFT ? left : right;
    }

    public PaneModel left() {
        return left;
    }

    public PaneModel right() {
        return right;
    }

    /** One link per pair, in the comparison's reading order. */
    public List<Link> links() {
        return List.copyOf(links);
    }

    public Link link(int pair) {
        return links.get(pair);
    }

    /**
     * The link whose passage on {@code side} starts at or before {@code displayOffset} and is the latest
     * to do so: the passage holding the offset, or the one before it. {@code null} before the first.
     */
    public Link linkNear(Side side, int displayOffset) {
        List<Link> sorted = side == Side.LEFT ? leftByStart : rightByStart;
        int i = lastStartingBy(sorted, side, displayOffset);
        return i >= 0 ? sorted.get(i) : null;
    }

    private static int lastStartingBy(List<Link> sorted, Side side, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).side(side).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The link whose passage on {@code side} comes next after {@code link}'s, or {@code null}. */
    public Link linkAfter(Side side, Link link) {
        List<Link> sorted = side == Side.LEFT ? leftByStart : rightByStart;
        int i = lastStartingBy(sorted, side, link.side(side).start());
        return i >= 0 && i + 1 < sorted.size() ? sorted.get(i + 1) : null;
    }

    public List<Stop> stops() {
        return List.copyOf(stops);
    }

    /** The stop shown, or -1. */
    public ReadOnlyIntegerProperty currentStopProperty() {
        return currentStop.getReadOnlyProperty();
    }

    /** The pair the analyst is looking at (a clicked sentence, or the pair of the current stop), or -1. */
    public ReadOnlyIntegerProperty currentPairProperty() {
        return currentPair.getReadOnlyProperty();
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public Stop currentStop() {
        int i = currentStop.get();
        return i >= 0 ? stops.get(i) : null;
    }

    public void next() {
        if (nextStop.get() < stops.size()) {
            goTo(nextStop.get());
        }
    }

    public void previous() {
        int i = previousIndex();
        if (i >= 0) {
            goTo(i);
        }
    }

    private int previousIndex() {
        return currentStop.get() >= 0 ? currentStop.get() - 1 : nextStop.get() - 1;
    }

    public void goTo(int stop) {
        currentPair.set(stops.get(stop).pair());
        nextStop.set(stop + 1);
        currentStop.set(stop);
    }

    /**
     * The analyst pointed at a place in one pane: its pair becomes current, and next / previous continue
     * from there. Returns the pair, or -1 when the place is in no aligned sentence.
     */
    public int selectAt(Side side, int displayOffset) {
        int pair = pane(side).pairAt(displayOffset);
        if (pair < 0) {
            return -1;
        }
        int next = 0;
        while (next < stops.size() && stops.get(next).pair() < pair) {
            next++;
        }
        currentStop.set(-1);
        nextStop.set(next);
        currentPair.set(pair);
        return pair;
    }

    public String statusOfCurrentStop() {
        Stop s = currentStop();
        return s == null ? "" : "Change " + (currentStop.get() + 1) + " of " + stops.size() + ": " + s.description();
    }

    public Summary summary() {
        return Summary.of(comparison);
    }
}
