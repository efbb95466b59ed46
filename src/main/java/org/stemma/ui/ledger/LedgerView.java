package org.stemma.ui.ledger;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.stemma.facts.FactGroup;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;

import java.util.List;
import java.util.Objects;

/**
 * The Ledger and Facts views: one row per quotation entry (text, speaker, outlets, flags), expandable to
 * every outlet's wording with the changed words set apart, and one row per shared fact, expandable to each
 * article's statement of it. A double-click opens the article at the row (two rows selected: the two
 * articles side by side); "Tag as Claim" (Shortcut+T) makes a claim of it. The view binds to
 * {@link LedgerViewModel} and hands it the rows.
 */
public final class LedgerView extends BorderPane {

    public static final KeyCombination TAG = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    /** A row: an entry, or one member of it. */
    record Row(LedgerEntry entry, Member member) {
    }

    /** A row: a fact group, or one article's statement of it. */
    record FactRow(FactGroup group, FactGroup.Member member) {
    }

    private final LedgerViewModel model;
    private final TreeTableView<Row> quotations = new TreeTableView<>();
    private final TreeTableView<FactRow> facts = new TreeTableView<>();
    private final TabPane tabs;
    /** The rows selected when the last click began. */
    private List<?> pressedWith = List.of();

    public LedgerView(LedgerViewModel model) {
        this.model = model;
        getStyleClass().add("ledger");
        CheckBox altered = new CheckBox("Altered only");
        altered.setId("ledger-altered-only");
        altered.setTooltip(new Tooltip("Quotations whose words changed; facts that differ between articles"));
        altered.selectedProperty().bindBidirectional(model.alteredOnlyProperty());
        ComboBox<String> speaker = choice("All speakers", model.speakers(), model.speakerProperty());
        speaker.setId("ledger-speaker");
        ComboBox<String> outlet = choice("All outlets", model.outletChoices(), model.outletProperty());
        outlet.setId("ledger-outlet");
        Button tag = new Button("Tag as Claim");
        tag.setId("ledger-tag");
        tag.setTooltip(new Tooltip("Make a claim of the selected row, at the quotation in its article (Ctrl+T)"));
        tag.setOnAction(e -> tagSelected());
        Button export = new Button("Export CSV…");
        export.setId("ledger-export");
        export.setTooltip(new Tooltip("Write the quotations shown to a CSV file, one row per article's wording"));
        export.disableProperty().bind(Bindings.isEmpty(model.entries()));
        export.setOnAction(e -> exportCsv());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(8, altered, new Label("Speaker"), speaker, new Label("Outlet"), outlet, spacer, export, tag);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(6, 8, 6, 8));
        filters.getStyleClass().add("ledger-filters");
        setTop(filters);

