package org.stemma.collation;

import org.junit.jupiter.api.Test;
import org.stemma.align.Change;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source and eight copies with known edits: each edit in its row and column; order of witnesses irrelevant. */
class DerivedCollationTest {

    private final Collation collation = Collator.collate(DerivedFamily.source(), DerivedFamily.witnesses());

    private Passage row(int sourceSentence) {
        String words = DerivedFamily.SOURCE.get(sourceSentence);
        return collation.passages().stream().filter(p -> p.inBase() && p.cell(0).text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for source sentence " + sourceSentence));
    }

    private Cell cell(int sourceSentence, String copy) {
        return row(sourceSentence).cell(collation.column(copy));
    }

    private static boolean edited(Cell cell, String from, String to) {
        return cell.edits().stream().anyMatch(e -> e.leftText().contains(from) && e.rightText().contains(to));
    }

    @Test
    void everySourceSentenceIsARowInOrder() {
        List<Passage> base = collation.passages().stream().filter(Passage::inBase).toList();
        List<String> expected = new ArrayList<>(List.of(DerivedFamily.HEADLINE));
        expected.addAll(DerivedFamily.SOURCE);
        assertEquals(expected, base.stream().map(p -> p.cell(0).text()).toList());
        assertEquals(9, collation.witnesses().size());
    }

    @Test
    void eachKnownEditLandsInItsRowAndColumn() {
        assertTrue(edited(cell(2, "c1-word"), "told reporters", "said"));
        assertEquals(Cell.Kind.ABSENT, cell(5, "c2-dropped").kind());
        assertTrue(edited(cell(3, "c5-number"), "40", "60"));
        assertTrue(edited(cell(10, "c8-added-date"), "Wednesday", "Thursday"));
        assertEquals(Cell.Kind.CHANGED, cell(8, "c7-paraphrase").kind());
        assertTrue(cell(8, "c7-paraphrase").text().startsWith("Four hundred soldiers"));
        for (int s = 0; s < DerivedFamily.SOURCE.size(); s++) {
            if (s != 2) {
                assertEquals(Cell.Kind.SAME, cell(s, "c1-word").kind(), "c1 changes only sentence 2, not " + s);
            }
        }
    }

    @Test
    void aLookalikeSpellingReadsTheSameAfterFoldingButKeepsItsLetters() {
        Cell spun = cell(4, "c6-lookalike");
        assertEquals(Cell.Kind.SAME, spun.kind());
        assertTrue(spun.text().contains("Dr\u0435sd\u0435n"));
        Witness w = collation.witnesses().get(collation.column("c6-lookalike"));
        assertEquals(spun.text(), spun.span().of(w.text()));
    }

    @Test
    void theAddedSentenceIsOneRowAfterItsBaseSentenceForBothCopiesThatCarryIt() {
        List<Passage> added = collation.passages().stream().filter(p -> !p.inBase()).toList();
        assertEquals(1, added.size(), "one witness-only row");
        Passage row = added.get(0);
        assertEquals(row(2).baseSentence(), row.after());
        int index = collation.passages().indexOf(row);
        assertEquals(DerivedFamily.SOURCE.get(2), collation.passages().get(index - 1).cell(0).text());
        for (int i = 0; i < collation.witnesses().size(); i++) {
            String id = collation.witnesses().get(i).id();
            boolean carries = id.equals("c3-added") || id.equals("c8-added-date");
            assertEquals(carries ? Cell.Kind.ADDED : Cell.Kind.ABSENT, row.cell(i).kind(), id);
            if (carries) {
                assertEquals(DerivedFamily.ADDED, row.cell(i).text());
            }
        }
    }

    @Test
    void aMovedPassageIsAMoveAndTheRestStaysInOrder() {
        Cell moved = cell(6, "c4-moved");
        assertEquals(Cell.Kind.MOVED, moved.kind());
        assertEquals(DerivedFamily.SOURCE.get(6), moved.text());
        Witness w = collation.witnesses().get(collation.column("c4-moved"));
        assertEquals(w.document().sentences().size() - 1, moved.at(), "it stands last in the copy");
        for (int s = 0; s < DerivedFamily.SOURCE.size(); s++) {
            if (s != 6) {
                assertEquals(Cell.Kind.SAME, cell(s, "c4-moved").kind(), "sentence " + s);
            }
        }
        assertTrue(collation.passages().stream().noneMatch(p -> !p.inBase() && p.cell(collation.column("c4-moved")).hasText()),
                "a moved sentence is no witness-only row");
    }

    @Test
    void theHeatCountsTheWitnessesThatChangedOrLackEachWord() {
        Passage dropped = row(5);
        assertTrue(dropped.changedBy().stream().allMatch(n -> n == 1), dropped.changedBy().toString());
        Passage date = row(10);
        String base = collation.base().text();
        for (int i = 0; i < date.baseWords().size(); i++) {
            String word = date.baseWords().get(i).of(base);
            assertEquals(word.equals("Wednesday") ? 1 : 0, date.changedBy().get(i), word);
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheWitnesses() {
        List<Witness> witnesses = new ArrayList<>(DerivedFamily.witnesses());
        String expected = signature(Collator.collate(DerivedFamily.source(), witnesses));
        Random random = new Random(17);
        for (int round = 0; round < 6; round++) {
            Collections.shuffle(witnesses, random);
            assertEquals(expected, signature(Collator.collate(DerivedFamily.source(), witnesses)), "order " + round);
        }
        Collections.reverse(witnesses);
        assertEquals(expected, signature(Collator.collate(DerivedFamily.source(), witnesses)));
    }

    /** Every row's cells by witness id, with kinds, offsets and changes: all but the column order. */
    static String signature(Collation c) {
        StringBuilder b = new StringBuilder();
        for (Passage p : c.passages()) {
            b.append(p.baseSentence()).append('/').append(p.after()).append(p.changedBy()).append('\n');
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < c.witnesses().size(); i++) {
                columns.add(i);
            }
            columns.sort((x, y) -> c.witnesses().get(x).id().compareTo(c.witnesses().get(y).id()));
            for (int i : columns) {
                Cell cell = p.cell(i);
                b.append("  ").append(c.witnesses().get(i).id()).append(' ').append(cell.kind()).append(' ')
                        .append(cell.span()).append(' ').append(cell.at()).append(' ')
                        .append(cell.changes().stream().map(Change::toString).collect(Collectors.joining(";"))).append('\n');
            }
        }
        return b.toString();
    }
}
