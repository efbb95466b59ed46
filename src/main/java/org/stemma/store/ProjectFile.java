package org.stemma.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

/**
 * An open project: one SQLite file holding articles, tags, claims and their history (schema in
 * docs/project-file.md, choices in decision record 0200). Every change is its own committed transaction,
 * so there is nothing to save and nothing is lost if the program is killed. Opening checks the file
 * before changing anything in it, so a file that is not a healthy Stemma project is refused untouched.
 * Not for use from several threads at once beyond what its synchronized transactions allow.
 */
public final class ProjectFile implements AutoCloseable {

    /** Marks the file as a Stemma project ({@code PRAGMA application_id}): "STEM" in ASCII. */
    public static final int APPLICATION_ID = 0x5354454D;
    /** How long a change waits for another program's write to finish before reporting the file locked. */
    static final int BUSY_TIMEOUT_MS = 2_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Work done in one transaction, failing with a message for the analyst. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws ProjectException;
    }

    /** SQL run inside a transaction of this project. */
    @FunctionalInterface
    interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final InUseLock lock;
    private final Connection connection;
    private final DocumentStore documents = new DocumentStore(this);
    private final ClaimStore claims = new ClaimStore(this);
    private final TagStore tags = new TagStore(this, claims);
    private final CounterpartStore counterparts = new CounterpartStore(this);
    private final FamilyStore families = new FamilyStore(this);
    private int depth;

    private ProjectFile(Path file, InUseLock lock, Connection connection) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
    }

    /** Creates a new, empty project; an existing file is never overwritten. */
    public static ProjectFile create(Path path) throws ProjectException {
        Path file = path.toAbsolutePath().normalize();
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new ProjectException(file + ": already exists; choose another name (Stemma never overwrites a file)");
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": the folder " + file.getParent() + " does not exist");
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be created (" + e.getMessage() + ")", e);
        }
        InUseLock lock = null;
        try {
            lock = InUseLock.take(file);
            return start(file, lock, connect(file));
        } catch (ProjectException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            for (String suffix : new String[]{"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException ignored) {
                    // The half-made file is ours and holds nothing; the original failure is what matters.
                }
            }
            throw e;
        }
    }

    /** Opens an existing project, bringing an older file up to the current schema. */
    public static ProjectFile open(Path path) throws ProjectException {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new ProjectException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new NotAProjectException(file + ": is a folder, not a Stemma project");
        }
        if (!Files.isWritable(file)) {
            throw new ProjectException(file + ": the file is read-only; Stemma saves every change and needs to write it");
        }
        InUseLock lock = InUseLock.take(file);
        try {
            checkIsSqlite(file, lock);
            Connection c = connect(file);
            try {
                checkIdentity(file, c);
                String check = queryString(c, "PRAGMA quick_check(1)");
                if (!"ok".equals(check)) {
                    throw Failures.corrupt(file, check);
                }
            } catch (SQLException e) {
                closeQuietly(c);
                throw Failures.of(file, e);
            } catch (ProjectException e) {
                closeQuietly(c);
                throw e;
            }
            return start(file, lock, c);
        } catch (ProjectException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path path() {
        return file;
    }

    public DocumentStore documents() {
        return documents;
    }

    public TagStore tags() {
        return tags;
    }

    public ClaimStore claims() {
        return claims;
    }

    public CounterpartStore counterparts() {
        return counterparts;
    }

    public FamilyStore families() {
        return families;
    }

    /** Runs {@code work} as one transaction: all of its changes are saved, or none. Nests. */
    public synchronized <T> T transaction(Work<T> work) throws ProjectException {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} as one read transaction, so that what it reads is the project at one moment. */
    public synchronized <T> T view(Work<T> work) throws ProjectException {
        return inTransaction("BEGIN", work);
    }

    /**
     * Writes a consistent copy of the project to {@code target} ("Save As"), replacing a file there only
     * once the copy is complete. This project stays open on its own file.
     */
    public void copyTo(Path target) throws ProjectException {
        Path dest = target.toAbsolutePath().normalize();
        try {
            if (dest.equals(file) || Files.exists(dest) && Files.isSameFile(dest, file)) {
                throw new ProjectException(dest + ": is this project itself; choose another name for the copy");
            }
        } catch (IOException e) {
            throw new ProjectException(dest + ": cannot be checked (" + e.getMessage() + ")", e);
        }
        if (Files.exists(Path.of(dest + "-wal")) || Files.exists(Path.of(dest + "-shm"))) {
            throw new ProjectException(dest + ": that project is open in another program or was not closed "
                    + "cleanly; choose another name");
        }
        Path partial = dest.resolveSibling("." + dest.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            synchronized (this) {
                ensureNoTransaction();
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, partial.toString());
                    vacuum.execute();
                }
            }
            Files.move(partial, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw Failures.of(dest, e);
        } catch (IOException e) {
            throw new ProjectException(dest + ": the copy cannot be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only a leftover of a failed copy; the failure itself has been reported.
            }
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
        lock.close();
    }

    synchronized <T> T write(Sql<T> sql) throws ProjectException {
        return inTransaction("BEGIN IMMEDIATE", () -> runSql(sql));
    }

    synchronized <T> T read(Sql<T> sql) throws ProjectException {
        return inTransaction("BEGIN", () -> runSql(sql));
    }

    private <T> T runSql(Sql<T> sql) throws ProjectException {
        try {
            return sql.run(connection);
        } catch (SQLException e) {
            throw Failures.of(file, e);
        }
    }

    private <T> T inTransaction(String begin, Work<T> work) throws ProjectException {
        if (depth > 0) {
            return work.run();
        }
        execute(begin);
        depth++;
        boolean committed = false;
        try {
            T result = work.run();
            execute("COMMIT");
            committed = true;
            return result;
        } finally {
            depth--;
            if (!committed) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite may already have rolled back (e.g. after a full disk); the cause is being thrown.
                }
            }
        }
    }

    private void execute(String sql) throws ProjectException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw Failures.of(file, e);
        }
    }

    private void ensureNoTransaction() {
        if (depth > 0) {
            throw new IllegalStateException("a copy cannot be made inside a transaction");
        }
    }

    /** Switches on write-ahead logging, full syncs and foreign keys, then brings the schema up to date. */
    private static ProjectFile start(Path file, InUseLock lock, Connection c) throws ProjectException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            closeQuietly(c);
            throw Failures.of(file, e);
        }
        ProjectFile project = new ProjectFile(file, lock, c);
        try {
            // Taken even when there is nothing to migrate: a file another program keeps locked is
            // reported now rather than at the analyst's first change.
            project.write(conn -> {
                int version = Integer.parseInt(queryString(conn, "PRAGMA user_version"));
                if (version < Migrations.LATEST) {
                    Migrations.apply(conn, version);
                }
                return null;
            });
            // Now in WAL mode SQLite keeps its shared lock, and never again unlocks the whole file.
            lock.renew();
        } catch (ProjectException e) {
            closeQuietly(c);
            throw e;
        }
        return project;
    }

    private static void checkIsSqlite(Path file, InUseLock lock) throws ProjectException {
        byte[] head;
        try {
            head = lock.head(SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (head.length == 0) {
            throw new NotAProjectException(file + ": is empty, not a Stemma project");
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw new NotAProjectException(file + ": is not a Stemma project (not an SQLite database)");
        }
    }

    private static void checkIdentity(Path file, Connection c) throws SQLException, ProjectException {
        int applicationId = Integer.parseInt(queryString(c, "PRAGMA application_id"));
        if (applicationId != APPLICATION_ID) {
            boolean empty = "0".equals(queryString(c, "SELECT count(*) FROM sqlite_schema"));
            throw new NotAProjectException(file + (empty ? ": is an empty database, not a Stemma project"
                    : ": is a database of another program, not a Stemma project"));
        }
        int version = Integer.parseInt(queryString(c, "PRAGMA user_version"));
        if (version > Migrations.LATEST) {
            throw new NewerProjectException(file + ": was saved by a newer version of Stemma (project format "
                    + version + ", this version reads up to " + Migrations.LATEST + "); update Stemma to open it");
        }
    }

    private static Connection connect(Path file) throws ProjectException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw Failures.of(file, e);
        }
    }

    private static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing only releases the file; every change was committed when it was made.
        }
    }
}
