package org.stemma.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one parameterised SQL statement; values are always bound, never spliced into the SQL. */
final class Statements {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Statements() {
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        }
    }

    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        return query(c, sql, row, args).stream().findFirst();
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the id of the new row. */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        update(c, sql, args);
        return first(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    }

    /**
     * Runs an {@code INSERT ... ON CONFLICT (id) DO UPDATE} whose first parameter is the row's id: id 0
     * inserts a new row (SQLite picks the id), any other id writes that row. Returns the row's id.
     */
    static long upsert(Connection c, String sql, long id, Object... values) throws SQLException {
        Object[] args = new Object[values.length + 1];
        args[0] = id == 0 ? null : id;
        System.arraycopy(values, 0, args, 1, values.length);
        if (id == 0) {
            return insert(c, sql, args);
        }
        update(c, sql, args);
        return id;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }
}
