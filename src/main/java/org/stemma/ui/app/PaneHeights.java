package org.stemma.ui.app;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The heights of the workbench's stacked panes (corpus table, comparison, claims table) counted in table
 * rows, not as shares of the window: a share that is generous on a 1920×1080 screen left 1½ corpus rows
 * at 1024×640 (decision 1440). Until the analyst drags a divider, the corpus table gets its filter,
 * header and a few rows, the claims table (when docked) the same, and the comparison the rest; each table
 * keeps at least two rows when the window shrinks.
 */
final class PaneHeights {

    /** Below this height of the split the tables show the fewer rows; below SHORT the corpus table fewer still. */
    static final double TALL = 800;
    static final double SHORT = 700;
    static final int CORPUS_ROWS_SHORT = 3;
    static final int CORPUS_ROWS = 4;
    static final int CORPUS_ROWS_TALL = 6;
    static final int CLAIMS_ROWS = 3;
    static final int CLAIMS_ROWS_TALL = 5;
    static final int MIN_ROWS = 2;

    private final SplitPane split;
    private final Region corpus;
    private final TableView<?> corpusTable;
    private final boolean corpusSaved;
    private final boolean claimsSaved;
    private boolean touched;
    private boolean queued;

    /**
     * @param corpusSaved whether the analyst's own corpus divider was restored (then it stays)
     * @param claimsSaved the same for the claims table's divider
     */
    PaneHeights(SplitPane split, Region corpus, TableView<?> corpusTable, boolean corpusSaved, boolean claimsSaved) {
        this.split = split;
        this.corpus = corpus;
        this.corpusTable = corpusTable;
        this.corpusSaved = corpusSaved;
        this.claimsSaved = claimsSaved;
        split.heightProperty().addListener(o -> later());
        split.getItems().addListener((ListChangeListener<Node>) c -> later());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node n && divider(n)) {
                touched = true;
            }
        });
    }

    /** Whether the analyst has dragged a divider this session (only then are the positions worth keeping). */
    boolean touched() {
        return touched || corpusSaved || claimsSaved;
    }

    private static boolean divider(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    // After the layout pass, when the tables' headers and rows have their sizes.
    private void later() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                place();
            });
        }
    }

    /** Sets the minimum heights and, until the analyst moves a divider, the default positions. */
    void place() {
        double h = split.getHeight();
        if (h <= 0 || split.getOrientation() != Orientation.VERTICAL) {
            return;
        }
        corpus.setMinHeight(height(corpus, corpusTable, MIN_ROWS));
        Region claims = split.getItems().size() > 2 && split.getItems().get(2) instanceof Region r ? r : null;
        TableView<?> claimsTable = claims == null ? null : (TableView<?>) claims.lookup("#claims-table");
        if (claimsTable != null) {
            claims.setMinHeight(height(claims, claimsTable, MIN_ROWS));
        }
        if (touched) {
            return;
        }
        boolean tall = h >= TALL;
        double gap = dividerGap();
        if (!corpusSaved) {
            split.setDividerPosition(0, (height(corpus, corpusTable,
                    tall ? CORPUS_ROWS_TALL : h < SHORT ? CORPUS_ROWS_SHORT : CORPUS_ROWS) + gap / 2) / h);
        }
        if (claimsTable != null && !claimsSaved) {
            split.setDividerPosition(1, 1 - (height(claims, claimsTable, tall ? CLAIMS_ROWS_TALL : CLAIMS_ROWS) + gap / 2) / h);
        }
    }

    private double dividerGap() {
        Node d = split.lookup(".split-pane-divider");
        return d instanceof Region r && r.getHeight() > 0 ? r.getHeight() : 6;
    }

    /** The height that shows {@code rows} rows of {@code table} under what stands above it in {@code pane}. */
    static double height(Region pane, TableView<?> table, int rows) {
        double em = javafx.scene.text.Font.getDefault().getSize(); // only until the table is laid out
        Node header = table.lookup(".column-header-background");
        double above = header instanceof Region r && r.getHeight() > 0
                ? pane.sceneToLocal(r.localToScene(r.getLayoutBounds())).getMaxY() : pane.snappedTopInset() + 5 * em;
        double row = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : rowHeight(table, em);
        return Math.ceil(above + rows * row + table.snappedBottomInset() + pane.snappedBottomInset() + 2);
    }

    private static double rowHeight(TableView<?> table, double em) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof Region r && r.getHeight() > 0) {
                return r.getHeight();
            }
        }
        return Math.ceil(2 * em);
    }
}
