package org.stemma.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project file's schema, as numbered steps. A file records the last step applied in
 * {@code PRAGMA user_version}; opening it applies the missing steps in one transaction. A step, once
 * released, is never edited: a change to the schema is a new step (and a new section in
 * docs/project-file.md).
 */
final class Migrations {

    record Migration(int version, List<String> statements) {
    }

    /** {@code CompareOptions.DEFAULT.fingerprint()} as version 10 wrote it (a test holds the two equal). */
    static final String DEFAULT_RULES = "ignoreCase=true;ignorePunctuation=true;numbersAsWords=false;equivalents=none";

    static final List<Migration> ALL = List.of(
            new Migration(1, List.of("""
                    CREATE TABLE document (
                        id            INTEGER PRIMARY KEY AUTOINCREMENT,
                        name          TEXT NOT NULL UNIQUE,
                        text          TEXT NOT NULL,
                        content_hash  TEXT NOT NULL,
                        title         TEXT,
                        outlet        TEXT,
                        byline        TEXT,
                        date          TEXT,
                        source_name   TEXT NOT NULL,
                        source_path   TEXT NOT NULL,
                        source_format TEXT NOT NULL,
                        imported_at   TEXT NOT NULL
                    )""",
                    "CREATE INDEX document_content_hash ON document(content_hash)",
                    """
                    CREATE TABLE tag (
                        id     INTEGER PRIMARY KEY AUTOINCREMENT,
                        name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')
                    )""",
                    """
                    CREATE TABLE claim (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
                        end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
                        exact        TEXT NOT NULL,
                        prefix       TEXT NOT NULL,
                        suffix       TEXT NOT NULL,
                        status       TEXT NOT NULL,
                        note         TEXT NOT NULL DEFAULT '',
                        created      TEXT NOT NULL,
                        modified     TEXT NOT NULL
                    )""",
                    "CREATE INDEX claim_document ON claim(document_id)",
                    """
                    CREATE TABLE claim_tag (
                        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        tag_id   INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                        PRIMARY KEY (claim_id, tag_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX claim_tag_tag ON claim_tag(tag_id)",
                    """
                    CREATE TABLE claim_history (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        claim_id    INTEGER NOT NULL,
                        at          TEXT NOT NULL,
                        kind        TEXT NOT NULL CHECK (kind IN ('CREATE', 'UPDATE', 'DELETE')),
                        label       TEXT NOT NULL,
                        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
                        after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json))
                    )""",
                    "CREATE INDEX claim_history_claim ON claim_history(claim_id)")),
            new Migration(2, List.of("""
                    CREATE TABLE counterpart (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        claim_id     INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        kind         TEXT NOT NULL CHECK (kind IN ('SAME', 'ALTERED', 'ABSENT')),
                        start_offset INTEGER,
                        end_offset   INTEGER,
                        text         TEXT,
                        changes      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes)),
                        review       TEXT NOT NULL DEFAULT 'UNREVIEWED'
                                     CHECK (review IN ('UNREVIEWED', 'CONFIRMED', 'REJECTED')),
                        UNIQUE (claim_id, document_id),
                        CHECK ((kind = 'ABSENT') = (start_offset IS NULL)),
                        CHECK ((start_offset IS NULL) = (end_offset IS NULL) AND (end_offset IS NULL) = (text IS NULL)),
                        CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset >= start_offset))
                    )""",
                    "CREATE INDEX counterpart_document ON counterpart(document_id)")),
            // Each article's analysis and candidate-index fingerprint, as the engine of that version made them.
            new Migration(3, List.of("""
                    CREATE TABLE analysis (
                        document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                        engine      INTEGER NOT NULL,
                        words       INTEGER NOT NULL,
                        homoglyphs  INTEGER NOT NULL,
                        invisibles  INTEGER NOT NULL,
                        content_key TEXT NOT NULL,
                        fingerprint BLOB NOT NULL,
                        data        BLOB NOT NULL
                    )""")),
            // Full-text search over each article's words in their comparison form (filled by SearchStore).
            new Migration(4, List.of("""
                    CREATE VIRTUAL TABLE document_search USING fts5(folded, tokenize = 'unicode61')""")),
            new Migration(5, List.of("""
                    CREATE TABLE family_pair (
                        a            INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        b            INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        similarity   REAL NOT NULL,
                        a_in_b       REAL NOT NULL,
                        b_in_a       REAL NOT NULL,
                        passages     INTEGER NOT NULL,
                        shared_words INTEGER NOT NULL,
                        PRIMARY KEY (a, b),
                        CHECK (a < b)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX family_pair_b ON family_pair(b)",
                    """
                    CREATE TABLE family (
                        id   INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        root INTEGER REFERENCES document(id) ON DELETE SET NULL
                    )""",
                    """
                    CREATE TABLE family_member (
                        family_id   INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        share       REAL NOT NULL,
                        PRIMARY KEY (family_id, document_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX family_member_document ON family_member(document_id)",
                    """
                    CREATE TABLE family_edge (
                        family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
                        source     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        copy       INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        similarity REAL NOT NULL,
                        from_in_to REAL NOT NULL,
                        to_in_from REAL NOT NULL,
                        directed   INTEGER NOT NULL CHECK (directed IN (0, 1)),
                        confidence REAL NOT NULL,
                        evidence   TEXT NOT NULL CHECK (json_valid(evidence))
                    )""",
                    "CREATE INDEX family_edge_family ON family_edge(family_id)")),
            // The articles whose candidates the stored families have taken in (an article with none is
            // not looked up again at every opening), and the passages of a pair that read nearly alike
            // (decision 1003): pairs and families stored before are dropped, to be found again by that rule.
            new Migration(7, List.of("""
                    CREATE TABLE family_article (
                        document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE
                    )""",
                    "DELETE FROM family_pair",
                    "DELETE FROM family_edge",
                    "DELETE FROM family_member",
                    "DELETE FROM family",
                    "ALTER TABLE family_pair ADD COLUMN close_passages INTEGER NOT NULL DEFAULT 0")),
            // The comparison's difference rules (CompareOptionsStore, decision 1420); no row: the default.
            new Migration(8, List.of("""
                    CREATE TABLE compare_option (
                        name  TEXT PRIMARY KEY CHECK (name IN ('ignore_case', 'ignore_punctuation', 'numbers_as_words')),
                        value INTEGER NOT NULL CHECK (value IN (0, 1))
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE equivalent_spelling (
                        group_no INTEGER NOT NULL CHECK (group_no >= 0),
                        position INTEGER NOT NULL CHECK (position >= 0),
                        spelling TEXT NOT NULL CHECK (trim(spelling) <> ''),
                        PRIMARY KEY (group_no, position)
                    ) WITHOUT ROWID""")),
            // Tags in a tree (a parent per tag) with a memo each, and a memo per article (decision 1430).
            new Migration(9, List.of(
                    "ALTER TABLE tag ADD COLUMN parent_id INTEGER REFERENCES tag(id) ON DELETE SET NULL",
                    "ALTER TABLE tag ADD COLUMN memo TEXT NOT NULL DEFAULT ''",
                    "CREATE INDEX tag_parent ON tag(parent_id)",
                    """
                    CREATE TABLE document_memo (
                        document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                        memo        TEXT NOT NULL CHECK (memo <> '')
                    )""")),
            // The difference rules each claim's counterparts were computed under (decision 1421); those
            // stored before were computed under the default rules, whose fingerprint this is. And the
            // words a counterpart writes otherwise that the rules make equal (none under the default).
            new Migration(10, List.of("""
                    CREATE TABLE counterpart_rules (
                        claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
                        rules    TEXT NOT NULL
                    )""",
                    "INSERT INTO counterpart_rules (claim_id, rules) SELECT DISTINCT claim_id, '"
                            + DEFAULT_RULES + "' FROM counterpart",
                    "ALTER TABLE counterpart ADD COLUMN equivalents TEXT NOT NULL DEFAULT '[]' "
                            + "CHECK (json_valid(equivalents))")),
            // Direction read from the text two articles share (decision 1020), and pattern sentences filled in
            // afresh no longer counted as close passages (decision 1021): families and pairs stored before were
            // found and derived by the old rules; they are dropped, to be found and derived again at the next update.
            new Migration(11, List.of(
                    "DELETE FROM family_article",
                    "DELETE FROM family_pair",
                    "DELETE FROM family_edge",
                    "DELETE FROM family_member",
                    "DELETE FROM family")));

    /** The schema version this program writes; files with a higher one are refused. */
    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }

    /** Brings a file at {@code from} up to {@link #LATEST}; the caller holds the write transaction. */
    static void apply(Connection c, int from) throws SQLException {
        applySchema(c, from);
        if (from < 4) {
            SearchStore.fill(c);
        }
    }

    private static void applySchema(Connection c, int from) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Migration m : ALL) {
                if (m.version() > from) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                }
            }
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + LATEST);
        }
    }
}
