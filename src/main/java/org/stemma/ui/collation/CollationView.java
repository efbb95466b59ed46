package org.stemma.ui.collation;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The collation as the analyst reads it: column heads (drag to reorder; right-click to move or hide),
 * the passages below, the heat of every passage down the right edge (click to go there), and the tools
 * above: columns shown, move the selected column, export. Everything it shows comes from the view model.
 */
public final class CollationView extends BorderPane {

    /** What the view asks its window to do. */
    public interface Handler {
        void pair(CollationViewModel.PairAt pair);

        void tag(CollationViewModel.TagAt tag, Node over);

        void export(CollationViewModel.Format format);
    }

    /** Tags the selected cell as a claim, as Ctrl+T tags the selection in the comparison. */
    public static final javafx.scene.input.KeyCombination TAG = javafx.scene.input.KeyCombination.keyCombination("Shortcut+T");
    private static final double SCROLL_BAR = 16;
    private static final double OVERVIEW = 14;

    private final CollationViewModel model;
    private final ObservableBooleanValue dark;
    private final Handler handler;
    private final ListView<CollationViewModel.RowView> list = new ListView<>();
    private final HBox header = new HBox();
    private final Canvas overview = new Canvas(OVERVIEW, 100);
    private final Label summary = new Label();
    private final Label pointed = new Label();

