package org.stemma.ui.collation;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stemma.collation.Cell;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One passage of the collation view: the heat cell at the left, then each shown witness's cell, as text
 * where the column is wide and as a strip where it is narrowed. A run of strips is one region whose
 * background paints them all, so 50 witnesses cost a handful of nodes per row.
 */
final class RowCell extends ListCell<CollationViewModel.RowView> {

    static final double HEAT = 10;

    /** What the view does when the analyst points at or clicks a cell. */
    interface Actions {
        void clicked(CollationViewModel.RowView row, int position, Node cell);

        void menu(CollationViewModel.RowView row, int position, Node cell, double screenX, double screenY);
    }

    private final CollationViewModel model;
    private final BooleanSupplier dark;
    private final Actions actions;
    private final HBox box = new HBox();

    RowCell(CollationViewModel model, BooleanSupplier dark, Actions actions) {
        this.model = model;
        this.dark = dark;
        this.actions = actions;
        getStyleClass().add("collation-row");
        box.setFillHeight(true);
        box.setOnMouseMoved(e -> {
            int p = model.layout().positionAt(e.getX() - HEAT);
            if (p >= 0 && getItem() != null) {
                model.hoveredProperty().set(model.shownColumns().get(p).witness());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(CollationViewModel.RowView row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        Palette palette = Palette.of(dark.getAsBoolean());
        ColumnLayout layout = model.layout();
        Region heat = new Region();
        fix(heat, HEAT);
        heat.setBackground(palette.heat(row.heat()));
        heat.setMinHeight(18);
        box.getChildren().setAll(heat);
        List<CellView> cells = row.cells();
        int p = 0;
        while (p < cells.size()) {
            if (layout.isStrip(p)) {
                int from = p;
                while (p < cells.size() && layout.isStrip(p)) {
                    p++;
                }
                box.getChildren().add(strips(row, from, p, palette));
            } else {
                box.getChildren().add(text(row, p, layout.widths()[p], palette));
                p++;
            }
        }
        setGraphic(box);
    }

    private Node strips(CollationViewModel.RowView row, int from, int to, Palette palette) {
        Region run = new Region();
        fix(run, (to - from) * ColumnLayout.STRIP);
        run.setBackground(palette.strips(row.cells().subList(from, to), ColumnLayout.STRIP));
        run.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                actions.clicked(row, from + (int) (e.getX() / ColumnLayout.STRIP), run);
            }
        });
        run.setOnContextMenuRequested(e -> actions.menu(row, from + (int) (e.getX() / ColumnLayout.STRIP), run,
                e.getScreenX(), e.getScreenY()));
        return run;
    }

    private Node text(CollationViewModel.RowView row, int position, double width, Palette palette) {
        CellView cell = row.cells().get(position);
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("collation-text");
        if (cell.kind() == Cell.Kind.MOVED) {
            flow.getChildren().add(styled(new Text("\u21c4 "), "collation-moved-marker"));
        } else if (cell.kind() == Cell.Kind.JOINED) {
            flow.getChildren().add(styled(new Text("\u2191 joined above"), "collation-note"));
        }
        String text = cell.text();
        int at = 0;
        for (CellView.Mark m : cell.marks()) {
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                flow.getChildren().add(styled(new Text(text.substring(at, m.start())), "collation-words"));
            }
            if (m.omission()) {
                flow.getChildren().add(styled(new Text("\u2038"), "collation-omission"));
            } else {
                Label word = new Label(text.substring(m.start(), m.end()));
                word.getStyleClass().add("collation-mark");
                word.setBackground(position == 0 ? palette.shade(m.shade()) : palette.changedWord);
                flow.getChildren().add(word);
            }
            at = m.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(styled(new Text(text.substring(at)), "collation-words"));
        }
        StackPane holder = new StackPane(flow);
        holder.getStyleClass().addAll("collation-cell", cell.kind().id());
        if (position == 0) {
            holder.getStyleClass().add("base");
        }
        if (model.shownColumns().get(position).witness() == model.selectedProperty().get()) {
            holder.getStyleClass().add("selected-column");
        }
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setPadding(new Insets(3, 6, 4, 6));
        fix(holder, width);
        flow.setPrefWidth(width - 12);
        holder.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                actions.clicked(row, position, holder);
            }
        });
        holder.setOnContextMenuRequested(e -> actions.menu(row, position, holder, e.getScreenX(), e.getScreenY()));
        return holder;
    }

    private static Text styled(Text t, String style) {
        t.getStyleClass().add(style);
        return t;
    }

    private static void fix(Region r, double width) {
        r.setMinWidth(width);
        r.setPrefWidth(width);
        r.setMaxWidth(width);
    }
}
