package org.stemma.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;


import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.stemma.text.Span;
import org.stemma.ui.compare.CompareViewModel.Side;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Two articles side by side: toolbar and legend, the two panes with the link gutter between them, the
 * find bar and the summary. It shows whatever comparison {@link Comparisons} holds.
 */
public final class CompareView extends BorderPane {

    /** Where a change stepped to is placed, as a share of the viewport's height. */
    private static final double REVEAL_AT = 0.35;

    private final Comparisons comparisons;
    private final ReadOnlyIntegerProperty fontSize;
    private final Consumer<String> status;
    private final ArticlePane left = new ArticlePane("left-text", "the left article");
    private final ArticlePane right = new ArticlePane("right-text", "the right article");
    private final LinkGutter gutter = new LinkGutter(left, right);
    private final ScrollSync sync = new ScrollSync(left, right, gutter);
    private final SummaryBar summary = new SummaryBar();
    private final FindBar findBar;
    private final Label placeholder = new Label("Select two articles above and choose Compare (Ctrl+D),\n"
            + "or right-click an article and choose Compare With…");
    private final HBox panes = new HBox();
    private final ChangeListener<Number> stopListener = (o, was, now) -> showStop(now.intValue());
    private CompareViewModel model;
    private ArticlePane lastUsed = left;
    private java.util.function.Consumer<ArticlePane> decorator = pane -> { };

