package org.stemma.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.stemma.model.Anchor;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of a project. Every change is recorded in the claim's history ({@code claim_history}) in the
 * same transaction, whoever makes it.
 */
public final class ClaimStore {

    private static final String SELECT = "SELECT id, document_id, start_offset, end_offset, exact, prefix, "
            + "suffix, status, note, created, modified FROM claim ";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final ProjectFile project;

    ClaimStore(ProjectFile project) {
        this.project = project;
    }

    public Optional<Claim> get(long id) throws ProjectException {
        return project.read(c -> load(c, "WHERE id = ?", id).stream().findFirst());
    }

    /** Every claim, by document and position. */
    public List<Claim> list() throws ProjectException {
        return project.read(c -> load(c, "ORDER BY document_id, start_offset, id"));
    }

    public List<Claim> forDocument(long documentId) throws ProjectException {
        return project.read(c -> load(c, "WHERE document_id = ? ORDER BY start_offset, id", documentId));
    }

    public List<Claim> withTag(long tagId) throws ProjectException {
        return project.read(c -> load(c, "WHERE id IN (SELECT claim_id FROM claim_tag WHERE tag_id = ?) ORDER BY id",
                tagId));
    }

    /**
     * Saves a claim as given: a new one (id 0) gets an id, one with an id is written with it (so an undone
     * deletion comes back as the same claim). Its passage must be the text of its document at its offsets.
     *
     * @param label what the analyst did, kept in the history
     * @return the claim as stored
     */
    public Claim put(Claim claim, String label) throws ProjectException {
        return project.write(c -> {
            checkPassage(c, claim);
            Optional<Claim> before = claim.id() == 0 ? Optional.empty() : load(c, "WHERE id = ?", claim.id()).stream().findFirst();
            Anchor a = claim.anchor();
            long id = Statements.upsert(c, "INSERT INTO claim (id, document_id, start_offset, end_offset, exact, "
                    + "prefix, suffix, status, note, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, "
                    + "start_offset = excluded.start_offset, end_offset = excluded.end_offset, "
                    + "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
                    + "status = excluded.status, note = excluded.note, created = excluded.created, "
                    + "modified = excluded.modified", claim.id(), claim.documentId(), a.start(), a.end(), a.exact(),
                    a.prefix(), a.suffix(), claim.status().name(), claim.note(), claim.created().toString(),
                    claim.modified().toString());
            Statements.update(c, "DELETE FROM claim_tag WHERE claim_id = ?", id);
            for (Tag tag : claim.tags()) {
                Statements.update(c, "INSERT INTO claim_tag (claim_id, tag_id) VALUES (?, ?)", id, tag.id());
            }
            Claim after = load(c, "WHERE id = ?", id).get(0);
            if (before.isEmpty() || !before.get().equals(after)) {
                record(c, id, before.isEmpty() ? HistoryEntry.Kind.CREATE : HistoryEntry.Kind.UPDATE, label,
                        before.orElse(null), after);
            }
            return after;
        });
    }

    /** Deletes a claim with its counterparts; its history stays. Deleting a missing claim does nothing. */
    public void delete(long id, String label) throws ProjectException {
        project.write(c -> {
            for (Claim before : load(c, "WHERE id = ?", id)) {
                Statements.update(c, "DELETE FROM claim WHERE id = ?", id);
                record(c, id, HistoryEntry.Kind.DELETE, label, before, null);
            }
            return null;
        });
    }

    /** The claim's recorded changes, oldest first. */
    public List<HistoryEntry> history(long claimId) throws ProjectException {
        return project.read(c -> Statements.query(c, "SELECT id, claim_id, at, kind, label, before_json, after_json "
                + "FROM claim_history WHERE claim_id = ? ORDER BY id", rs -> new HistoryEntry(rs.getLong(1),
                rs.getLong(2), Instant.parse(rs.getString(3)), HistoryEntry.Kind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7)), claimId));
    }

    private static void checkPassage(Connection c, Claim claim) throws SQLException {
        String text = Statements.first(c, "SELECT text FROM document WHERE id = ?", rs -> rs.getString(1),
                claim.documentId()).orElseThrow(() -> new IllegalArgumentException(
                "there is no document " + claim.documentId() + " in the project"));
        Anchor a = claim.anchor();
        if (a.end() > text.length() || !text.startsWith(a.exact(), a.start())) {
            throw new IllegalArgumentException("the claim's passage is not the text of its document at "
                    + a.start() + ".." + a.end());
        }
    }

    private static void record(Connection c, long claimId, HistoryEntry.Kind kind, String label, Claim before,
                               Claim after) throws SQLException {
        Statements.update(c, "INSERT INTO claim_history (claim_id, at, kind, label, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", claimId, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                kind.name(), label, json(before), json(after));
    }

    private static String json(Claim claim) {
        if (claim == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document_id", claim.documentId());
        o.put("start", claim.anchor().start());
        o.put("end", claim.anchor().end());
        o.put("exact", claim.anchor().exact());
        o.put("status", claim.status().name());
        o.put("note", claim.note());
        o.put("tags", claim.tags().stream().map(Tag::name).toList());
        o.put("modified", claim.modified().toString());
        return GSON.toJson(o);
    }

    /** Claims matching {@code where}, with their tags. */
    private static List<Claim> load(Connection c, String where, Object... args) throws SQLException {
        Map<Long, List<Tag>> tags = new HashMap<>();
        // One Tag per tag, shared by its claims: ten thousand claims carry a few dozen tags.
        Map<Long, Tag> made = new HashMap<>();
        Statements.query(c, "SELECT ct.claim_id, t.id, t.name, t.colour, t.parent_id, t.memo FROM claim_tag ct "
                + "JOIN tag t ON t.id = ct.tag_id "
                + "WHERE ct.claim_id IN (SELECT id FROM claim " + where + ")", rs -> {
            long tagId = rs.getLong(2);
            Tag tag = made.get(tagId);
            if (tag == null) {
                tag = new Tag(tagId, rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
                made.put(tagId, tag);
            }
            return tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(tag);
        }, args);
        return Statements.query(c, SELECT + where, rs -> read(rs, tags), args);
    }

    private static Claim read(ResultSet rs, Map<Long, List<Tag>> tags) throws SQLException {
        // By position in SELECT: looking columns up by name cost more than reading them, for thousands of rows.
        long id = rs.getLong(1);
        String status = rs.getString(8);
        Anchor anchor = new Anchor(rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7));
        return new Claim(id, rs.getLong(2), anchor, tags.getOrDefault(id, List.of()),
                ClaimStatus.parse(status).orElseThrow(() -> new SQLException(
                        "claim " + id + " has an unknown status '" + status + "'")),
                rs.getString(9), Times.parse(rs.getString(10)), Times.parse(rs.getString(11)));
    }
}
