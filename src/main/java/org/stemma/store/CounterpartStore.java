package org.stemma.store;

import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.text.Span;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What became of each claim's passage in the other documents, as computed and as reviewed. */
public final class CounterpartStore {

    private static final String SELECT = "SELECT id, claim_id, document_id, kind, start_offset, end_offset, text, "
            + "changes, review, equivalents FROM counterpart ";

    private final ProjectFile project;

    CounterpartStore(ProjectFile project) {
        this.project = project;
    }

    public List<ClaimCounterpart> forClaim(long claimId) throws ProjectException {
        return project.read(c -> Statements.query(c, SELECT + "WHERE claim_id = ? ORDER BY document_id",
                CounterpartStore::read, claimId));
    }

    /** Every counterpart, by claim and document. */
    public List<ClaimCounterpart> list() throws ProjectException {
        return project.read(c -> Statements.query(c, SELECT + "ORDER BY claim_id, document_id", CounterpartStore::read));
    }

    /** How many counterparts the analyst reviewed that are found in the document or are of a claim made on it. */
    public int reviewedInvolving(long documentId) throws ProjectException {
        return project.read(c -> Statements.first(c, "SELECT count(*) FROM counterpart WHERE review <> 'UNREVIEWED' "
                + "AND (document_id = ? OR claim_id IN (SELECT id FROM claim WHERE document_id = ?))",
                rs -> rs.getInt(1), documentId, documentId).orElse(0));
    }

    public Optional<ClaimCounterpart> get(long id) throws ProjectException {
        return project.read(c -> Statements.first(c, SELECT + "WHERE id = ?", CounterpartStore::read, id));
    }

    /**
     * Replaces a claim's counterparts by ones whose rules are not known (written by hand, brought from
     * elsewhere): they count as {@link #outOfStep} with any rules, to be computed again.
     */
    public List<ClaimCounterpart> replaceFor(long claimId, List<ClaimCounterpart> computed) throws ProjectException {
        return replaceFor(claimId, computed, null);
    }

    /**
     * Replaces a claim's counterparts by ones freshly computed under the difference rules whose
     * fingerprint is {@code rules} ({@code CompareOptions.fingerprint()}; {@code null}: not known), and records
     * those rules. A
     * finding that has not changed keeps its id and the analyst's review; a changed one is unreviewed again.
     */
    public List<ClaimCounterpart> replaceFor(long claimId, List<ClaimCounterpart> computed, String rules)
            throws ProjectException {
        for (ClaimCounterpart c : computed) {
            if (c.claimId() != claimId) {
                throw new IllegalArgumentException("counterpart of claim " + c.claimId() + " given for claim " + claimId);
            }
        }
        return project.write(c -> {
            List<ClaimCounterpart> old = Statements.query(c, SELECT + "WHERE claim_id = ?", CounterpartStore::read, claimId);
            Statements.update(c, "DELETE FROM counterpart WHERE claim_id = ?", claimId);
            List<ClaimCounterpart> stored = new ArrayList<>();
            for (ClaimCounterpart fresh : computed) {
                ClaimCounterpart kept = old.stream().filter(fresh::sameFinding).findFirst()
                        .map(o -> fresh.withId(o.id()).withReview(o.review()))
                        .orElse(fresh.withId(0).withReview(ClaimCounterpart.Review.UNREVIEWED));
                stored.add(write(c, kept));
            }
            if (rules == null) {
                Statements.update(c, "DELETE FROM counterpart_rules WHERE claim_id = ?", claimId);
            } else {
                recordRules(c, claimId, rules);
            }
            return stored;
        });
    }

    /** The rules (a fingerprint) the claim's counterparts were computed under, if they are known. */
    public Optional<String> rulesFor(long claimId) throws ProjectException {
        return project.read(c -> Statements.first(c, "SELECT rules FROM counterpart_rules WHERE claim_id = ?",
                rs -> rs.getString(1), claimId));
    }

    /** Records that the claim's counterparts were computed under {@code rules} (a fingerprint), as an undo does. */
    public void recordRules(long claimId, String rules) throws ProjectException {
        project.write(c -> {
            recordRules(c, claimId, rules);
            return null;
        });
    }

    private static void recordRules(Connection c, long claimId, String rules) throws SQLException {
        Statements.update(c, "INSERT INTO counterpart_rules (claim_id, rules) VALUES (?, ?) "
                + "ON CONFLICT (claim_id) DO UPDATE SET rules = excluded.rules", claimId, rules);
    }

    /**
     * The claims whose stored counterparts were computed under other rules than {@code rules} (a
     * fingerprint), or under rules not recorded (written by hand, brought from elsewhere), by id. Claims
     * without counterparts are not listed: they have nothing out of step, only something to compute.
     */
    public List<Long> outOfStep(String rules) throws ProjectException {
        return project.read(c -> Statements.query(c, "SELECT id FROM claim WHERE EXISTS (SELECT 1 FROM counterpart "
                + "WHERE counterpart.claim_id = claim.id) AND NOT EXISTS (SELECT 1 FROM counterpart_rules r "
                + "WHERE r.claim_id = claim.id AND r.rules = ?) ORDER BY id", rs -> rs.getLong(1), rules));
    }

    /** Saves one counterpart as given: a new one (id 0) gets an id, one with an id is written with it. */
    public ClaimCounterpart put(ClaimCounterpart counterpart) throws ProjectException {
        return project.write(c -> write(c, counterpart));
    }

    private static ClaimCounterpart write(Connection c, ClaimCounterpart k) throws SQLException {
        Span span = k.span();
        long id = Statements.upsert(c, "INSERT INTO counterpart (id, claim_id, document_id, kind, start_offset, "
                + "end_offset, text, changes, review, equivalents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET "
                + "claim_id = excluded.claim_id, document_id = excluded.document_id, kind = excluded.kind, "
                + "start_offset = excluded.start_offset, end_offset = excluded.end_offset, text = excluded.text, "
                + "changes = excluded.changes, review = excluded.review, equivalents = excluded.equivalents",
                k.id(), k.claimId(), k.documentId(),
                k.kind().name(), span == null ? null : span.start(), span == null ? null : span.end(), k.text(),
                k.changes(), k.review().name(), k.equivalents());
        return Statements.first(c, SELECT + "WHERE id = ?", CounterpartStore::read, id).orElseThrow();
    }

    private static ClaimCounterpart read(ResultSet rs) throws SQLException {
        // By position in SELECT, as ClaimStore does: a project may hold tens of thousands of counterparts.
        int start = rs.getInt(5);
        Span span = rs.wasNull() ? null : new Span(start, rs.getInt(6));
        return new ClaimCounterpart(rs.getLong(1), rs.getLong(2), rs.getLong(3), CounterpartKind.valueOf(rs.getString(4)), span,
                rs.getString(7), rs.getString(8), ClaimCounterpart.Review.valueOf(rs.getString(9)), rs.getString(10));
    }
}
