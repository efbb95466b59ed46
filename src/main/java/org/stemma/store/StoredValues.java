package org.stemma.store;

import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;

/**
 * Checks, when a project is opened, that every stored value Stemma reads can be read: times parse,
 * offsets lie inside their article, references point to rows that exist, names and statuses are ones
 * Stemma knows. A file that passes SQLite's own check can still hold such a value (written by another
 * tool, or by hand); it is then refused with one line naming the first one, before anything is written,
 * instead of failing in the middle of an export or a claim (decision record 0212).
 */
final class StoredValues {

    private StoredValues() {
    }

    static void check(Path file, Connection c) throws SQLException, CorruptProjectException {
        Optional<String> wrong = firstProblem(c);
        if (wrong.isPresent()) {
            throw Failures.corrupt(file, wrong.get());
        }
    }

    static Optional<String> firstProblem(Connection c) throws SQLException {
        for (Check check : List.<Check>of(StoredValues::references, StoredValues::claims, StoredValues::claimOffsets,
                StoredValues::counterpartOffsets, StoredValues::tags, StoredValues::times)) {
            Optional<String> wrong = check.run(c);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Check {
        Optional<String> run(Connection c) throws SQLException;
    }

    private static Optional<String> references(Connection c) throws SQLException {
        return Statements.first(c, "PRAGMA foreign_key_check", rs -> rs.getString(1) + " " + rs.getLong(2)
                + " refers to a " + rs.getString(3) + " that is not in the project");
    }

    private static Optional<String> claims(Connection c) throws SQLException {
        Optional<String> offsets = Statements.first(c, "SELECT id, start_offset, end_offset FROM claim "
                + "WHERE typeof(start_offset) <> 'integer' OR typeof(end_offset) <> 'integer' "
                + "OR start_offset < 0 OR end_offset <= start_offset LIMIT 1",
                rs -> "claim " + rs.getLong(1) + " has the offsets " + quote(rs.getString(2)) + ".."
                        + quote(rs.getString(3)) + ", which mark no passage");
        if (offsets.isPresent()) {
            return offsets;
        }
        List<String> statuses = Statements.query(c, "SELECT id, status FROM claim", rs -> {
            String status = rs.getString(2);
            return status != null && ClaimStatus.parse(status).isPresent() ? null
                    : "claim " + rs.getLong(1) + " has the unknown status " + quote(status);
        });
        return statuses.stream().filter(s -> s != null).findFirst();
    }

    /** SQLite counts characters, Java UTF-16 units (never fewer): only rows SQLite finds too long are read. */
    private static Optional<String> claimOffsets(Connection c) throws SQLException {
        return pastTheText(c, "SELECT k.id, k.end_offset, d.text FROM claim k JOIN document d ON d.id = k.document_id "
                + "WHERE k.end_offset > length(d.text)", "claim");
    }

    private static Optional<String> counterpartOffsets(Connection c) throws SQLException {
        if (Statements.first(c, "SELECT 1 FROM sqlite_schema WHERE name = 'counterpart'", rs -> true).isEmpty()) {
            return Optional.empty(); // a file from before schema 2, migrated after this check
        }
        return pastTheText(c, "SELECT k.id, k.end_offset, d.text FROM counterpart k "
                + "JOIN document d ON d.id = k.document_id WHERE k.end_offset > length(d.text)", "counterpart");
    }

    private static Optional<String> pastTheText(Connection c, String sql, String what) throws SQLException {
        List<String> wrong = Statements.query(c, sql, rs -> {
            long end = rs.getLong(2);
            String text = rs.getString(3);
            return text != null && end <= text.length() ? null : what + " " + rs.getLong(1) + " ends at offset "
                    + end + ", past the end of its article (" + (text == null ? 0 : text.length()) + " characters)";
        });
        return wrong.stream().filter(s -> s != null).findFirst();
    }

    private static Optional<String> tags(Connection c) throws SQLException {
        List<String> wrong = Statements.query(c, "SELECT id, name, colour FROM tag", rs -> {
            try {
                new Tag(rs.getLong(1), rs.getString(2), rs.getString(3));
                return null;
            } catch (IllegalArgumentException | NullPointerException e) {
                return "tag " + rs.getLong(1) + " " + quote(rs.getString(2)) + ": " + e.getMessage();
            }
        });
        return wrong.stream().filter(s -> s != null).findFirst();
    }

    private static Optional<String> times(Connection c) throws SQLException {
        for (String[] column : new String[][]{{"claim", "created"}, {"claim", "modified"},
                {"document", "imported_at"}, {"claim_history", "at"}}) {
            List<String> wrong = Statements.query(c, "SELECT id, " + column[1] + " FROM " + column[0], rs -> {
                String value = rs.getString(2);
                try {
                    Times.parse(value);
                    return null;
                } catch (DateTimeException | NullPointerException e) {
                    return column[0] + " " + rs.getLong(1) + " has the time " + quote(value) + " (" + column[1]
                            + "), which is not a date";
                }
            });
            Optional<String> first = wrong.stream().filter(s -> s != null).findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** A stored value in a one-line message: quoted, control characters escaped, cut short. */
    private static String quote(String value) {
        if (value == null) {
            return "NULL";
        }
        StringBuilder b = new StringBuilder("'");
        value.codePoints().limit(60).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append(value.codePointCount(0, value.length()) > 60 ? "…'" : "'").toString();
    }
}
