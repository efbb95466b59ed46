package org.stemma.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's claims as CSV, one row per claim (decision record 0202): RFC 4180 with CRLF row ends, UTF-8
 * with a byte-order mark so that spreadsheets read non-Latin text right, and cells that a spreadsheet would
 * run as a formula neutralised with a leading {@code '}.
 */
public final class ClaimCsv {

    public static final List<String> COLUMNS = List.of("claim_id", "document", "title", "outlet", "date", "start",
            "end", "text", "tags", "status", "note", "counterparts", "created", "modified");
    /** Joins the several tags or counterparts of one claim in one cell. */
    public static final String LIST_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private record Contents(List<StoredDocument> documents, List<Claim> claims, List<ClaimCounterpart> counterparts) {
    }

    private ClaimCsv() {
    }

    /**
     * Writes the export to {@code file}, replacing what is there only once the export is complete.
     *
     * @return the number of claims written
     */
    public static int export(ProjectFile project, Path file) throws ProjectException, IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target) && Files.isSameFile(target, project.path())) {
            throw new IOException(target + ": is the project itself; choose another file for the export");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            int rows;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
                rows = write(project, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the byte-order mark, the header and one row per claim, by document and position. */
    public static int write(ProjectFile project, Writer out) throws ProjectException, IOException {
        Contents contents = project.view(() -> new Contents(project.documents().list(), project.claims().list(),
                project.counterparts().list()));
        Map<Long, StoredDocument> documents = contents.documents.stream()
                .collect(Collectors.toMap(StoredDocument::id, Function.identity()));
        Map<Long, List<ClaimCounterpart>> counterparts = contents.counterparts.stream()
                .filter(c -> c.review() != ClaimCounterpart.Review.REJECTED)
                .collect(Collectors.groupingBy(ClaimCounterpart::claimId));
        List<Claim> claims = contents.claims;
        out.write('\uFEFF');
        // Not closed here: the writer is the caller's.
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Claim claim : claims) {
            StoredDocument doc = documents.get(claim.documentId());
            String found = counterparts.getOrDefault(claim.id(), List.of()).stream()
                    .map(c -> documents.get(c.documentId()).name() + ":" + c.kind().name())
                    .collect(Collectors.joining(LIST_SEPARATOR));
            List<Object> row = List.of(claim.id(), doc.name(), orEmpty(doc.document().metadata().title()),
                    orEmpty(doc.document().metadata().outlet()), orEmpty(doc.document().metadata().date()),
                    claim.anchor().start(), claim.anchor().end(), claim.anchor().exact(),
                    claim.tags().stream().map(Tag::name).collect(Collectors.joining(LIST_SEPARATOR)),
                    claim.status().name(), claim.note(), found, claim.created(), claim.modified());
            printer.printRecord(row.stream().map(v -> neutralise(String.valueOf(v))));
        }
        printer.flush();
        return claims.size();
    }

    /**
     * The cell as a spreadsheet will show it without running it: one starting with {@code = + - @}, a tab
     * or a carriage return gets a leading {@code '} (OWASP's advice against CSV injection).
     */
    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
