package org.stemma.exchange;

import org.stemma.claims.TagTree;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.corpus.Metadata;
import org.stemma.store.DocumentHeader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The claims as tables: one row per claim, the long form (one row per claim and article) and the tag tree
 * (one row per tag). The first columns are those of decision 1201, in that order, so sheets and scripts
 * made for them still read; the tag paths and the article's memo follow (decision 1431).
 */
public final class ClaimTables {

    public static final List<String> CLAIM_COLUMNS = List.of("claim_id", "document", "title", "outlet", "date",
            "start", "end", "text", "tags", "status", "note", "counterparts", "created", "modified", "tag_paths",
            "article_memo");
    public static final List<String> COUNTERPART_COLUMNS = List.of("claim_id", "claim_text", "tags", "status",
            "document", "outlet", "title", "date", "kind", "changed_words", "review", "start", "end", "text",
            "tag_paths", "article_memo");
    public static final List<String> TAG_COLUMNS = List.of("tag", "name", "parent", "depth", "colour", "memo", "claims");
    /** Joins the several tags of one claim in one cell. */
    public static final String LIST_SEPARATOR = "; ";
    /** Between the paths of one claim's tags in a {@code tag_paths} cell: one path per line. */
    public static final String PATH_LIST_SEPARATOR = "\n";
    /** Between the names of one path; a name's own {@code ›} is written {@code >} so that it cannot collide. */
    public static final String PATH_SEPARATOR = TagTree.PATH_SEPARATOR;
    /** The long form's kind for the article the claim was marked in. */
    public static final String CLAIMED = "claimed";

    private ClaimTables() {
    }

    /** One row per claim, by document and position; {@code counterparts} is {@link Evidence#evidenceCell}. */
    public static Sheet claims(Evidence evidence) {
        TagTree tree = new TagTree(evidence.tags());
        List<List<Object>> rows = new ArrayList<>();
        for (Claim claim : evidence.claims()) {
            DocumentHeader doc = evidence.document(claim.documentId());
            Metadata m = doc.metadata();
            rows.add(List.of(claim.id(), doc.name(), orEmpty(m.title()), orEmpty(m.outlet()), orEmpty(m.date()),
                    claim.anchor().start(), claim.anchor().end(), claim.anchor().exact(), tags(claim),
                    claim.status().name(), claim.note(), evidence.evidenceCell(claim.id()), claim.created().toString(),
                    claim.modified().toString(), tagPaths(tree, claim), evidence.articleMemo(doc.id())));
        }
        return new Sheet("Claims", CLAIM_COLUMNS, rows);
    }

    /**
     * One row per claim and article, for pivot tables: first the article the claim was marked in (kind
     * {@value #CLAIMED}), then every other article with what the passage became there (same, altered or
     * absent), its changed words, the analyst's review and its offsets (empty when absent).
     */
    public static Sheet counterparts(Evidence evidence) {
        TagTree tree = new TagTree(evidence.tags());
        List<List<Object>> rows = new ArrayList<>();
        for (Claim claim : evidence.claims()) {
            List<String> tags = List.of(tags(claim), tagPaths(tree, claim));
            rows.add(row(evidence, claim, tags, evidence.document(claim.documentId()), CLAIMED, "", "",
                    claim.anchor().start(), claim.anchor().end(), claim.anchor().exact()));
            for (ClaimCounterpart c : evidence.counterparts(claim.id())) {
                boolean absent = c.span() == null;
                rows.add(row(evidence, claim, tags, evidence.document(c.documentId()), Evidence.kind(c),
                        Evidence.changedWords(c), Evidence.review(c), absent ? "" : c.span().start(),
                        absent ? "" : c.span().end(), absent ? "" : c.text()));
            }
        }
        return new Sheet("Counterparts", COUNTERPART_COLUMNS, rows);
    }

    /**
     * One row per tag in tree order (each followed by those under it): its path, name, the path of its
     * parent (empty at the top level), depth (0 at the top), colour, memo, and the claims that carry it
     * or a tag below it. The lookup table for the {@code tag_paths} cells and the place of the tags' memos.
     */
    public static Sheet tags(Evidence evidence) {
        TagTree tree = new TagTree(evidence.tags());
        Map<Long, Integer> claims = new HashMap<>();
        for (Claim claim : evidence.claims()) {
            Set<Long> under = new HashSet<>();
            claim.tags().forEach(t -> tree.withAncestors(t.id()).forEach(a -> under.add(a.id())));
            under.forEach(id -> claims.merge(id, 1, Integer::sum));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Tag t : tree.ordered()) {
            String parent = tree.get(t.parentId()).map(p -> path(tree, p.id())).orElse("");
            rows.add(List.of(path(tree, t.id()), t.name(), parent, tree.depth(t.id()), t.colour(), t.memo(),
                    claims.getOrDefault(t.id(), 0)));
        }
        return new Sheet("Tags", TAG_COLUMNS, rows);
    }

    /**
     * The claim's tags as paths from the top of the tree, one per line, in tree order:
     * "Politics › Kremlin". Splitting the cell on line breaks, then each line on {@value #PATH_SEPARATOR},
     * gives the names back: a name's own line breaks are written as spaces and its {@code ›} as {@code >}
     * here (the {@code tags} column keeps every name exactly).
     */
    static String tagPaths(TagTree tree, Claim claim) {
        Set<Long> own = new HashSet<>();
        claim.tags().forEach(t -> own.add(t.id()));
        List<String> paths = new ArrayList<>();
        for (Tag t : tree.ordered()) {
            if (own.remove(t.id())) {
                paths.add(path(tree, t.id()));
            }
        }
        // A tag the claim carries that the tag list no longer holds (read between two edits): its name alone.
        claim.tags().stream().filter(t -> own.contains(t.id())).forEach(t -> paths.add(cellName(t.name())));
        return String.join(PATH_LIST_SEPARATOR, paths);
    }

    private static String path(TagTree tree, long id) {
        List<Tag> up = tree.withAncestors(id);
        List<String> names = new ArrayList<>();
        for (int i = up.size() - 1; i >= 0; i--) {
            names.add(cellName(up.get(i).name()));
        }
        return String.join(PATH_SEPARATOR, names);
    }

    /** The name as a path cell writes it: no line break, no {@code ›}. */
    static String cellName(String name) {
        return name.replaceAll("\\R+", " ").replace('\u203A', '>');
    }

    private static List<Object> row(Evidence evidence, Claim claim, List<String> tags, DocumentHeader doc,
                                    String kind, String words, String review, Object start, Object end, String text) {
        Metadata m = doc.metadata();
        return List.of(claim.id(), claim.anchor().exact(), tags.get(0), claim.status().name(), doc.name(),
                orEmpty(m.outlet()), orEmpty(m.title()), orEmpty(m.date()), kind, words, review, start, end, text,
                tags.get(1), evidence.articleMemo(doc.id()));
    }

    private static String tags(Claim claim) {
        return claim.tags().stream().map(Tag::name).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
