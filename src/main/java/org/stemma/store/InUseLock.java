package org.stemma.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * Projects open in this process are also remembered by path, because POSIX drops all of a process's
 * locks on a file when any of its descriptors of that file is closed: a second channel must never be
 * opened and closed on a file this process has open, or SQLite's own locks would go with it.
 */
final class InUseLock implements AutoCloseable {

    private static final long POSITION = Long.MAX_VALUE - 1;
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;

    private InUseLock(Path key, FileChannel channel) {
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
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (!takenHere(channel)) {
                throw inUse(file);
            }
            return new InUseLock(key, channel);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            OPEN_HERE.remove(key);
            throw new ProjectException(file + ": cannot be opened for writing (" + e.getMessage() + ")", e);
        } catch (ProjectException e) {
            closeQuietly(channel);
            OPEN_HERE.remove(key);
            throw e;
        }
    }

    /**
     * Takes the lock; false when another program holds it. A file system without record locks (some
     * network shares) gets no guard rather than a refusal: SQLite's own locking, which needs them too,
     * then decides.
     */
    private static boolean takenHere(FileChannel channel) {
        try {
            return channel.tryLock(POSITION, 1, false) != null;
        } catch (IOException e) {
            return true;
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
        closeQuietly(channel);
        OPEN_HERE.remove(key);
    }

    private static ProjectLockedException inUse(Path file) {
        return new ProjectLockedException(file + ": the project is open in another Stemma window or command; "
                + "close it there first, or open a copy");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; the file itself was never written through this channel.
        }
    }
}
