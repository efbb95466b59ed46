package org.stemma.ui.ledger;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.stemma.facts.FactGroup;
import org.stemma.quotes.LedgerEntry;
import org.stemma.ui.ledger.LedgerView.FactRow;
import org.stemma.ui.ledger.LedgerView.Row;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the Quotations and Facts tables: what an entry's row and a wording's row each say. */
final class LedgerColumns {

    private LedgerColumns() {
    }

    static List<TreeTableColumn<Row, ?>> quotations(LedgerViewModel model) {
        TreeTableColumn<Row, Row> text = new TreeTableColumn<>("Quotation");
        text.setPrefWidth(620);
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        text.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else if (row.member() == null) {
                    setGraphic(null);
                    setText(row.entry().text().replaceAll("\\s+", " "));
                    setTooltip(new Tooltip(getText()));
                } else {
                    setText(null);
                    setGraphic(wording(model.wording(row.member())));
                    setTooltip(new Tooltip(row.member().text().replaceAll("\\s+", " ")));
                }
            }
        });
        TreeTableColumn<Row, String> speaker = column("Speaker", 170, r -> r.member() == null
                ? orDash(r.entry().speaker()) : orDash(r.member().speaker()));
        TreeTableColumn<Row, String> outlets = column("Outlets", 220, r -> r.member() == null
                ? model.outletsOf(r.entry()) : model.outletOf(r.member().document()));
        TreeTableColumn<Row, String> flags = column("Flags", 170, r -> flags(r.member() == null
                ? r.entry().flags().stream().map(LedgerColumns::flagName).toList()
                : r.member().flags().stream().map(LedgerColumns::flagName).toList()));
        return List.of(text, speaker, outlets, flags);
    }

    /** One line of Text nodes: a TextFlow in a tree-table cell measured rows far too tall. */
    private static HBox wording(List<Wording.Piece> pieces) {
        HBox line = new HBox();
        line.getStyleClass().add("ledger-wording");
        for (Wording.Piece p : pieces) {
            Text t = new Text(p.text());
            t.getStyleClass().add(p.changed() ? "ledger-changed" : "ledger-plain");
            line.getChildren().add(t);
        }
        return line;
    }

    private static String flagName(LedgerEntry.Flag f) {
        return switch (f) {
            case REATTRIBUTED -> "re-attributed";
            case INDIRECT -> "turned indirect";
            default -> f.id();
        };
    }

    static List<TreeTableColumn<FactRow, ?>> facts(LedgerViewModel model) {
        TreeTableColumn<FactRow, String> wording = factColumn("Fact", 420, r -> r.member() == null
                ? wordings(r.group()) : r.member().fact().text());
        TreeTableColumn<FactRow, String> kind = factColumn("Kind", 90, r -> r.member() == null ? r.group().type().id() : "");
        TreeTableColumn<FactRow, String> value = factColumn("Value", 200, r -> r.member() == null
                ? r.group().value() + (r.group().unit() == null ? "" : " " + r.group().unit())
                : r.member().fact().value() + (r.member().fact().unit() == null ? "" : " " + r.member().fact().unit()));
        TreeTableColumn<FactRow, String> outlets = factColumn("Outlets", 320, r -> r.member() == null
                ? model.outletsOf(r.group()) : model.outletOf(r.member().document()));
        TreeTableColumn<FactRow, String> flags = factColumn("Flags", 170, r -> r.member() == null
                ? flags(r.group().flags().stream().map(f -> f.id().replace('-', ' ')).toList()) : "");
        return List.of(wording, kind, value, outlets, flags);
    }

    /**
     * A fact's different wordings: "5,000 · five thousand", "Kyiv · Kiev". A name is told apart by its folded
     * form, so a copy that disguised its letters does not list "Kazakhstan" twice.
     */
    private static String wordings(FactGroup g) {
        java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (FactGroup.Member m : g.members()) {
            String text = m.fact().text().replaceAll("\\s+", " ");
            byKey.putIfAbsent(g.type() == org.stemma.facts.Fact.Type.NAME ? m.fact().value() : text, text);
        }
        return String.join(" · ", byKey.values());
    }

    private static TreeTableColumn<Row, String> column(String name, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue().getValue())));
        return c;
    }

    private static TreeTableColumn<FactRow, String> factColumn(String name, double width, Function<FactRow, String> value) {
        TreeTableColumn<FactRow, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue().getValue())));
        return c;
    }

    private static String flags(Collection<String> flags) {
        return flags.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
