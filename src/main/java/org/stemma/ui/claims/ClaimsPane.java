package org.stemma.ui.claims;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.session.SessionArticle;

import java.util.List;
import java.util.function.Function;

/**
 * The claims table, meant for the bottom of the main window: a filter bar (tag, status, article, words)
 * over a table of the claims (text, article, outlet, tags as coloured chips, status, note,
 * counterparts). Double-click or Enter asks the view model to jump to the claim; Delete deletes it
 * (undoably); the context menu edits, shows or deletes it. {@link #shownProperty()} is the View › Claims
 * toggle; {@link #dockIn} makes it add and remove the pane at the bottom of a split pane.
 */
public final class ClaimsPane extends VBox {

    private final ClaimsViewModel model;
    private final TableView<ClaimRow> table = new TableView<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private long selectedId;
    /* The comparison above needs the height more; the table shows its filters and a few rows. */
    private double dockedDivider = 0.78;

    public ClaimsPane(ClaimsViewModel model) {
        this.model = model;
        getStyleClass().add("claims-pane");
        ClaimStyles.addTo(this);
        SortedList<ClaimRow> sorted = new SortedList<>(model.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("claims-table");
        table.setPlaceholder(new Label("No claims: select text in an article and choose Tag selection… (Ctrl+T)"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Text", ClaimRow::text, 300),
                column("Article", ClaimRow::article, 160),
                column("Outlet", ClaimRow::outlet, 100),
                tagsColumn(),
                column("Status", r -> r.claim().status().label(), 80),
                column("Note", r -> r.claim().note().strip().replaceAll("\\s+", " "), 160),
                column("Counterparts", ClaimRow::summary, 180)));
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                model.jumpTo(selected().id());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                model.delete(selected().id());
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                selectedId = row.id();
            }
        });
        table.getItems().addListener((ListChangeListener<ClaimRow>) c -> reselect());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filterBar(), table);
    }

    public TableView<ClaimRow> table() {
        return table;
    }

    /** Whether the pane is to be shown: bind View › Claims (Ctrl+Shift+C) to it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Keeps this pane as the last (bottom) item of {@code split} while it is shown, and out of it while
     * it is hidden; the divider comes back where the analyst left it.
     */
    /** Where the divider above the pane goes whenever it is docked, as a fraction of the split's height. */
    public void dockAt(double divider) {
        dockedDivider = divider;
    }

    /** Where the divider above the pane is now, or where it will go when the pane is shown again. */
    public double dockedDivider(SplitPane split) {
        int at = split.getItems().indexOf(this);
        return at > 0 ? split.getDividerPositions()[at - 1] : dockedDivider;
    }

    public void dockIn(SplitPane split) {
        SplitPane.setResizableWithParent(this, false);
        Runnable place = () -> {
            int at = split.getItems().indexOf(this);
            if (shown.get() && at < 0) {
                split.getItems().add(this);
                split.setDividerPosition(split.getItems().size() - 2, dockedDivider);
            } else if (!shown.get() && at >= 0) {
                if (at > 0) {
                    dockedDivider = split.getDividerPositions()[at - 1];
                }
                split.getItems().remove(this);
            }
        };
        shown.addListener(o -> place.run());
        place.run();
    }

    private HBox filterBar() {
        ComboBox<FilterChoice<Tag>> tags = FilterChoice.box("All tags", model.tags(),
                t -> "\u2003".repeat(model.tagTree().depth(t.id())) + t.name(),
                (a, b) -> a.id() == b.id(), model.tagFilterProperty());
        tags.setId("claims-filter-tag");
        ComboBox<FilterChoice<ClaimStatus>> statuses = FilterChoice.box("All statuses",
                FXCollections.observableArrayList(ClaimStatus.values()), ClaimStatus::label, (a, b) -> a == b,
                model.statusFilterProperty());
        statuses.setId("claims-filter-status");
        ComboBox<FilterChoice<SessionArticle>> articles = FilterChoice.box("All articles", model.documents(),
                SessionArticle::name, (a, b) -> a.id() == b.id(), model.documentFilterProperty());
        articles.setId("claims-filter-article");
        TextField search = new TextField();
        search.setId("claims-search");
        search.setPromptText("Search claims");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("claims-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> model.filteredRows().size() + " of "
                + model.rows().size() + " claims" + (model.findingProperty().get() > 0 ? " · finding counterparts…" : ""),
                model.filteredRows(), model.rows(), model.findingProperty()));
        Label message = new Label();
        message.getStyleClass().addAll("claims-message", "error");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(tags, statuses, articles, search, count, message);
        bar.getStyleClass().add("claims-filter-bar");
        return bar;
    }

    private static TableColumn<ClaimRow, String> column(String title, Function<ClaimRow, String> value, double width) {
        TableColumn<ClaimRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ClaimRow, List<Tag>> tagsColumn() {
        TableColumn<ClaimRow, List<Tag>> column = new TableColumn<>("Tags");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tags()));
        column.setComparator((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(
                a.isEmpty() ? "" : a.get(0).name(), b.isEmpty() ? "" : b.get(0).name()));
        column.setPrefWidth(140);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<Tag> tags, boolean empty) {
                super.updateItem(tags, empty);
                setGraphic(empty || tags == null ? null
                        : new HBox(4, tags.stream().map(ClaimStyles::chip).toArray(Node[]::new)));
            }
        });
        return column;
    }

    private TableRow<ClaimRow> row() {
        TableRow<ClaimRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                model.jumpTo(row.getItem().id());
            }
        });
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(e -> ClaimEditor.forClaim(model, row.getItem().id()).showOver(this));
        MenuItem show = new MenuItem("Show in article");
        show.setOnAction(e -> model.jumpTo(row.getItem().id()));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> model.delete(row.getItem().id()));
        ContextMenu menu = new ContextMenu(edit, show, delete);
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
        return row;
    }

    private ClaimRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Keeps the same claim selected when the rows are read again after an edit. */
    private void reselect() {
        if (selected() != null && selected().id() == selectedId) {
            return;
        }
        table.getItems().stream().filter(r -> r.id() == selectedId).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }
}
