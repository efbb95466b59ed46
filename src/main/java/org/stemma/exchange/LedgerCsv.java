package org.stemma.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.corpus.Metadata;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The quotation ledger as CSV, one row per article's wording of an entry: the same dialect as the claims export
 * (RFC 4180, CRLF, UTF-8 with a byte-order mark) and the same guard against cells a spreadsheet would run.
 */
public final class LedgerCsv {

    public static final List<String> COLUMNS = List.of("entry", "entry_text", "entry_speaker", "entry_flags",
            "document", "outlet", "date", "start", "end", "wording", "speaker", "quoted", "flags", "changes", "earliest");

    /** Joins the several flags or changes of one row in one cell, as the claims export does. */
    public static final String LIST_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private LedgerCsv() {
    }

    /** Writes to {@code file}, replacing it only once complete; returns the number of rows. */
    public static int export(List<LedgerEntry> ledger, Map<Long, AnalyzedDocument> articles, LongFunction<String> label,
                             Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            int rows;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
                rows = write(ledger, articles, label, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static int write(List<LedgerEntry> ledger, Map<Long, AnalyzedDocument> articles, LongFunction<String> label,
                            Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        int rows = 0;
        for (LedgerEntry e : ledger) {
            String entryFlags = flags(e.flags());
            String earliest = e.earliest() == null ? "" : label.apply(e.earliest().document());
            for (Member m : e.members()) {
                Metadata meta = articles.get(m.document()).document().metadata();
                String changes = m.changes().stream().map(c -> c.left() + " -> " + c.right())
                        .collect(Collectors.joining(LIST_SEPARATOR));
                List<Object> row = List.of(e.id(), e.text(), orEmpty(e.speaker()), entryFlags, label.apply(m.document()),
                        orEmpty(meta.outlet()), orEmpty(meta.date()), m.span().start(), m.span().end(), m.text(),
                        orEmpty(m.speaker()), m.quoted(), flags(m.flags()), changes, earliest);
                printer.printRecord(row.stream().map(v -> Sheet.neutralise(String.valueOf(v))));
                rows++;
            }
        }
        printer.flush();
        return rows;
    }

    private static String flags(java.util.Set<LedgerEntry.Flag> flags) {
        return flags.stream().map(LedgerEntry.Flag::id).sorted().collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
