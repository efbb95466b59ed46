package org.stemma.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps SQLite's own lock on the project file held while the project is open, whatever else in this
 * process opens and closes the file (decision record 0210). The project runs in {@code locking_mode =
 * EXCLUSIVE}: SQLite takes an exclusive POSIX lock once and never asks again, and keeps its WAL index in
 * memory, so there is no {@code -shm} file whose locks could be dropped. A close of any other descriptor of
 * the file drops that lock all the same (POSIX locks are the process's), after which another program could
 * open the file, checkpoint it and delete the {@code -wal} this project still writes to. So before every
 * transaction the keeper takes SQLite's lock bytes again, from a channel opened before SQLite's and closed
 * after it, and checks that the {@code -wal} is still the file SQLite writes; and it does so every
 * {@value #RENEW_MS} ms in between, so
 * that a lock dropped while a file dialog lists the project's folder is back before another program starts.
 * <p>
 * On Windows locks belong to handles, are not dropped that way, and would conflict with SQLite's own: the
 * keeper does nothing there.
 */
final class SqliteLockKeeper implements AutoCloseable {

    /** SQLite's lock bytes (os_unix.c): PENDING and RESERVED, then the SHARED range. */
    private static final long PENDING_BYTE = 0x4000_0000L;
    private static final long SHARED_FIRST = PENDING_BYTE + 2;
    private static final long SHARED_SIZE = 510;
    private static final boolean POSIX = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    private static final int TRIES = 20;
    static final long RENEW_MS = 250;
    private static final ScheduledExecutorService RENEWER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stemma-lock-keeper");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final FileChannel channel;
    private FileLock pending;
    private FileLock shared;
    private Object walKey;
    private boolean holding;
    /** Why the project can no longer be written safely, once the keeper found out. */
    private ProjectException broken;
    private long renewals;
    private ScheduledFuture<?> renewing;

    private SqliteLockKeeper(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the keeper's channel; do it before SQLite opens the file, and close it after SQLite has. */
    static SqliteLockKeeper open(Path file) throws ProjectException {
        try {
            return new SqliteLockKeeper(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be opened for writing (" + e.getMessage() + ")", e);
        }
    }

    /** Starts keeping: call once SQLite holds its exclusive lock and has opened the {@code -wal}. */
    synchronized void hold() throws ProjectException {
        walKey = walKey();
        holding = POSIX;
        reassert();
        if (holding) {
            renewing = RENEWER.scheduleWithFixedDelay(this::renew, RENEW_MS, RENEW_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void renew() {
        try {
            reassert();
        } catch (ProjectException e) {
            // Kept in broken: the next change of the project reports it to the analyst.
        }
    }

    /**
     * Takes SQLite's lock bytes again (a no-op while nothing dropped them), one range at a time so that
     * the other always blocks a newcomer; fails if another program got in meanwhile.
     */
    synchronized void reassert() throws ProjectException {
        if (broken != null) {
            throw broken;
        }
        if (!holding) {
            return;
        }
        try {
            pending = relock(pending, PENDING_BYTE, 2);
            shared = relock(shared, SHARED_FIRST, SHARED_SIZE);
        } catch (ProjectLockedException e) {
            broken = e;
            throw e;
        }
        Object now = walKey();
        if (walKey == null) {
            walKey = now;
        } else if (!Objects.equals(walKey, now)) {
            broken = new ProjectException(file + ": another program removed the project's log of recent changes "
                    + "while Stemma had it open; close the project and open it again");
            throw broken;
        }
        renewals++;
        notifyAll();
    }

    /** Waits (at most {@code timeoutMs}) until the locks have been taken again after this call. */
    synchronized boolean awaitRenewal(long timeoutMs) throws InterruptedException {
        long target = renewals + 1;
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (renewals < target && broken == null && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return renewals >= target;
    }

    private FileLock relock(FileLock held, long position, long size) throws ProjectException {
        try {
            if (held != null) {
                held.release();
            }
            for (int i = 0; i < TRIES; i++) {
                FileLock lock = channel.tryLock(position, size, false);
                if (lock != null) {
                    return lock;
                }
                // A newcomer holds a byte only while it learns that the file is locked; let it go.
                Thread.sleep(5);
            }
        } catch (IOException e) {
            // No record locks on this file system: SQLite's locking did not work there either.
            holding = false;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProjectLockedException(file + ": another program opened the project file while Stemma had it "
                + "open; close that program, then close the project and open it again");
    }

    private Object walKey() {
        try {
            return Files.readAttributes(Path.of(file + "-wal"), BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return e.getClass();
        }
    }

    /** Stops the quarter-second renewal only (tests: to let another program in while the lock is down). */
    synchronized void pauseRenewal() {
        if (renewing != null) {
            renewing.cancel(false);
        }
    }

    /** Stops renewing; call before SQLite's connection is closed. */
    synchronized void stop() {
        holding = false;
        if (renewing != null) {
            renewing.cancel(false);
        }
    }

    /** Call only once SQLite's connection is closed. */
    @Override
    public synchronized void close() {
        stop();
        try {
            channel.close();
        } catch (IOException ignored) {
            // Only releases locks SQLite has already given up; nothing was written through this channel.
        }
    }
}