    public CollationView(CollationViewModel model, ObservableBooleanValue dark, Handler handler) {
        this.model = model;
        this.dark = dark;
        this.handler = handler;
        getStyleClass().add("collation-view");
        list.setId("collation-rows");
        list.setItems(model.rows());
        list.setCellFactory(l -> new RowCell(model, dark::get, new RowCell.Actions() {
            @Override
            public void clicked(CollationViewModel.RowView row, int position, Node cell) {
                click(row, position);
            }

            @Override
            public void menu(CollationViewModel.RowView row, int position, Node cell, double x, double y) {
                cellMenu(row, position, cell).show(cell, x, y);
            }
        }));
        list.addEventFilter(MouseEvent.MOUSE_EXITED, e -> model.hoveredProperty().set(-1));
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (TAG.match(e)) {
                tagSelected();
                e.consume();
            }
        });
        list.widthProperty().addListener((o, was, now) -> model.widthProperty()
                .set(now.doubleValue() - RowCell.HEAT - SCROLL_BAR - 4));
        model.layoutProperty().addListener((o, was, now) -> {
            list.refresh();
            buildHeader();
        });
        model.shownColumns().addListener((ListChangeListener<CollationViewModel.Column>) c -> buildHeader());
        model.rows().addListener((ListChangeListener<CollationViewModel.RowView>) c -> drawOverview());
        model.hoveredProperty().addListener((o, was, now) -> pointed.setText(now.intValue() < 0 ? ""
                : model.columns().stream().filter(c -> c.witness() == now.intValue()).findFirst()
                .map(CollationViewModel.Column::label).orElse("")));
        dark.addListener((o, was, now) -> {
            list.refresh();
            drawOverview();
        });

        Pane overviewHolder = new Pane(overview);
        overviewHolder.setMinWidth(OVERVIEW);
        overviewHolder.setPrefWidth(OVERVIEW);
        overviewHolder.getStyleClass().add("collation-overview");
        overview.heightProperty().bind(overviewHolder.heightProperty());
        overview.heightProperty().addListener((o, was, now) -> drawOverview());
        overview.setOnMouseClicked(e -> scrollToFraction(e.getY() / overview.getHeight()));
        overview.setOnMouseDragged(e -> scrollToFraction(e.getY() / overview.getHeight()));
        Tooltip.install(overview, new Tooltip("How many witnesses read each passage otherwise; click to go there"));

        VBox table = new VBox(header, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(table, Priority.ALWAYS);
        setCenter(new HBox(table, overviewHolder));
        setTop(toolbar());
        summary.getStyleClass().add("collation-summary");
        HBox bottom = new HBox(16, summary, pointed);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);
        header.getStyleClass().add("collation-header");
        buildHeader();
        drawOverview();
    }

    public CollationViewModel model() {
        return model;
    }

    public ListView<CollationViewModel.RowView> list() {
        return list;
    }

    private Node toolbar() {
        MenuButton columns = new MenuButton("Columns");
        columns.setId("collation-columns");
        columns.setOnShowing(e -> columns.getItems().setAll(model.columns().stream().map(c -> {
            CheckMenuItem item = new CheckMenuItem(c.label());
            item.setSelected(!model.isHidden(c.witness()));
            item.setDisable(c.witness() == 0);
            item.setOnAction(a -> model.setHidden(c.witness(), !item.isSelected()));
            return (MenuItem) item;
        }).toList()));
        Button left = new Button("\u25c0 Move Left");
        left.setOnAction(e -> model.moveLeft(model.selectedProperty().get()));
        Button right = new Button("Move Right \u25b6");
        right.setOnAction(e -> model.moveRight(model.selectedProperty().get()));
        left.disableProperty().bind(model.selectedProperty().lessThan(1));
        right.disableProperty().bind(model.selectedProperty().lessThan(1));
        MenuButton export = new MenuButton("Export");
        export.setId("collation-export");
        for (CollationViewModel.Format f : CollationViewModel.Format.values()) {
            MenuItem item = new MenuItem(f.description() + "…");
            item.setOnAction(e -> handler.export(f));
            export.getItems().add(item);
        }
        Label hint = new Label("Click a cell to compare it with the base; right-click or " + TAG.getDisplayText() + " to tag it as a claim");
        hint.getStyleClass().add("collation-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, columns, left, right, export, gap, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("collation-toolbar");
        summary.setText(model.summary());
        return bar;
    }

    private void buildHeader() {
        summary.setText(model.summary());
        ColumnLayout layout = model.layout();
        Region corner = new Region();
        corner.setMinWidth(RowCell.HEAT);
        header.getChildren().setAll(corner);
        for (int p = 0; p < model.shownColumns().size() && p < layout.widths().length; p++) {
            header.getChildren().add(head(model.shownColumns().get(p), p, layout));
        }
    }

    private Node head(CollationViewModel.Column c, int position, ColumnLayout layout) {
        double width = layout.widths()[position];
        Node node;
        Region box;
        if (layout.isStrip(position)) {
            box = new Region();
            box.getStyleClass().add("collation-strip-head");
            Tooltip.install(box, new Tooltip(c.label()));
            node = box;
        } else {
            Label outlet = new Label(c.outlet());
            outlet.getStyleClass().add("collation-outlet");
            Label date = new Label(position == 0 ? c.date() + (c.date().isEmpty() ? "" : " · ") + "base" : c.date());
            date.getStyleClass().add("collation-date");
            VBox v = new VBox(outlet, date);
            v.setPadding(new Insets(4, 6, 4, 6));
            box = v;
            node = v;
        }
        box.getStyleClass().add("collation-head");
        if (position == 0) {
            box.getStyleClass().add("base");
        }
        if (c.witness() == model.selectedProperty().get()) {
            box.getStyleClass().add("selected-column");
        }
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        box.setMinHeight(40);
        box.setOnMouseEntered(e -> model.hoveredProperty().set(c.witness()));
        box.setOnMouseClicked(e -> model.selectedProperty().set(
                model.selectedProperty().get() == c.witness() ? -1 : c.witness()));
        box.setOnContextMenuRequested(e -> columnMenu(c).show(box, e.getScreenX(), e.getScreenY()));
        if (position > 0) {
            box.setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(c.witness()));
                box.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
        }
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && position > 0) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            boolean done = false;
            try {
                model.moveTo(Integer.parseInt(e.getDragboard().getString()), position);
                done = true;
            } catch (NumberFormatException ignored) {
                // Not a column being dragged: nothing to drop.
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return node;
    }

    private ContextMenu columnMenu(CollationViewModel.Column c) {
        MenuItem left = new MenuItem("Move Left");
        left.setOnAction(e -> model.moveLeft(c.witness()));
        MenuItem right = new MenuItem("Move Right");
        right.setOnAction(e -> model.moveRight(c.witness()));
        MenuItem hide = new MenuItem("Hide " + c.outlet());
        hide.setOnAction(e -> model.setHidden(c.witness(), true));
        for (MenuItem i : new MenuItem[]{left, right, hide}) {
            i.setDisable(c.witness() == 0);
        }
        return new ContextMenu(left, right, hide);
    }

    private ContextMenu cellMenu(CollationViewModel.RowView row, int position, Node cell) {
        MenuItem compare = new MenuItem("Compare with the Base Here");
        compare.setDisable(model.pairAt(row, position).isEmpty());
        compare.setOnAction(e -> model.pairAt(row, position).ifPresent(handler::pair));
        MenuItem tag = new MenuItem("Tag Passage as Claim…");
        tag.setAccelerator(TAG);
        tag.setDisable(model.tagAt(row, position).isEmpty());
        tag.setOnAction(e -> model.tagAt(row, position).ifPresent(t -> handler.tag(t, cell)));
        ContextMenu menu = new ContextMenu(compare, tag, new SeparatorMenuItem());
        menu.getItems().addAll(columnMenu(model.shownColumns().get(position)).getItems());
        return menu;
    }

    private void click(CollationViewModel.RowView row, int position) {
        list.getSelectionModel().select(row);
        int witness = model.shownColumns().get(position).witness();
        if (model.layout().isStrip(position)) {
            model.selectedProperty().set(witness);
            return;
        }
        if (witness != 0) {
            model.selectedProperty().set(witness);
        }
        pointed.setText(model.describe(row, position));
        model.pairAt(row, position).ifPresent(handler::pair);
    }

    /**
     * The keyboard's way to tag: the passage of the selected row in the selected witness's column (the
     * column last clicked, or chosen with Move Left/Right), else in the first column that has text there.
     */
    void tagSelected() {
        CollationViewModel.RowView row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int selected = model.shownPosition(model.selectedProperty().get());
        java.util.stream.IntStream positions = selected >= 0 && model.tagAt(row, selected).isPresent()
                ? java.util.stream.IntStream.of(selected) : java.util.stream.IntStream.range(0, model.shownColumns().size());
        positions.filter(p -> model.tagAt(row, p).isPresent()).findFirst()
                .ifPresent(p -> handler.tag(model.tagAt(row, p).orElseThrow(), cellOf(row)));
    }

    private Node cellOf(CollationViewModel.RowView row) {
        return list.lookupAll(".collation-row").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == row).findFirst().orElse(list);
    }

    private void scrollToFraction(double f) {
        int n = model.rows().size();
        if (n > 0) {
            list.scrollTo(Math.max(0, Math.min(n - 1, (int) (f * n))));
        }
    }

    private void drawOverview() {
        var g = overview.getGraphicsContext2D();
        double h = overview.getHeight();
        g.clearRect(0, 0, OVERVIEW, h);
        int n = model.rows().size();
        if (n == 0 || h <= 0) {
            return;
        }
        Palette palette = Palette.of(dark.get());
        double each = h / n;
        for (int i = 0; i < n; i++) {
            double heat = model.rows().get(i).heat();
            if (heat > 0) {
                g.setFill(palette.heatColor(heat));
                g.fillRect(1, i * each, OVERVIEW - 2, Math.max(1, each));
            }
        }
    }
}
