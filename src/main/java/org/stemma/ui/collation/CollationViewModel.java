package org.stemma.ui.collation;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stemma.collation.Cell;
import org.stemma.collation.Collation;
import org.stemma.collation.CollationCsv;
import org.stemma.collation.CollationJson;
import org.stemma.collation.CollationTei;
import org.stemma.collation.Passage;
import org.stemma.collation.Witness;
import org.stemma.corpus.Metadata;
import org.stemma.families.PublicationDate;
import org.stemma.model.DerivationEdge;
import org.stemma.text.Span;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The collation view without its controls: rows are passages, columns the witnesses in the order and
 * with the visibility the analyst chose (the base always first and shown), each cell what it shows, the
 * column widths for the window's width (narrow strips when the columns do not fit), and what a click,
 * a tag or an export does. Column indices named {@code witness} are the collation's own (0: the base);
 * {@code position} is a place among the columns shown.
 */
public final class CollationViewModel {

    /** A column head: the outlet (or the article's name) and its date. */
    public record Column(int witness, String outlet, String date) {
        public String label() {
            return date.isEmpty() ? outlet : outlet + ", " + date;
        }
    }

    /** A row as shown: its cells in the columns' display order and how many witnesses read it otherwise. */
    public record RowView(int number, Passage passage, List<CellView> cells, double heat) {
        public boolean inBase() {
            return passage.inBase();
        }
    }

    /** What a click on a cell opens: the base and that witness side by side at the passage. */
    public record PairAt(int witness, Span base, Span other) {
    }

    /** A passage to tag as a claim, in the witness whose cell was chosen. */
    public record TagAt(int witness, Span span, String text) {
    }

    public enum Format {
        TEI("TEI parallel segmentation", "xml"), JSON("CollateX alignment table (JSON)", "json"),
        CSV("CSV, one column per witness", "csv");

        private final String description;
        private final String extension;

        Format(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }

        public String extension() {
            return extension;
        }
    }

