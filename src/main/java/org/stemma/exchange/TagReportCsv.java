package org.stemma.exchange;

import org.stemma.claims.TagReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Tags report's tables as sheets, and one of them as CSV in the claims export's dialect (BOM, CRLF,
 * formula cells neutralised: {@link ClaimCsv#write(Sheet, java.io.OutputStream)}). Tags are written as
 * their paths from the top ("Politics › Kremlin"), so that a child is read with its parent.
 */
public final class TagReportCsv {

    /** The report's four tables, in the order the window shows them. */
    public enum Table {
        TAGS("Tags"), ARTICLES("By article"), OUTLETS("By outlet"), CO_OCCURRENCE("Co-occurrence");

        private final String title;

        Table(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private TagReportCsv() {
    }

    public static Sheet sheet(TagReport report, Table table) {
        List<List<Object>> rows = new ArrayList<>();
        return switch (table) {
            case TAGS -> {
                report.tags().forEach(t -> rows.add(List.of(t.path(), t.tag().name(), t.direct(), t.claims(),
                        t.articles(), t.outlets(), t.tag().memo())));
                yield new Sheet(table.title(), List.of("tag", "name", "direct_claims", "claims", "articles",
                        "outlets", "memo"), rows);
            }
            case ARTICLES -> {
                report.articles().forEach(a -> rows.add(List.of(a.documentId(), a.article(), a.outlet(), a.path(),
                        a.claims())));
                yield new Sheet(table.title(), List.of("document_id", "article", "outlet", "tag", "claims"), rows);
            }
            case OUTLETS -> {
                report.outlets().forEach(o -> rows.add(List.of(o.outlet(), o.path(), o.claims(), o.articles())));
                yield new Sheet(table.title(), List.of("outlet", "tag", "claims", "articles"), rows);
            }
            case CO_OCCURRENCE -> {
                report.coOccurrences().forEach(c -> rows.add(List.of(c.firstPath(), c.secondPath(), c.claims())));
                yield new Sheet(table.title(), List.of("tag", "other_tag", "claims"), rows);
            }
        };
    }

    /**
     * Writes one table to {@code file}, replacing what is there only once complete; returns the rows.
     *
     * @param project the open project's file, refused as a target
     */
    public static int export(TagReport report, Table table, Path file, Path project) throws IOException {
        Sheet sheet = sheet(report, table);
        return ExportFile.write(file, project, out -> ClaimCsv.write(sheet, out));
    }
}
