package org.stemma.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a project as open in this Stemma, so that a second Stemma (another window or a command) is told
 * rather than both writing to it: each would undo the other's changes from its own history. An operating
 * system lock on one byte far past SQLite's own lock bytes, so it ends with the process, even a killed one.
 * <p>
 * Two POSIX rules shape it. A process's record locks on a file all go when any of its descriptors of that
 * file is closed, so a project open in this process is refused by path before any descriptor is opened,
 * and the file's header is read through the lock's own channel. And they are the process's, not the
 * descriptor's: SQLite, when it drops to no lock at all (it does while a new file is still in rollback
 * mode, before WAL), unlocks the whole file and our byte with it. So the project file takes the lock
 * before it touches the file and {@link #renew renews} it once WAL holds SQLite's shared lock for good.
 */
final class InUseLock implements AutoCloseable {

    private static final long POSITION = Long.MAX_VALUE - 1;
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

    /** Fails if the project is open in this or another Stemma; {@code file} must exist. */
    static InUseLock take(Path file) throws ProjectException {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (!OPEN_HERE.add(key)) {
            throw inUse(file);
        }
        InUseLock taken = null;
        try {
            taken = new InUseLock(file, key, FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE));
            taken.lockOrFail();
            return taken;
        } catch (IOException e) {
            OPEN_HERE.remove(key);
            throw new ProjectException(file + ": cannot be opened for writing (" + e.getMessage() + ")", e);
        } catch (ProjectException e) {
            taken.close();
            throw e;
        }
    }

    /** Takes the lock again, in case SQLite's unlocking of the whole file took it away. */
    void renew() throws ProjectException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Released or not, the lock is taken anew below.
        }
        lockOrFail();
    }

    /**
     * A file system without record locks (some network shares) gets no guard rather than a refusal:
     * SQLite's own locking, which needs them too, then decides.
     */
    private void lockOrFail() throws ProjectException {
        try {
            lock = channel.tryLock(POSITION, 1, false);
            if (lock == null) {
                throw inUse(file);
            }
        } catch (IOException e) {
            lock = null;
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        }
    }

    /** The file's first bytes, read through the lock's own channel (see the class comment). */
    byte[] head(int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // A read may return fewer bytes than asked; the loop ends at the end of the file.
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Call only once the project's connection is closed (see the class comment). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; the file itself was never written through this channel.
        }
        OPEN_HERE.remove(key);
    }

    private static ProjectLockedException inUse(Path file) {
        return new ProjectLockedException(file + ": the project is open in another Stemma window or command; "
                + "close it there first, or open a copy");
    }
}