    private final Collation collation;
    private final List<Column> columns = new ArrayList<>();
    private final List<Integer> order;
    private final Set<Integer> hidden = new HashSet<>();
    private final ObservableList<Column> shownColumns = FXCollections.observableArrayList();
    private final ObservableList<RowView> rows = FXCollections.observableArrayList();
    private final IntegerProperty hovered = new SimpleIntegerProperty(this, "hovered", -1);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 1000);
    private final ReadOnlyObjectWrapper<ColumnLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private Collation shown;

    /** Columns by date (no stemma). */
    public CollationViewModel(Collation collation) {
        this(collation, null, List.of());
    }

    /**
     * @param familyIds for each witness column, the article's id in {@code edges} (the family's member id);
     *                  {@code null} when the witnesses are no family
     * @param edges     the family's derivation edges, which give the columns' first order
     */
    public CollationViewModel(Collation collation, List<Long> familyIds, List<DerivationEdge> edges) {
        this.collation = collation;
        List<ColumnOrder.Member> members = new ArrayList<>();
        for (int i = 0; i < collation.witnesses().size(); i++) {
            Witness w = collation.witnesses().get(i);
            Metadata m = w.document().document().metadata();
            Column c = new Column(i, m.outlet() != null ? m.outlet() : w.id(), shortDate(m.date()));
            columns.add(c);
            members.add(new ColumnOrder.Member(i, familyIds == null ? -1 : familyIds.get(i), m.date(), c.outlet()));
        }
        order = new ArrayList<>(ColumnOrder.of(members, familyIds == null ? List.of() : edges));
        hovered.addListener((o, was, now) -> relayout());
        selected.addListener((o, was, now) -> relayout());
        width.addListener((o, was, now) -> relayout());
        rebuild();
    }

    public Collation collation() {
        return collation;
    }

    /** Every column, hidden ones included, in display order. */
    public List<Column> columns() {
        return order.stream().map(columns::get).toList();
    }

    /** The columns shown, in display order, the base first. */
    public ObservableList<Column> shownColumns() {
        return shownColumns;
    }

    public ObservableList<RowView> rows() {
        return rows;
    }

    public boolean isHidden(int witness) {
        return hidden.contains(witness);
    }

    /** Hides or shows a witness's column; the base stays. */
    public void setHidden(int witness, boolean hide) {
        if (witness == 0 || (hide ? !hidden.add(witness) : !hidden.remove(witness))) {
            return;
        }
        if (hide && selected.get() == witness) {
            selected.set(-1);
        }
        rebuild();
    }

    /** Moves a column one place left among those shown (never before the base). */
    public void moveLeft(int witness) {
        int p = shownPosition(witness);
        if (p > 1) {
            moveTo(witness, p - 1);
        }
    }

    public void moveRight(int witness) {
        int p = shownPosition(witness);
        if (p >= 1 && p < shownColumns.size() - 1) {
            moveTo(witness, p + 1);
        }
    }

    /** Puts a column at {@code position} among those shown (a drop); the base keeps position 0. */
    public void moveTo(int witness, int position) {
        int from = shownPosition(witness);
        int to = Math.max(1, Math.min(shownColumns.size() - 1, position));
        if (from < 1 || from == to) {
            return;
        }
        int target = shownColumns.get(to).witness();
        order.remove(Integer.valueOf(witness));
        int at = order.indexOf(target);
        order.add(to > from ? at + 1 : at, witness);
        rebuild();
    }

    /** The position among the columns shown, or -1 when hidden. */
    public int shownPosition(int witness) {
        for (int p = 0; p < shownColumns.size(); p++) {
            if (shownColumns.get(p).witness() == witness) {
                return p;
            }
        }
        return -1;
    }

    /** The witness the pointer is over (its column widens in narrow mode), or -1. */
    public IntegerProperty hoveredProperty() {
        return hovered;
    }

    /** The witness chosen (its column stays wide), or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The width the columns have in the window. */
    public DoubleProperty widthProperty() {
        return width;
    }

    public ReadOnlyObjectProperty<ColumnLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ColumnLayout layout() {
        return layout.get();
    }

    /** The pair view to open for the cell at {@code position} of {@code row}; none for the base's own column. */
    public Optional<PairAt> pairAt(RowView row, int position) {
        if (position <= 0 || position >= shownColumns.size()) {
            return Optional.empty();
        }
        Cell base = row.passage().cell(0);
        Cell other = row.passage().cell(position);
        if (!base.hasText() && !other.hasText()) {
            return Optional.empty();
        }
        return Optional.of(new PairAt(shownColumns.get(position).witness(), base.span(), other.span()));
    }

    /** The passage to tag from the cell at {@code position} of {@code row}, if the cell has wording. */
    public Optional<TagAt> tagAt(RowView row, int position) {
        Cell cell = row.passage().cell(position);
        return cell.hasText() ? Optional.of(new TagAt(shownColumns.get(position).witness(), cell.span(), cell.text()))
                : Optional.empty();
    }

    /** The original text of a witness, which cell spans index. */
    public String articleText(int witness) {
        return collation.witnesses().get(witness).document().document().text();
    }

    /** What a cell says, in words, for its tooltip and the status line. */
    public String describe(RowView row, int position) {
        Column c = shownColumns.get(position);
        CellView v = row.cells().get(position);
        String what = switch (v.kind()) {
            case SAME -> position == 0 ? "the base" : "as the base";
            case CHANGED -> "worded differently";
            case MOVED -> v.note();
            case ADDED -> position == 0 ? "not in the base" : "only in the witnesses";
            case ABSENT -> position == 0 ? "not in the base" : "lacks this passage";
            case JOINED -> v.note();
        };
        return c.label() + ": " + what;
    }

    /** One line about the whole collation. */
    public String summary() {
        long otherwise = rows.stream().filter(r -> r.passage().divergent() > 0).count();
        return "Base: " + columns.get(0).label() + " · " + (collation.witnesses().size() - 1) + " witnesses ("
                + (shownColumns.size() - 1) + " shown) · " + rows.size() + " passages, " + otherwise
                + " read otherwise by some witness";
    }

    /** Writes the collation as shown (columns in this order, hidden ones left out). */
    public void export(Format format, Writer out) throws IOException {
        switch (format) {
            case TEI -> {
                try {
                    CollationTei.write(shown, out);
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }
            case JSON -> out.write(CollationJson.write(shown));
            case CSV -> CollationCsv.write(shown, out);
        }
        out.flush();
    }

    /** The stated date to the day (and minute when stated), as a column head has room for. */
    static String shortDate(String stated) {
        PublicationDate d = PublicationDate.parse(stated);
        if (d == null) {
            return stated == null ? "" : stated;
        }
        return d.time() == null ? d.day().toString() : d.day() + " " + d.time().toLocalTime();
    }

    private void rebuild() {
        List<Integer> visible = order.stream().filter(w -> !hidden.contains(w)).toList();
        shown = collation.columns(visible);
        int others = visible.size() - 1;
        List<RowView> out = new ArrayList<>(shown.passages().size());
        for (Passage p : shown.passages()) {
            List<CellView> cells = new ArrayList<>(visible.size());
            int absent = (int) p.cells().stream().skip(1).filter(x -> x.kind() == Cell.Kind.ABSENT).count();
            cells.add(p.inBase() ? CellView.base(p.cell(0), p.baseWords(), p.changedBy(), absent, others)
                    : new CellView(Cell.Kind.ABSENT, "", List.of(), "Not in the base", 0));
            for (int i = 1; i < visible.size(); i++) {
                cells.add(CellView.witness(p.cell(i)));
            }
            out.add(new RowView(out.size() + 1, p, cells, others == 0 ? 0 : (double) p.divergent() / others));
        }
        shownColumns.setAll(visible.stream().map(columns::get).toList());
        rows.setAll(out);
        relayout();
    }

    private void relayout() {
        Set<Integer> wide = new HashSet<>(Set.of(0));
        for (int w : new int[]{selected.get(), hovered.get()}) {
            int p = w < 0 ? -1 : shownPosition(w);
            if (p >= 0) {
                wide.add(p);
            }
        }
        layout.set(ColumnLayout.of(width.get(), shownColumns.size(), wide));
    }
}
