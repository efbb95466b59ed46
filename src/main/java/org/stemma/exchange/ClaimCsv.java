package org.stemma.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A project's claims as CSV (decision records 0202, 1201 and 1431): RFC 4180 with CRLF row ends, UTF-8 with a
 * byte-order mark so that Excel reads non-Latin text right, and cells that a spreadsheet would run as a
 * formula neutralised with a leading {@code '}. Three shapes: one row per claim ({@link ClaimTables#claims}),
 * the long form, one row per claim and article ({@link ClaimTables#counterparts}), and the tag tree
 * ({@link ClaimTables#tags}).
 */
public final class ClaimCsv {

    private ClaimCsv() {
    }

    /** Writes one row per claim to {@code file}, replacing what is there only once complete; returns the rows. */
    public static int export(ProjectFile project, Path file) throws ProjectException, IOException {
        Sheet sheet = ClaimTables.claims(Evidence.read(project));
        return ExportFile.write(file, project.path(), out -> write(sheet, out));
    }

    /** Writes the long form (one row per claim and article) to {@code file}; returns the rows. */
    public static int exportCounterparts(ProjectFile project, Path file) throws ProjectException, IOException {
        Sheet sheet = ClaimTables.counterparts(Evidence.read(project));
        return ExportFile.write(file, project.path(), out -> write(sheet, out));
    }

    /** Writes the tag tree (one row per tag, with its path and memo: {@link ClaimTables#tags}); returns the rows. */
    public static int exportTags(ProjectFile project, Path file) throws ProjectException, IOException {
        Sheet sheet = ClaimTables.tags(Evidence.read(project));
        return ExportFile.write(file, project.path(), out -> write(sheet, out));
    }

    /** Writes the byte-order mark, the header and the rows, and flushes. */
    public static int write(Sheet sheet, java.io.OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write(sheet, out);
        out.flush();
        return sheet.rows().size();
    }

    /** Writes the byte-order mark, the header and the rows to the caller's writer (not closed). */
    public static void write(Sheet sheet, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(sheet.columns().toArray(String[]::new)).get());
        for (var row : sheet.rows()) {
            printer.printRecord(row.stream().map(v -> Sheet.neutralise(String.valueOf(v))));
        }
        printer.flush();
    }

    /** See {@link Sheet#neutralise}. */
    public static String neutralise(String cell) {
        return Sheet.neutralise(cell);
    }
}
