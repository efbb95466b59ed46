package org.stemma.collation;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample articles collated: the drifted quotation and the respelled city land in the base's row. */
class SeedCollationTest {

    static Witness witness(String name) {
        return Witness.of(name, Seeds.analyzed(name));
    }

    static Passage rowContaining(Collation c, String baseWords) {
        return c.passages().stream().filter(p -> p.inBase() && p.cell(0).text().contains(baseWords)).findFirst()
                .orElseThrow(() -> new AssertionError("no base row with " + baseWords));
    }

    @Test
    void theAtlanticCouncilRowShowsImportantFor000() {
        Collation c = Collator.collate(witness(Seeds.S001), List.of(witness(Seeds.S000)));
        Passage row = rowContaining(c, "The Atlantic Council described this statement");
        Cell cell = row.cell(1);
        assertEquals(Cell.Kind.CHANGED, cell.kind());
        assertTrue(cell.text().contains("important"), cell.text());
        assertTrue(cell.edits().stream().anyMatch(e -> e.leftText().contains("meaningful") && e.rightText().contains("important")),
                cell.edits().toString());
        int word = row.cell(0).text().indexOf("meaningful");
        int changed = 0;
        for (int i = 0; i < row.baseWords().size(); i++) {
            if (row.baseWords().get(i).start() - row.cell(0).span().start() == word) {
                changed = row.changedBy().get(i);
            }
        }
        assertEquals(1, changed, "the heat on 'meaningful'");
        assertEquals(0, row.changedBy().get(0), "'The' is unchanged");
        String base = c.base().text();
        assertEquals(row.cell(0).text(), row.cell(0).span().of(base));
        assertEquals(cell.text(), cell.span().of(c.witnesses().get(1).text()));
    }

    @Test
    void kievAndKyivStandInOneRow() {
        Collation c = Collator.collate(witness(Seeds.S003), List.of(witness(Seeds.S004)));
        Passage row = c.passages().stream().filter(p -> p.inBase() && p.cell(0).text().contains("Kiev")
                        && p.cell(1).text().contains("Kyiv")).findFirst()
                .orElseThrow(() -> new AssertionError("no row with Kiev in 003 and Kyiv in 004"));
        assertTrue(row.cell(1).edits().stream().anyMatch(e -> e.leftText().contains("Kiev") && e.rightText().contains("Kyiv")));
    }
}
