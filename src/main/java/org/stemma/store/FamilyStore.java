package org.stemma.store;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;
import org.stemma.model.PairScore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aligned candidate pairs and the families derived from them (schema version 5), so that opening a
 * project does not align again what was aligned before. Rows of a removed document go with it.
 */
public final class FamilyStore {

    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type STRINGS = new TypeToken<List<String>>() { }.getType();

    /** What was kept: every aligned pair, the families, and the articles whose candidates were taken in. */
    public record Saved(List<PairScore> pairs, List<Family> families, List<Long> articles) {
    }

    private final ProjectFile project;

    FamilyStore(ProjectFile project) {
        this.project = project;
    }

    public Saved load() throws ProjectException {
        return project.read(c -> new Saved(
                Statements.query(c, "SELECT a, b, similarity, a_in_b, b_in_a, passages, shared_words FROM family_pair ORDER BY a, b",
                        rs -> new PairScore(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                                rs.getInt(6), rs.getInt(7))),
                families(c),
                Statements.query(c, "SELECT document_id FROM family_article ORDER BY document_id", rs -> rs.getLong(1))));
    }

    /**
     * Writes the pairs not yet stored, drops stored pairs that are no longer candidates, and replaces the
     * families and the articles taken in, in one transaction.
     */
    public void save(List<PairScore> pairs, List<Family> families, java.util.Collection<Long> articles) throws ProjectException {
        project.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS kept_pair (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID");
                s.executeUpdate("DELETE FROM kept_pair");
            }
            try (PreparedStatement kept = c.prepareStatement("INSERT INTO kept_pair VALUES (?, ?)");
                 PreparedStatement put = c.prepareStatement("INSERT OR IGNORE INTO family_pair VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (PairScore p : pairs) {
                    kept.setLong(1, p.a());
                    kept.setLong(2, p.b());
                    kept.addBatch();
                    put.setLong(1, p.a());
                    put.setLong(2, p.b());
                    put.setDouble(3, p.similarity());
                    put.setDouble(4, p.aInB());
                    put.setDouble(5, p.bInA());
                    put.setInt(6, p.passages());
                    put.setInt(7, p.sharedWords());
                    put.addBatch();
                }
                kept.executeBatch();
                put.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM family_pair WHERE NOT EXISTS "
                        + "(SELECT 1 FROM kept_pair k WHERE k.a = family_pair.a AND k.b = family_pair.b)");
                s.executeUpdate("DELETE FROM kept_pair");
                s.executeUpdate("DELETE FROM family");
                s.executeUpdate("DELETE FROM family_article");
            }
            try (PreparedStatement seen = c.prepareStatement("INSERT OR IGNORE INTO family_article SELECT id FROM document WHERE id = ?")) {
                for (long id : articles) {
                    seen.setLong(1, id);
                    seen.addBatch();
                }
                seen.executeBatch();
            }
            writeFamilies(c, families);
            return null;
        });
    }

    private static void writeFamilies(Connection c, List<Family> families) throws SQLException {
        try (PreparedStatement family = c.prepareStatement("INSERT INTO family (id, name, root) VALUES (?, ?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO family_member VALUES (?, ?, ?)");
             PreparedStatement edge = c.prepareStatement("INSERT INTO family_edge VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Family f : families) {
                family.setInt(1, f.id());
                family.setString(2, f.name());
                family.setObject(3, f.root());
                family.addBatch();
                for (long m : f.members()) {
                    member.setInt(1, f.id());
                    member.setLong(2, m);
                    member.setDouble(3, f.shares().get(m));
                    member.addBatch();
                }
                for (DerivationEdge e : f.edges()) {
                    edge.setInt(1, f.id());
                    edge.setLong(2, e.from());
                    edge.setLong(3, e.to());
                    edge.setDouble(4, e.similarity());
                    edge.setDouble(5, e.fromInTo());
                    edge.setDouble(6, e.toInFrom());
                    edge.setInt(7, e.directed() ? 1 : 0);
                    edge.setDouble(8, e.confidence());
                    edge.setString(9, GSON.toJson(e.evidence()));
                    edge.addBatch();
                }
            }
            family.executeBatch();
            member.executeBatch();
            edge.executeBatch();
        }
    }

    private static List<Family> families(Connection c) throws SQLException {
        Map<Integer, List<Long>> members = new HashMap<>();
        Map<Integer, Map<Long, Double>> shares = new HashMap<>();
        Statements.query(c, "SELECT family_id, document_id, share FROM family_member ORDER BY family_id, document_id", rs -> {
            members.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
            shares.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
            return null;
        });
        Map<Integer, List<DerivationEdge>> edges = new HashMap<>();
        Statements.query(c, "SELECT family_id, source, copy, similarity, from_in_to, to_in_from, directed, confidence, evidence "
                + "FROM family_edge ORDER BY rowid", rs -> {
            List<String> evidence = GSON.fromJson(rs.getString(9), STRINGS);
            edges.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new DerivationEdge(rs.getLong(2), rs.getLong(3),
                    rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getInt(7) == 1, rs.getDouble(8), evidence));
            return null;
        });
        Map<Integer, Family> out = new LinkedHashMap<>();
        Statements.query(c, "SELECT id, name, root FROM family ORDER BY id", rs -> {
            int id = rs.getInt(1);
            long root = rs.getLong(3);
            Long r = rs.wasNull() ? null : root;
            out.put(id, new Family(id, rs.getString(2), members.getOrDefault(id, List.of()), shares.getOrDefault(id, Map.of()),
                    r, edges.getOrDefault(id, List.of())));
            return null;
        });
        return out.values().stream().filter(f -> f.members().size() > 1).toList();
    }
}
