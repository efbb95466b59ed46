package org.stemma.ui.ledger;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.stemma.facts.FactGroup;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The Ledger and Facts views: one row per quotation entry (text, speaker, outlets, flags), expandable to
 * every outlet's wording with the changed words set apart, and one row per shared fact, expandable to each
 * article's statement of it. The view only binds to {@link LedgerViewModel}.
 */
public final class LedgerView extends BorderPane {

    /** A row: an entry, or one member of it. */
    record Row(LedgerEntry entry, Member member) {
    }

    /** A row: a fact group, or one article's statement of it. */
    record FactRow(FactGroup group, FactGroup.Member member) {
    }

    private final LedgerViewModel model;
    private final TreeTableView<Row> quotations = new TreeTableView<>();
    private final TreeTableView<FactRow> facts = new TreeTableView<>();

    public LedgerView(LedgerViewModel model) {
        this.model = model;
        CheckBox altered = new CheckBox("Altered only");
        altered.setId("ledger-altered-only");
        altered.selectedProperty().bindBidirectional(model.alteredOnlyProperty());
        ComboBox<String> speaker = choice("All speakers", model.speakers());
        speaker.setId("ledger-speaker");
        speaker.valueProperty().bindBidirectional(model.speakerProperty());
        ComboBox<String> outlet = choice("All outlets", model.outletChoices());
        outlet.setId("ledger-outlet");
        outlet.valueProperty().bindBidirectional(model.outletProperty());
        HBox filters = new HBox(10, altered, new Label("Speaker"), speaker, new Label("Outlet"), outlet);
        filters.setPadding(new Insets(6));
        setTop(filters);

        quotationColumns();
        factColumns();
        quotations.setId("ledger-quotations");
        facts.setId("ledger-facts");
        Tab q = new Tab("Quotations", quotations);
        Tab f = new Tab("Facts", facts);
        TabPane tabs = new TabPane(q, f);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        model.entries().addListener((ListChangeListener<LedgerEntry>) c -> fillQuotations());
        model.facts().addListener((ListChangeListener<FactGroup>) c -> fillFacts());
        fillQuotations();
        fillFacts();
    }

    private static ComboBox<String> choice(String prompt, javafx.collections.ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setPromptText(prompt);
        box.setEditable(false);
        return box;
    }

    private void quotationColumns() {
        TreeTableColumn<Row, Row> text = new TreeTableColumn<>("Quotation");
        text.setPrefWidth(640);
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        text.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : wording(row));
            }
        });
        TreeTableColumn<Row, String> speaker = column("Speaker", 170, r -> r.member == null
                ? orDash(r.entry.speaker()) : orDash(r.member.speaker()));
        TreeTableColumn<Row, String> outlets = column("Outlets", 220, r -> r.member == null
                ? model.outletsOf(r.entry) : model.outletOf(r.member.document()));
        TreeTableColumn<Row, String> flags = column("Flags", 200, r -> flags(r.member == null
                ? r.entry.flags().stream().map(LedgerEntry.Flag::id).toList()
                : r.member.flags().stream().map(LedgerEntry.Flag::id).toList()));
        quotations.getColumns().setAll(java.util.List.of(text, speaker, outlets, flags));
        quotations.setShowRoot(false);
    }

    private Node wording(Row row) {
        if (row.member == null) {
            Text text = new Text(row.entry.text().replaceAll("\\s+", " "));
            text.getStyleClass().add("ledger-text"); // coloured by the theme (stemma.css)
            return text;
        }
        return Wording.of(row.member, model.text(row.member.document()));
    }

    private void factColumns() {
        TreeTableColumn<FactRow, String> value = new TreeTableColumn<>("Fact");
        value.setPrefWidth(360);
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().member == null
                ? c.getValue().getValue().group.type().id() + ": " + c.getValue().getValue().group.value()
                + (c.getValue().getValue().group.unit() == null ? "" : " " + c.getValue().getValue().group.unit())
                : c.getValue().getValue().member.fact().text()));
        TreeTableColumn<FactRow, String> outlets = new TreeTableColumn<>("Outlets");
        outlets.setPrefWidth(320);
        outlets.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().member == null
                ? String.join(", ", c.getValue().getValue().group.members().stream().map(FactGroup.Member::document)
                .distinct().map(model::outletOf).toList())
                : model.outletOf(c.getValue().getValue().member.document())));
        TreeTableColumn<FactRow, String> flags = new TreeTableColumn<>("Flags");
        flags.setPrefWidth(220);
        flags.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().member == null
                ? flags(c.getValue().getValue().group.flags().stream().map(FactGroup.Flag::id).toList()) : ""));
        facts.getColumns().setAll(java.util.List.of(value, outlets, flags));
        facts.setShowRoot(false);
    }

    private static TreeTableColumn<Row, String> column(String name, double width, java.util.function.Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue().getValue())));
        return c;
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

    private static String flags(Collection<String> flags) {
        return flags.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    TreeTableView<Row> quotationTable() {
        return quotations;
    }

    TreeTableView<FactRow> factTable() {
        return facts;
    }
}
