package org.stemma.store;

import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns what SQLite reports into a one-line message that names the file and says what to do. */
final class Failures {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private Failures() {
    }

    static ProjectException of(Path file, SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xFF : -1;
        return switch (code) {
            case BUSY, LOCKED -> new ProjectLockedException(file + ": the project is locked by another program "
                    + "that is saving to it; close the project there and try again");
            case CORRUPT, NOTADB -> new CorruptProjectException(file + ": the project file is damaged ("
                    + firstLine(e) + "); open a backup copy instead");
            case FULL -> new ProjectException(file + ": the disk is full; the change was not saved", e);
            case READONLY -> new ProjectException(file + ": the project cannot be written (read-only)", e);
            case CANTOPEN -> new ProjectException(file + ": the project cannot be opened (" + firstLine(e) + ")", e);
            case IOERR -> new ProjectException(file + ": the disk reported an error (" + firstLine(e) + ")", e);
            default -> new ProjectException(file + ": " + firstLine(e), e);
        };
    }

    static CorruptProjectException corrupt(Path file, String detail) {
        return new CorruptProjectException(file + ": the project file is damaged (" + oneLine(detail)
                + "); open a backup copy instead");
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /** SQLite's integrity report on one line, without its "*** in database main ***" banner. */
    private static String oneLine(String report) {
        return report.replace("*** in database main ***", "").strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
