package org.stemma.collation;

import org.stemma.exchange.ClaimCsv;
import org.stemma.exchange.Sheet;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The collation as CSV, one row per passage and one column per witness (the base first), written as the
 * claims CSV is (UTF-8 with a byte-order mark, RFC 4180, formula cells neutralised; decision 0202).
 */
public final class CollationCsv {

    static final String MOVED = "[moved] ";
    static final String JOINED = "[in the row above]";

    private CollationCsv() {
    }

    public static Sheet sheet(Collation c) {
        List<String> columns = new ArrayList<>(List.of("row", "passage", "divergent"));
        c.witnesses().forEach(w -> columns.add(w.id() + (w.label().equals(w.id()) ? "" : " (" + w.label() + ")")));
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (Passage p : c.passages()) {
            List<Object> row = new ArrayList<>(List.of(++n, p.inBase() ? "base" : "added", p.divergent()));
            for (Cell cell : p.cells()) {
                row.add(switch (cell.kind()) {
                    case ABSENT -> "";
                    case JOINED -> JOINED;
                    case MOVED -> MOVED + cell.text();
                    default -> cell.text();
                });
            }
            rows.add(row);
        }
        return new Sheet("collation", columns, rows);
    }

    public static void write(Collation c, Writer out) throws IOException {
        ClaimCsv.write(sheet(c), out);
        out.flush();
    }
}
