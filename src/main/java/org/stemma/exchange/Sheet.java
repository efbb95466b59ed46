package org.stemma.exchange;

import java.util.List;

/**
 * A table to export: the same columns and rows go to CSV and to the workbook.
 *
 * @param rows each as long as {@code columns}; a cell is a {@link Number}, a {@link String} or empty ("")
 */
public record Sheet(String name, List<String> columns, List<List<Object>> rows) {

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a sheet of " + columns.size() + " columns");
            }
        }
    }

    /**
     * The cell as a spreadsheet will show it without running it: one starting with {@code = + - @}, a tab
     * or a carriage return gets a leading {@code '} (OWASP's advice against CSV injection; decision 0202).
     */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
