package org.stemma.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a project as open in this Stemma, so that a second Stemma (another window or a command) is told
 * rather than both writing to it: each would undo the other's changes from its own history.
 * <p>
 * The mark is an operating-system lock on an empty hidden file beside the project ({@code .NAME.lock}),
 * never on the project itself (decision record 0210). A POSIX record lock belongs to the process and goes
 * when the process closes <em>any</em> descriptor of the locked file; file choosers open the files they
 * list to sniff their type, so a lock on the project was dropped by File › Export Claims…. Nothing but
 * this class opens the lock file, and choosers do not sniff an empty file. The lock ends with the process,
 * even a killed one, so the file left behind never blocks anything; it is kept rather than deleted on close
 * because deleting a lock file lets a waiting Stemma lock the unlinked one while a third makes a new one.
 * A project open in this process is refused by path, before the lock file is even opened.
 */
final class InUseLock implements AutoCloseable {

    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    /** Null on a file system without record locks. */
    private FileLock lock;

    private InUseLock(Path file, Path key, FileChannel channel) {
        this.file = file;
        this.key = key;
        this.channel = channel;
    }

    /** The hidden lock file that guards {@code project}. */
    static Path lockFileOf(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".lock");
    }

    /** A look at the file made before its lock file is created, so that a file refused leaves none. */
    @FunctionalInterface
    interface Check {
        void run() throws ProjectException;
    }

    /** Fails if the project is open in this or another Stemma; {@code file} need not exist yet. */
    static InUseLock take(Path file) throws ProjectException {
        return take(file, () -> { });
    }

    /**
     * The same, running {@code check} first once no other project of this process can be opening the
     * file (so that reading it there cannot close a descriptor SQLite holds).
     */
    static InUseLock take(Path file, Check check) throws ProjectException {
        Path key = key(file);
        if (!OPEN_HERE.add(key)) {
            throw inUse(file);
        }
        try {
            check.run();
        } catch (ProjectException | RuntimeException e) {
            OPEN_HERE.remove(key);
            throw e;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFileOf(key), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            OPEN_HERE.remove(key);
            throw new ProjectException(file + ": the folder " + key.getParent() + " is read-only; Stemma saves "
                    + "every change and needs to write beside the project", e);
        } catch (IOException e) {
            OPEN_HERE.remove(key);
            throw new ProjectException(file + ": cannot be opened for writing (" + e.getMessage() + ")", e);
        }
        InUseLock taken = new InUseLock(file, key, channel);
        try {
            taken.lockOrFail();
            return taken;
        } catch (ProjectException e) {
            taken.close();
            throw e;
        }
    }

    /** The project's real path: two names of one file (a link, "./") are one project. */
    private static Path key(Path file) throws ProjectException {
        try {
            if (Files.exists(file)) {
                return file.toRealPath();
            }
            Path parent = file.toAbsolutePath().getParent();
            return parent.toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A file system without record locks (some network shares) gets no guard rather than a refusal:
     * SQLite's own locking, which needs them too, then decides.
     */
    private void lockOrFail() throws ProjectException {
        try {
            lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file);
            }
        } catch (IOException e) {
            lock = null;
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; the lock file itself is never written.
        }
        OPEN_HERE.remove(key);
    }

    private static ProjectLockedException inUse(Path file) {
        return new ProjectLockedException(file + ": the project is open in another Stemma window or command; "
                + "close it there first, or open a copy");
    }
}
