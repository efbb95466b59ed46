package org.stemma.exchange;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The claims as an Excel workbook (decision records 1201, 1431): the sheet "Claims" (one row per claim), the
 * sheet "Counterparts" (one row per claim and article) and the sheet "Tags" (one row per tag, with its path
 * and memo), the same columns as the CSV exports, a bold frozen
 * header, numbers as numbers, and the same formula guard as the CSV. A workbook opens in Excel and
 * LibreOffice with no import dialog and no question of character set.
 */
public final class ClaimXlsx {

    /** Excel's limit on the characters of one cell; longer text is cut there and marked. */
    static final int MAX_CELL = 32_767;
    /** Column widths in characters: the passages and the evidence wide enough to read, the rest narrow. */
    private static final Map<String, Double> WIDTHS = Map.ofEntries(
            Map.entry("text", 60.0), Map.entry("claim_text", 60.0), Map.entry("counterparts", 70.0),
            Map.entry("note", 40.0), Map.entry("title", 40.0), Map.entry("changed_words", 40.0),
            Map.entry("document", 28.0), Map.entry("outlet", 20.0), Map.entry("tags", 24.0),
            Map.entry("created", 24.0), Map.entry("tag_paths", 36.0), Map.entry("article_memo", 40.0),
            Map.entry("memo", 50.0), Map.entry("tag", 36.0));

    private ClaimXlsx() {
    }

    /** Writes the workbook to {@code file}, replacing what is there only once complete; returns the claims. */
    public static int export(ProjectFile project, Path file) throws ProjectException, IOException {
        Evidence evidence = Evidence.read(project);
        List<Sheet> sheets = List.of(ClaimTables.claims(evidence), ClaimTables.counterparts(evidence),
                ClaimTables.tags(evidence));
        ExportFile.write(file, project.path(), out -> {
            write(sheets, out);
            return null;
        });
        return evidence.claims().size();
    }

    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Stemma", "1.0");
        for (Sheet sheet : sheets) {
            Worksheet ws = workbook.newWorksheet(sheet.name());
            for (int c = 0; c < sheet.columns().size(); c++) {
                ws.value(0, c, sheet.columns().get(c));
            }
            ws.range(0, 0, 0, sheet.columns().size() - 1).style().bold().set();
            for (int c = 0; c < sheet.columns().size(); c++) {
                ws.width(c, WIDTHS.getOrDefault(sheet.columns().get(c), 12.0));
            }
            ws.freezePane(0, 1);
            for (int r = 0; r < sheet.rows().size(); r++) {
                List<Object> row = sheet.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else {
                        String s = Sheet.neutralise(String.valueOf(v));
                        if (!s.isEmpty()) {
                            ws.value(r + 1, c, fitted(s));
                        }
                    }
                }
            }
            ws.finish();
        }
        workbook.finish();
    }

    private static String fitted(String s) {
        if (s.length() <= MAX_CELL) {
            return s;
        }
        int cut = MAX_CELL - 1;
        return s.substring(0, Character.isHighSurrogate(s.charAt(cut - 1)) ? cut - 1 : cut) + "…";
    }
}