        quotations.getColumns().setAll(LedgerColumns.quotations(model));
        facts.getColumns().setAll(LedgerColumns.facts(model));
        quotations.setId("ledger-quotations");
        facts.setId("ledger-facts");
        for (TreeTableView<?> t : List.of(quotations, facts)) {
            t.setShowRoot(false);
            t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            t.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.setPlaceholder(new Label("Nothing found in the articles of the corpus"));
        }
        quotations.setRowFactory(t -> row(quotations, this::openQuotation));
        facts.setRowFactory(t -> row(facts, this::openFact));
        Tab q = new Tab("Quotations", quotations);
        Tab f = new Tab("Facts", facts);
        q.setId("ledger-quotations-tab");
        f.setId("ledger-facts-tab");
        tabs = new TabPane(q, f);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        tag.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedTable().getSelectionModel().isEmpty(),
                tabs.getSelectionModel().selectedIndexProperty(), quotations.getSelectionModel().getSelectedItems(),
                facts.getSelectionModel().getSelectedItems()));

        Label status = new Label();
        status.setId("ledger-status");
        status.textProperty().bind(model.messageProperty());
        status.setPadding(new Insets(3, 8, 3, 8));
        status.getStyleClass().add("ledger-status");
        setBottom(status);

        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (TAG.match(e)) {
                tagSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TreeTableView<?>) {
                openSelected();
                e.consume();
            }
        });
        model.entries().addListener((ListChangeListener<LedgerEntry>) c -> fillQuotations());
        model.facts().addListener((ListChangeListener<FactGroup>) c -> fillFacts());
        fillQuotations();
        fillFacts();
    }

    private static ComboBox<String> choice(String all, javafx.collections.ObservableList<String> items,
                                           javafx.beans.property.ObjectProperty<String> value) {
        // The first choice is "all", standing for no filter (null), so a filter can be taken off again.
        javafx.collections.ObservableList<String> shown = javafx.collections.FXCollections.observableArrayList();
        ComboBox<String> box = new ComboBox<>(shown);
        Runnable fill = () -> {
            String keep = value.get();
            List<String> now = new java.util.ArrayList<>(List.of(all));
            now.addAll(items);
            shown.setAll(now);
            box.setValue(keep != null && items.contains(keep) ? keep : all);
        };
        fill.run();
        items.addListener((ListChangeListener<String>) c -> fill.run());
        box.valueProperty().addListener((o, was, now) -> value.set(now == null || now.equals(all) ? null : now));
        value.addListener((o, was, now) -> box.setValue(now == null ? all : now));
        box.setVisibleRowCount(16);
        return box;
    }

    /**
     * A double-click opens what was selected when it began: its first click leaves only the clicked row
     * selected, and two wordings selected, then one of them (or their entry) double-clicked, are compared.
     */
    private <R> TreeTableRow<R> row(TreeTableView<R> table, Runnable open) {
        TreeTableRow<R> row = new TreeTableRow<>();
        // On the press, before the row's behaviour would fold an entry's row (a double-click opens it instead).
        row.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getClickCount() == 1) {
                pressedWith = selected(table);
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                R clicked = row.getItem();
                if (pressedWith.size() >= 2 && (pressedWith.contains(clicked) || pressedWith.stream().anyMatch(
                        r -> sameGroup(r, clicked)))) {
                    restore(table, pressedWith);
                }
                open.run();
                e.consume();
            }
        });
        MenuItem openItem = new MenuItem("Open (two rows selected: compare them)");
        openItem.setOnAction(e -> open.run());
        MenuItem tagItem = new MenuItem("Tag as Claim…");
        tagItem.setAccelerator(TAG);
        tagItem.setOnAction(e -> tagSelected());
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                .otherwise(new ContextMenu(openItem, tagItem)));
        return row;
    }

    /** An entry's (or a fact's) row and one of its wordings. */
    private static boolean sameGroup(Object selected, Object clicked) {
        if (selected instanceof Row a && clicked instanceof Row b) {
            return b.member() == null && a.entry() == b.entry();
        }
        return selected instanceof FactRow a && clicked instanceof FactRow b && b.member() == null && a.group() == b.group();
    }

    @SuppressWarnings("unchecked")
    private static <R> void restore(TreeTableView<R> table, List<?> values) {
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<R> item = table.getTreeItem(i);
            if (item != null && values.contains(item.getValue())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private TreeTableView<?> selectedTable() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? facts : quotations;
    }

    private void exportCsv() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the Quotation Ledger");
        chooser.setInitialFileName("ledger.csv");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    /** Opens what is selected in the table shown: the double-click's action. */
    void openSelected() {
        if (selectedTable() == facts) {
            openFact();
        } else {
            openQuotation();
        }
    }

    private void openQuotation() {
        List<Row> rows = selected(quotations);
        if (rows.isEmpty()) {
            return;
        }
        LedgerEntry entry = rows.get(0).entry();
        model.open(entry, rows.stream().filter(r -> r.entry() == entry).map(Row::member).filter(Objects::nonNull).toList());
    }

    private void openFact() {
        List<FactRow> rows = selected(facts);
        if (rows.isEmpty()) {
            return;
        }
        FactGroup group = rows.get(0).group();
        model.openFact(group, rows.stream().filter(r -> r.group() == group).map(FactRow::member)
                .filter(Objects::nonNull).toList());
    }

    /** Tags the focused (else the first selected) row of the table shown as a claim. */
    void tagSelected() {
        if (selectedTable() == facts) {
            FactRow r = focused(facts);
            if (r != null) {
                model.tagFact(r.group(), r.member());
            }
        } else {
            Row r = focused(quotations);
            if (r != null) {
                model.tag(r.entry(), r.member());
            }
        }
    }

    private static <R> List<R> selected(TreeTableView<R> table) {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(TreeItem::getValue).filter(Objects::nonNull).toList();
    }

    private static <R> R focused(TreeTableView<R> table) {
        TreeItem<R> item = table.getFocusModel().getFocusedItem();
        if (item == null || !table.getSelectionModel().getSelectedItems().contains(item)) {
            item = table.getSelectionModel().getSelectedItem();
        }
        return item == null ? null : item.getValue();
    }

    private void fillQuotations() {
        TreeItem<Row> root = new TreeItem<>();
        for (LedgerEntry e : model.entries()) {
            TreeItem<Row> item = new TreeItem<>(new Row(e, null));
            e.members().forEach(m -> item.getChildren().add(new TreeItem<>(new Row(e, m))));
            root.getChildren().add(item);
        }
        quotations.setRoot(root);
    }

    private void fillFacts() {
        TreeItem<FactRow> root = new TreeItem<>();
        for (FactGroup g : model.facts()) {
            TreeItem<FactRow> item = new TreeItem<>(new FactRow(g, null));
            g.members().forEach(m -> item.getChildren().add(new TreeItem<>(new FactRow(g, m))));
            root.getChildren().add(item);
        }
        facts.setRoot(root);
    }

    TreeTableView<Row> quotationTable() {
        return quotations;
    }

    TreeTableView<FactRow> factTable() {
        return facts;
    }

    TabPane tabs() {
        return tabs;
    }
}
