package org.stemma.collation;

import com.google.gson.GsonBuilder;
import org.stemma.align.Change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collation as a CollateX-style alignment table: {@code {"witnesses":[ids], "table":[rows]}}, each row
 * one cell per witness, a cell an array holding the witness's reading as one token ({@code "t"}), empty
 * where the witness lacks the passage. Stemma's additions sit beside (labels, base, rows with the heat)
 * and inside the tokens (kind, offsets into the witness's text, changes), so CollateX readers still read it.
 */
public final class CollationJson {

    private CollationJson() {
    }

    public static String write(Collation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("witnesses", c.witnesses().stream().map(Witness::id).toList());
        out.put("labels", c.witnesses().stream().map(Witness::label).toList());
        out.put("base", c.base().id());
        List<List<List<Map<String, Object>>>> table = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Passage p : c.passages()) {
            table.add(p.cells().stream().map(CollationJson::cell).toList());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("passage", p.inBase() ? "base" : "added");
            row.put(p.inBase() ? "baseSentence" : "after", p.inBase() ? p.baseSentence() : p.after());
            row.put("divergent", p.divergent());
            if (p.inBase()) {
                row.put("changedBy", p.changedBy());
            }
            rows.add(row);
        }
        out.put("table", table);
        out.put("rows", rows);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(out);
    }

    private static List<Map<String, Object>> cell(Cell cell) {
        if (cell.kind() == Cell.Kind.ABSENT) {
            return List.of();
        }
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("t", cell.text());
        token.put("kind", cell.kind().id());
        if (cell.hasText()) {
            token.put("start", cell.span().start());
            token.put("end", cell.span().end());
        }
        if (cell.kind() == Cell.Kind.MOVED) {
            token.put("at", cell.at());
        }
        if (!cell.changes().isEmpty()) {
            token.put("changes", cell.changes().stream().map(CollationJson::change).toList());
        }
        return List.of(token);
    }

    private static Map<String, Object> change(Change ch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", ch.kind().id());
        m.put("base", ch.leftText());
        m.put("witness", ch.rightText());
        m.put("baseStart", ch.left().start());
        m.put("baseEnd", ch.left().end());
        m.put("start", ch.right().start());
        m.put("end", ch.right().end());
        return m;
    }
}
