package org.stemma.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;

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
    /** Null while a new project is being built under its temporary name. */
    private final InUseLock lock;
    private final SqliteLockKeeper keeper;
    private final Connection connection;
    private final DocumentStore documents = new DocumentStore(this);
    private final ClaimStore claims = new ClaimStore(this);
    private final TagStore tags = new TagStore(this, claims);
    private final CounterpartStore counterparts = new CounterpartStore(this);
    private final AnalysisStore analyses = new AnalysisStore(this);
    private final SearchStore search = new SearchStore(this);
    private final FamilyStore families = new FamilyStore(this);
    private final CompareOptionsStore compareOptions = new CompareOptionsStore(this);
    private final ArticleMemoStore articleMemos = new ArticleMemoStore(this);
    private int depth;

    private ProjectFile(Path file, InUseLock lock, SqliteLockKeeper keeper, Connection connection) {
        this.file = file;
        this.lock = lock;
        this.keeper = keeper;
        this.connection = connection;
    }

    /** What fills a new project before it is put in place. */
    @FunctionalInterface
    public interface Filling {
        void fill(ProjectFile project) throws ProjectException;
    }

    /** Creates a new, empty project; an existing file is never overwritten. */
    public static ProjectFile create(Path path) throws ProjectException {
        return create(path, project -> { });
    }

    /**
     * Creates a new project holding what {@code filling} puts in it. It is built under a hidden temporary
     * name in the same folder and renamed into place only once complete, so a killed Stemma leaves either
     * no project or a complete one (decision record 0211); an existing file is never overwritten.
     */
    public static ProjectFile create(Path path, Filling filling) throws ProjectException {
        Path file = path.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(file);
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new ProjectException(file + ": the folder " + file.getParent() + " does not exist");
        }
        // The guard of the final name is taken first: it keeps two Stemmas from making it at once, and
        // lets this one sweep away what a killed one left half-made.
        InUseLock guard = InUseLock.take(file);
        try {
            TemporaryFiles.removeStale(file);
            Path temp = TemporaryFiles.newName(file);
            try {
                Files.createFile(temp);
            } catch (IOException e) {
                throw new ProjectException(file + ": cannot be created (" + e.getMessage() + ")", e);
            }
            try {
                ProjectFile building = start(temp, null, SqliteLockKeeper.open(temp), connect(temp));
                try {
                    filling.fill(building);
                } finally {
                    building.close();
                }
                TemporaryFiles.publish(temp, file);
            } finally {
                TemporaryFiles.delete(temp);
            }
            return openGuarded(file, guard);
        } catch (ProjectException | RuntimeException e) {
            guard.close();
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
        // A file that is not even an SQLite database is refused before its guard's lock file is made.
        InUseLock guard = InUseLock.take(file, () -> ProjectChecks.checkIsSqlite(file, ProjectChecks.head(file)));
        try {
            return openGuarded(file, guard);
        } catch (ProjectException | RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /** Opens {@code file} under its already taken guard; the caller closes the guard if this fails. */
    private static ProjectFile openGuarded(Path file, InUseLock guard) throws ProjectException {
        SqliteLockKeeper keeper = SqliteLockKeeper.open(file);
        try {
            Connection c = connect(file);
            try {
                ProjectChecks.checkIdentity(file, c);
                ProjectChecks.checkStructure(file, c);
                StoredValues.check(file, c);
            } catch (SQLException e) {
                closeQuietly(c);
                throw Failures.of(file, e);
            } catch (ProjectException e) {
                closeQuietly(c);
                throw e;
            }
            return start(file, guard, keeper, c);
        } catch (ProjectException | RuntimeException e) {
            keeper.close();
            throw e;
        }
    }

    static ProjectException exists(Path file) {
        return new ProjectException(file + ": already exists; choose another name (Stemma never overwrites a file)");
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

    /** Each article's stored analysis (schema version 3). */
    public AnalysisStore analyses() {
        return analyses;
    }

    /** Full-text search over the articles (schema version 4). */
    public SearchStore search() {
        return search;
    }

    /** The families of articles and their derivation (schema version 5). */
    public FamilyStore families() {
        return families;
    }

    /** The comparison's difference rules (schema version 8). */
    public CompareOptionsStore compareOptions() {
        return compareOptions;
    }

    /** The analyst's memos on articles (schema version 9). */
    public ArticleMemoStore articleMemos() {
        return articleMemos;
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
     * once the copy is complete. This project stays open on its own file. A target open in another Stemma
     * is refused.
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
        try (InUseLock guard = InUseLock.take(dest)) {
            if (Files.exists(Path.of(dest + "-wal")) || Files.exists(Path.of(dest + "-shm"))) {
                throw new ProjectException(dest + ": that project is open in another program or was not closed "
                        + "cleanly; choose another name");
            }
            TemporaryFiles.removeStale(dest);
            Path partial = TemporaryFiles.newName(dest);
            try {
                synchronized (this) {
                    ensureNoTransaction();
                    keeper.reassert();
                    try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                        vacuum.setString(1, partial.toString());
                        vacuum.execute();
                    }
                }
                TemporaryFiles.replace(partial, dest);
            } catch (SQLException e) {
                throw Failures.of(dest, e);
            } finally {
                TemporaryFiles.delete(partial);
            }
        }
    }

    @Override
    public synchronized void close() {
        keeper.stop();
        closeQuietly(connection);
        keeper.close();
        if (lock != null) {
            lock.close();
        }
    }

    SqliteLockKeeper keeper() {
        return keeper;
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
        } catch (DateTimeException e) {
            // StoredValues refuses such a file on open; this is the last line of defence.
            throw Failures.corrupt(file, e.getMessage());
        }
    }

    private <T> T inTransaction(String begin, Work<T> work) throws ProjectException {
        if (depth > 0) {
            return work.run();
        }
        keeper.reassert();
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
    private static ProjectFile start(Path file, InUseLock lock, SqliteLockKeeper keeper, Connection c)
            throws ProjectException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            closeQuietly(c);
            keeper.close();
            throw Failures.of(file, e);
        }
        ProjectFile project = new ProjectFile(file, lock, keeper, c);
        try {
            // Taken even when there is nothing to migrate: a file another program keeps locked is
            // reported now rather than at the analyst's first change; and from here on SQLite holds its
            // exclusive lock until the project is closed.
            project.write(conn -> {
                int version = Integer.parseInt(ProjectChecks.queryString(conn, "PRAGMA user_version"));
                if (version < Migrations.LATEST) {
                    Migrations.apply(conn, version);
                }
                return null;
            });
            keeper.hold();
        } catch (ProjectException e) {
            closeQuietly(c);
            keeper.close();
            throw e;
        }
        return project;
    }

    private static Connection connect(Path file) throws ProjectException {
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // One holder, no -shm: see SqliteLockKeeper and decision record 0210.
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw Failures.of(file, e);
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
