package org.stemma.ui.corpus;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/**
 * Columns that give way on a narrow table: when the columns no longer fit at the widths they were given
 * (the flexible one at its minimum), the least needed column is hidden (and shown again once there is
 * room), so that the columns that stay are not cut to "…".
 */
final class ColumnPriorities {

    /** Room kept for the vertical scroll bar and the borders. */
    private static final double SLACK = 24;
    /** The width a column was made with: the resize policy changes its preferred width afterwards. */
    private static final String WANTED = "stemma.wantedWidth";

    private ColumnPriorities() {
    }

    /**
     * @param flexible the column that takes up what room there is (counted at its minimum width)
     * @param yielding the columns that may be hidden, the first to go first
     */
    static <S> void install(TableView<S> table, TableColumn<S, ?> flexible, List<TableColumn<S, ?>> yielding) {
        flexible.getProperties().put(WANTED, flexible.getMinWidth());
        InvalidationListener fit = o -> fit(table, yielding);
        table.widthProperty().addListener(fit);
        table.getColumns().addListener(fit);
    }

    static <S> void fit(TableView<S> table, List<TableColumn<S, ?>> yielding) {
        double room = table.getWidth() - SLACK;
        if (room <= 0) {
            return;
        }
        double needed = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            needed += wanted(c);
        }
        // Hide from the first yielding column on until the rest fit; everything after stays shown.
        for (TableColumn<S, ?> c : yielding) {
            boolean hide = needed > room;
            c.setVisible(!hide);
            if (hide) {
                needed -= wanted(c);
            }
        }
    }

    private static double wanted(TableColumn<?, ?> c) {
        return (double) c.getProperties().computeIfAbsent(WANTED, k -> Math.max(c.getMinWidth(), c.getPrefWidth()));
    }
}
