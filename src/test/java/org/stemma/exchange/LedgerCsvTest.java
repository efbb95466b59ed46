package org.stemma.exchange;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.quotes.Ledger;
import org.stemma.quotes.LedgerEntry;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerCsvTest {

    private static final AnalyzedDocument D000 = Seeds.analyzed(Seeds.S000);
    private static final AnalyzedDocument D001 = Seeds.analyzed(Seeds.S001);

    private static List<LedgerEntry> ledger() {
        return Ledger.build(List.of(Ledger.Source.of(0, D000), Ledger.Source.of(1, D001)));
    }

    @Test
    void csvRowsAreGuardedAgainstFormulas() throws Exception {
        List<LedgerEntry> ledger = ledger();
        StringWriter out = new StringWriter();
        int rows = LedgerCsv.write(ledger, Map.of(0L, D000, 1L, D001), id -> "=HYPERLINK(" + id + ")", out);
        assertEquals(ledger.stream().mapToInt(e -> e.members().size()).sum(), rows);
        assertTrue(out.toString().startsWith("\uFEFFentry,entry_text"));
        assertTrue(out.toString().contains("'=HYPERLINK(0)"));
        assertFalse(out.toString().contains(",=HYPERLINK"));
    }
}