    /**
     * @param fontSize        the panes' text size in pixels
     * @param furnitureHidden  the analyst's choice, set by the toolbar's check box
     * @param furnitureAligned likewise
     * @param status          one-line messages for the status bar
     */
    public CompareView(Comparisons comparisons, ReadOnlyIntegerProperty fontSize, BooleanProperty furnitureHidden,
                       BooleanProperty furnitureAligned, Consumer<String> status) {
        this.comparisons = comparisons;
        this.fontSize = fontSize;
        this.status = status;
        getStyleClass().add("compare-view");
        findBar = new FindBar(() -> lastUsed, (pane, match) -> sync.reveal(side(pane), match.start(), pane.viewportHeight() * REVEAL_AT));
        CompareToolbar toolbar = new CompareToolbar(comparisons, furnitureHidden, furnitureAligned, this::previous, this::next);
        setTop(toolbar);
        placeholder.getStyleClass().add("placeholder");
        buildPanes();
        StackPane center = new StackPane(panes, placeholder);
        setCenter(center);
        VBox bottom = new VBox(findBar, summary);
        setBottom(bottom);
        for (ArticlePane pane : new ArticlePane[]{left, right}) {
            pane.area().focusedProperty().addListener((o, a, focused) -> {
                if (focused) {
                    lastUsed = pane;
                }
            });
            pane.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getClickCount() == 1) {
                    pointAt(pane);
                }
            });
            pane.area().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    pointAt(pane);
                    e.consume();
                }
            });
            pane.overview().onJump(offset -> sync.reveal(side(pane), offset, pane.viewportHeight() * REVEAL_AT));
        }
        comparisons.shownProperty().addListener((o, was, now) -> show(now));
        fontSize.addListener((o, a, b) -> applyFont());
        applyFont();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                sync.attach(scene);
            }
        });
        show(comparisons.shownProperty().get());
    }

    private void buildPanes() {
        Region headerSpace = new Region();
        headerSpace.minHeightProperty().bind(left.headerHeightProperty());
        headerSpace.prefHeightProperty().bind(left.headerHeightProperty());
        VBox middle = new VBox(headerSpace, gutter);
        VBox.setVgrow(gutter, Priority.ALWAYS);
        for (ArticlePane pane : new ArticlePane[]{left, right}) {
            pane.setPrefWidth(400);
            pane.setMinWidth(160);
            pane.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(pane, Priority.ALWAYS);
        }
        panes.getChildren().addAll(left, middle, right);
        panes.getStyleClass().add("panes");
    }

    private void show(CompareViewModel vm) {
        int keep = -1;
        if (model != null) {
            model.currentStopProperty().removeListener(stopListener);
            keep = vm != null && sameArticles(model, vm) ? model.currentPairProperty().get() : -1;
        }
        model = vm;
        placeholder.setVisible(vm == null);
        panes.setVisible(vm != null);
        if (vm == null) {
            left.clear();
            right.clear();
            summary.show(null);
            sync.show(null);
            return;
        }
        left.show(vm.left());
        right.show(vm.right());
        decorator.accept(left);
        decorator.accept(right);
        summary.show(vm.summary());
        vm.currentStopProperty().addListener(stopListener);
        sync.show(vm);
        if (keep >= 0) {
            int pair = keep;
            Platform.runLater(() -> showPair(vm, pair));
        }
    }

    /** The same two articles, either way round: swapped, or with furniture shown or hidden. */
    private static boolean sameArticles(CompareViewModel a, CompareViewModel b) {
        return Set.of(a.left().document(), a.right().document())
                .equals(Set.of(b.left().document(), b.right().document()));
    }

    /** After a swap or a furniture toggle, the passage the analyst was at stays in view and selected. */
    private void showPair(CompareViewModel vm, int pair) {
        if (vm != model) {
            return;
        }
        Side side = vm.left().displaySpan(pair) != null ? Side.LEFT : Side.RIGHT;
        CompareViewModel.Link link = vm.link(pair);
        vm.selectAt(side, link.side(side).start());
        left.selectRange(link.left());
        right.selectRange(link.right());
        sync.reveal(side, link.side(side).start(), pane(side).viewportHeight() * REVEAL_AT);
    }

    /**
     * Selects and scrolls to the passage at {@code left} (offsets into the left article), else at
     * {@code right}: a collation's cell opened as a pair. Either may be null.
     */
    public void showPassage(CompareViewModel vm, Span left, Span right) {
        int pair = left == null ? -1 : vm.left().pairAt(vm.left().display().toDisplay(left.start()));
        if (pair < 0 && right != null) {
            pair = vm.right().pairAt(vm.right().display().toDisplay(right.start()));
        }
        if (pair >= 0) {
            int p = pair;
            Platform.runLater(() -> showPair(vm, p));
        }
    }

    /** Adds to what the panes show (claim underlines) each time they show a comparison. */
    public void decorateWith(java.util.function.Consumer<ArticlePane> decorator) {
        this.decorator = decorator;
        redecorate();
    }

    /** Draws the panes' decorations again, e.g. after claims changed. */
    public void redecorate() {
        if (model != null) {
            decorator.accept(left);
            decorator.accept(right);
        }
    }

    public java.util.List<ArticlePane> panes() {
        return java.util.List.of(left, right);
    }

    public ArticlePane lastUsed() {
        return lastUsed;
    }

    private void applyFont() {
        int px = fontSize.get();
        left.fontSize(px, Typography.articleFamily());
        right.fontSize(px, Typography.articleFamily());
        sync.redrawSoon();
    }

    public void next() {
        if (model != null) {
            model.next();
        }
    }

    public void previous() {
        if (model != null) {
            model.previous();
        }
    }

    public void find() {
        if (model != null) {
            findBar.open();
        }
    }

    public void findAgain(boolean forward) {
        if (model != null) {
            findBar.find(forward);
        }
    }

    private void showStop(int index) {
        CompareViewModel.Stop stop = index >= 0 ? model.stops().get(index) : null;
        if (stop == null) {
            return;
        }
        left.selectRange(stop.left());
        right.selectRange(stop.right());
        Side primary = stop.left().isEmpty() && !stop.right().isEmpty() ? Side.RIGHT : Side.LEFT;
        ArticlePane pane = pane(primary);
        sync.reveal(primary, stop.side(primary).start(), pane.viewportHeight() * REVEAL_AT);
        status.accept(model.statusOfCurrentStop());
    }

    /** The analyst clicked or pressed Enter in a pane: select the counterpart of the sentence there. */
    private void pointAt(ArticlePane pane) {
        if (model == null) {
            return;
        }
        Side side = side(pane);
        int caret = pane.area().getCaretPosition();
        int pair = model.selectAt(side, caret);
        if (pair < 0) {
            return;
        }
        CompareViewModel.Link link = model.link(pair);
        Span mine = link.side(side);
        Span theirs = link.side(side.other());
        pane(side.other()).selectRange(theirs);
        double y = pane.yOf(mine.start()).orElse(pane.viewportHeight() * REVEAL_AT);
        sync.reveal(side, mine.start(), Math.max(0, y));
        status.accept(describe(link));
    }

    private static String describe(CompareViewModel.Link link) {
        return switch (link.kind()) {
            case IDENTICAL -> "The counterpart says the same";
            case CHANGED -> "The counterpart is worded differently";
            default -> link.left().isEmpty() ? "Only on the right: the left article has no counterpart"
                    : link.right().isEmpty() ? "Only on the left: the right article has no counterpart" : "";
        };
    }

    private Side side(ArticlePane pane) {
        return pane == left ? Side.LEFT : Side.RIGHT;
    }

    private ArticlePane pane(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /**
     * Selects a passage in each pane (the articles' own offsets, e.g. a quotation from the ledger) and
     * scrolls the left one into view; the right follows through the scroll sync.
     */
    public void reveal(Span leftPassage, Span rightPassage) {
        if (model == null) {
            return;
        }
        Span l = left.model().display().toDisplay(leftPassage);
        left.selectRange(l);
        right.selectRange(right.model().display().toDisplay(rightPassage));
        sync.reveal(Side.LEFT, l.start(), left.viewportHeight() * REVEAL_AT);
    }

    public ArticlePane leftPane() {
        return left;
    }

    public ArticlePane rightPane() {
        return right;
    }

    ScrollSync sync() {
        return sync;
    }

    public LinkGutter gutter() {
        return gutter;
    }

    public CompareViewModel model() {
        return model;
    }
}
