package org.stemma.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a file must be before Stemma opens it as a project: an SQLite database, of Stemma, in a format
 * this version reads, and undamaged. Each check refuses with a one-line message and changes nothing.
 */
final class ProjectChecks {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectChecks() {
    }

    static byte[] head(Path file) throws ProjectException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static void checkIsSqlite(Path file, byte[] head) throws ProjectException {
        if (head.length == 0) {
            throw new NotAProjectException(file + ": is empty, not a Stemma project");
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw new NotAProjectException(file + ": is not a Stemma project (not an SQLite database)");
        }
    }

    static void checkIdentity(Path file, Connection c) throws SQLException, ProjectException {
        int applicationId = Integer.parseInt(queryString(c, "PRAGMA application_id"));
        if (applicationId != ProjectFile.APPLICATION_ID) {
            boolean empty = "0".equals(queryString(c, "SELECT count(*) FROM sqlite_schema"));
            throw new NotAProjectException(file + (empty ? ": is an empty database, not a Stemma project"
                    : ": is a database of another program, not a Stemma project"));
        }
        int version = Integer.parseInt(queryString(c, "PRAGMA user_version"));
        if (version < 1) {
            throw new NotAProjectException(file + ": is not a project Stemma can read (project format " + version
                    + " is not one any version of Stemma writes)");
        }
        if (version > Migrations.LATEST) {
            throw new NewerProjectException(file + ": was saved by a newer version of Stemma (project format "
                    + version + ", this version reads up to " + Migrations.LATEST + "); update Stemma to open it");
        }
    }

    /**
     * SQLite's {@code quick_check} of every table and its indexes, the search index's own tables included,
     * one table at a time: that leaves out only FTS5's comparison of its index with its content, which
     * reads and tokenizes every article again (four fifths of the check on a large project) for data
     * that is derived from the articles (decision record 0920).
     */
    static void checkStructure(Path file, Connection c) throws SQLException, ProjectException {
        List<String> tables = new ArrayList<>();
        tables.add("sqlite_schema");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema "
                + "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String check = queryString(c, "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")");
            if (!"ok".equals(check)) {
                throw Failures.corrupt(file, check);
            }
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
