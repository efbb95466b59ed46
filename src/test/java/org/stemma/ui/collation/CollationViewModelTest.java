package org.stemma.ui.collation;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.collation.Cell;
import org.stemma.collation.Collation;
import org.stemma.collation.Collator;
import org.stemma.collation.DerivedFamily;
import org.stemma.collation.ManyWitnesses;
import org.stemma.collation.Witness;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collation view's model, without a toolkit: on the seeds, on a derived family, and at 50 witnesses. */
class CollationViewModelTest {

    private static Witness seed(String name) {
        return Witness.of(name, Seeds.analyzed(name));
    }

    private static CollationViewModel.RowView row(CollationViewModel vm, String baseWords) {
        return vm.rows().stream().filter(r -> r.cells().get(0).text().contains(baseWords)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + baseWords));
    }

    private static List<String> marked(CellView cell) {
        return cell.marks().stream().filter(m -> !m.omission()).map(m -> cell.text().substring(m.start(), m.end())).toList();
    }

    @Test
    void theAtlanticCouncilRowShowsImportantFor000AndShadesMeaningful() {
        CollationViewModel vm = new CollationViewModel(Collator.collate(seed(Seeds.S001), List.of(seed(Seeds.S000))));
        CollationViewModel.RowView row = row(vm, "The Atlantic Council described this statement");
        CellView witness = row.cells().get(1);
        assertEquals(Cell.Kind.CHANGED, witness.kind());
        assertTrue(witness.text().contains("important"), witness.text());
        assertTrue(marked(witness).contains("important"), "the changed word is highlighted: " + marked(witness));
        assertFalse(marked(witness).contains("Atlantic"), "an unchanged word is not");
        CellView base = row.cells().get(0);
        CellView.Mark meaningful = base.marks().stream()
                .filter(m -> base.text().substring(m.start(), m.end()).equals("meaningful")).findFirst().orElseThrow();
        assertEquals(1.0, meaningful.shade(), "the one witness changed it");
        assertEquals(1.0, row.heat());
        assertTrue(witness.divergence() > 0 && witness.divergence() < 1, "a few words of a long sentence: " + witness.divergence());
        assertEquals("The BOL News", vm.shownColumns().get(1).outlet());
    }

    @Test
    void kievAndKyivInOneRow() {
        CollationViewModel vm = new CollationViewModel(Collator.collate(seed(Seeds.S003), List.of(seed(Seeds.S004))));
        CollationViewModel.RowView row = vm.rows().stream().filter(r -> r.cells().get(0).text().contains("Kiev")
                && r.cells().get(1).text().contains("Kyiv")).findFirst().orElseThrow();
        assertTrue(marked(row.cells().get(1)).stream().anyMatch(w -> w.contains("Kyiv")), marked(row.cells().get(1)).toString());
        CellView base = row.cells().get(0);
        assertTrue(base.marks().stream().anyMatch(m -> base.text().substring(m.start(), m.end()).contains("Kiev")));
    }

    private static CollationViewModel family() {
        List<Witness> copies = DerivedFamily.copies().stream().map(c -> DerivedFamily.witness(c.name(), c.sentences())).toList();
        return new CollationViewModel(Collator.collate(DerivedFamily.source(), copies));
    }

    private static List<String> ids(CollationViewModel vm) {
        return vm.shownColumns().stream().map(c -> vm.collation().witnesses().get(c.witness()).id()).toList();
    }

    @Test
    void columnsAreHiddenAndTheirOnlyPassagesGoWithThem() {
        CollationViewModel vm = family();
        String added = "Schools in the affected districts";
        assertTrue(vm.rows().stream().anyMatch(r -> !r.inBase() && r.cells().stream().anyMatch(c -> c.text().contains(added))));
        int rows = vm.rows().size();
        int c3 = vm.collation().column("c3-added");
        int c8 = vm.collation().column("c8-added-date");
        vm.setHidden(c3, true);
        assertFalse(ids(vm).contains("c3-added"));
        assertEquals(8, vm.shownColumns().size());
        assertEquals(rows, vm.rows().size(), "c8 still carries the added sentence");
        vm.setHidden(c8, true);
        assertEquals(rows - 1, vm.rows().size(), "no shown witness carries it now");
        vm.setHidden(0, true);
        assertEquals("source", ids(vm).get(0), "the base cannot be hidden");
        vm.setHidden(c3, false);
        assertTrue(ids(vm).contains("c3-added"));
        assertEquals(rows, vm.rows().size());
    }

    @Test
    void columnsMoveLeftRightAndByDropButTheBaseStaysFirst() throws Exception {
        CollationViewModel vm = family();
        List<String> before = ids(vm);
        int second = vm.shownColumns().get(2).witness();
        vm.moveLeft(second);
        assertEquals(before.get(2), ids(vm).get(1));
        assertEquals(before.get(1), ids(vm).get(2));
        vm.moveLeft(second);
        assertEquals(before.get(2), ids(vm).get(1), "never before the base");
        vm.moveRight(second);
        assertEquals(before, ids(vm));
        int last = vm.shownColumns().get(8).witness();
        vm.moveTo(last, 1);
        assertEquals(before.get(8), ids(vm).get(1));
        assertEquals(before.get(1), ids(vm).get(2));
        CollationViewModel.RowView row = vm.rows().get(1);
        assertEquals(row.passage().cell(1).text(), row.cells().get(1).text(), "cells follow their columns");
        StringWriter csv = new StringWriter();
        vm.export(CollationViewModel.Format.CSV, csv);
        String header = csv.toString().lines().findFirst().orElseThrow();
        assertTrue(header.indexOf(before.get(8)) < header.indexOf(before.get(1)), "the export follows the view: " + header);
        vm.setHidden(vm.collation().column("c5-number"), true);
        StringWriter json = new StringWriter();
        vm.export(CollationViewModel.Format.JSON, json);
        assertFalse(json.toString().contains("c5-number"), "hidden columns are left out of the export");
    }

    @Test
    void aHiddenWitnessNoLongerHeatsTheBaseWord() {
        CollationViewModel vm = family();
        CollationViewModel.RowView row = row(vm, "Forecasters expect a further 40 millimetres");
        assertTrue(row.heat() > 0);
        vm.setHidden(vm.collation().column("c5-number"), true);
        row = row(vm, "Forecasters expect a further 40 millimetres");
        assertEquals(0, row.heat(), "only c5 changed the number");
        assertTrue(row.cells().get(0).marks().isEmpty());
        CollationViewModel.RowView dropped = row(vm, "Engineers from the national water authority");
        assertTrue(dropped.heat() > 0, "c2 lacks it");
        assertTrue(dropped.cells().get(vm.shownPosition(vm.collation().column("c2-dropped"))).blank());
        assertTrue(dropped.cells().get(0).marks().isEmpty(), "a witness lacking the passage shades no single word");
    }

    @Test
    void fiftyWitnessesNarrowToStripsAndWidenOnHoverAndSelection() {
        List<Witness> all = ManyWitnesses.of(600, 7);
        Collation c = Collator.collate(all.get(0), all.subList(1, all.size()));
        CollationViewModel vm = new CollationViewModel(c);
        vm.widthProperty().set(1300);
        ColumnLayout layout = vm.layout();
        assertTrue(layout.narrow());
        assertEquals(51, layout.widths().length);
        assertFalse(layout.isStrip(0), "the base keeps its text");
        for (int p = 1; p < 51; p++) {
            assertTrue(layout.isStrip(p));
        }
        double total = java.util.Arrays.stream(layout.widths()).sum();
        assertTrue(total <= 1300, "fits: " + total);
        int w = vm.shownColumns().get(17).witness();
        vm.hoveredProperty().set(w);
        assertFalse(vm.layout().isStrip(17), "hovered: widened");
        assertTrue(vm.layout().widths()[17] >= ColumnLayout.READABLE, vm.layout().toString());
        assertTrue(vm.layout().isStrip(16) && vm.layout().isStrip(18));
        int chosen = vm.shownColumns().get(30).witness();
        vm.selectedProperty().set(chosen);
        vm.hoveredProperty().set(-1);
        assertFalse(vm.layout().isStrip(30), "selected: stays wide");
        assertTrue(vm.layout().isStrip(17));
        assertEquals(30, vm.layout().positionAt(java.util.Arrays.stream(vm.layout().widths()).limit(30).sum() + 3));
        for (int i = 1; i <= 46; i++) {
            vm.setHidden(vm.shownColumns().get(vm.shownColumns().size() - 1).witness(), true);
        }
        assertEquals(5, vm.shownColumns().size());
        assertFalse(vm.layout().narrow(), "five columns fit at a readable width");
        CellView spun = vm.rows().stream().filter(r -> r.inBase()).findFirst().orElseThrow().cells().get(1);
        assertTrue(Set.of(Cell.Kind.SAME, Cell.Kind.CHANGED).contains(spun.kind()));
    }

    @Test
    void aClickOpensTheBaseAndThatWitnessAtThePassage() {
        CollationViewModel vm = new CollationViewModel(Collator.collate(seed(Seeds.S001), List.of(seed(Seeds.S000))));
        CollationViewModel.RowView row = row(vm, "The Atlantic Council described this statement");
        CollationViewModel.PairAt pair = vm.pairAt(row, 1).orElseThrow();
        assertEquals(1, pair.witness());
        assertEquals(row.passage().cell(0).span(), pair.base());
        assertEquals(row.passage().cell(1).span(), pair.other());
        assertTrue(vm.pairAt(row, 0).isEmpty(), "the base with itself is no pair");
        CollationViewModel.TagAt tag = vm.tagAt(row, 1).orElseThrow();
        assertTrue(tag.text().contains("important"));
        assertEquals(1, tag.witness());
    }
}
