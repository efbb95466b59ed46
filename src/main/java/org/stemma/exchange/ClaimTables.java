package org.stemma.exchange;

import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.corpus.Metadata;
import org.stemma.store.StoredDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The claims as tables: one row per claim, and the long form, one row per claim and article. */
public final class ClaimTables {

    public static final List<String> CLAIM_COLUMNS = List.of("claim_id", "document", "title", "outlet", "date",
            "start", "end", "text", "tags", "status", "note", "counterparts", "created", "modified");
    public static final List<String> COUNTERPART_COLUMNS = List.of("claim_id", "claim_text", "tags", "status",
            "document", "outlet", "title", "date", "kind", "changed_words", "review", "start", "end", "text");
    /** Joins the several tags of one claim in one cell. */
    public static final String LIST_SEPARATOR = "; ";
    /** The long form's kind for the article the claim was marked in. */
    public static final String CLAIMED = "claimed";

    private ClaimTables() {
    }

    /** One row per claim, by document and position; {@code counterparts} is {@link Evidence#evidenceCell}. */
    public static Sheet claims(Evidence evidence) {
        List<List<Object>> rows = new ArrayList<>();
        for (Claim claim : evidence.claims()) {
            StoredDocument doc = evidence.document(claim.documentId());
            Metadata m = doc.document().metadata();
            rows.add(List.of(claim.id(), doc.name(), orEmpty(m.title()), orEmpty(m.outlet()), orEmpty(m.date()),
                    claim.anchor().start(), claim.anchor().end(), claim.anchor().exact(), tags(claim),
                    claim.status().name(), claim.note(), evidence.evidenceCell(claim.id()), claim.created().toString(),
                    claim.modified().toString()));
        }
        return new Sheet("Claims", CLAIM_COLUMNS, rows);
    }

    /**
     * One row per claim and article, for pivot tables: first the article the claim was marked in (kind
     * {@value #CLAIMED}), then every other article with what the passage became there (same, altered or
     * absent), its changed words, the analyst's review and its offsets (empty when absent).
     */
    public static Sheet counterparts(Evidence evidence) {
        List<List<Object>> rows = new ArrayList<>();
        for (Claim claim : evidence.claims()) {
            String tags = tags(claim);
            rows.add(row(claim, tags, evidence.document(claim.documentId()), CLAIMED, "", "",
                    claim.anchor().start(), claim.anchor().end(), claim.anchor().exact()));
            for (ClaimCounterpart c : evidence.counterparts(claim.id())) {
                boolean absent = c.span() == null;
                rows.add(row(claim, tags, evidence.document(c.documentId()), Evidence.kind(c),
                        Evidence.changedWords(c), Evidence.review(c), absent ? "" : c.span().start(),
                        absent ? "" : c.span().end(), absent ? "" : c.text()));
            }
        }
        return new Sheet("Counterparts", COUNTERPART_COLUMNS, rows);
    }

    private static List<Object> row(Claim claim, String tags, StoredDocument doc, String kind, String words,
                                    String review, Object start, Object end, String text) {
        Metadata m = doc.document().metadata();
        return List.of(claim.id(), claim.anchor().exact(), tags, claim.status().name(), doc.name(),
                orEmpty(m.outlet()), orEmpty(m.title()), orEmpty(m.date()), kind, words, review, start, end, text);
    }

    private static String tags(Claim claim) {
        return claim.tags().stream().map(Tag::name).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
