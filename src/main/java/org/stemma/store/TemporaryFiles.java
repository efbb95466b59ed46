package org.stemma.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The hidden files a project is built in before it is renamed into place (new projects, Save As), named
 * {@code .NAME.new-UUID} beside it. A killed Stemma may leave one; it never blocks anything (each build has
 * a name of its own) and the next build of the same name, holding that name's guard, removes it.
 */
final class TemporaryFiles {

    private static final String[] SQLITE_SUFFIXES = {"", "-wal", "-shm", "-journal"};

    private TemporaryFiles() {
    }

    static Path newName(Path file) {
        return file.resolveSibling(prefix(file) + UUID.randomUUID());
    }

    /** Removes what earlier builds of {@code file} left; call only while holding {@code file}'s guard. */
    static void removeStale(Path file) {
        String prefix = prefix(file);
        String older = "." + file.getFileName() + ".partial-";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) || p.getFileName().toString().startsWith(older))) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            // A leftover that cannot be removed costs only space; the build itself uses a new name.
            System.getLogger(TemporaryFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "leftovers of an earlier build of " + file + " were not removed", e);
        }
    }

    /** Puts a complete {@code temp} in place as {@code file}, never replacing a file that appeared meanwhile. */
    static void publish(Path temp, Path file) throws ProjectException {
        try {
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException e) {
                // No hard links here (some shared file systems): a rename, after one more look.
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(temp);
            syncFolder(file);
        } catch (FileAlreadyExistsException e) {
            throw ProjectFile.exists(file);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot be created (" + e.getMessage() + ")", e);
        }
    }

    /** Puts a complete {@code temp} in place as {@code file}, replacing what is there (Save As). */
    static void replace(Path temp, Path file) throws ProjectException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(file);
        } catch (IOException e) {
            throw new ProjectException(file + ": the copy cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** Removes a build's files, if they are still there. */
    static void delete(Path temp) {
        for (String suffix : SQLITE_SUFFIXES) {
            try {
                Files.deleteIfExists(Path.of(temp + suffix));
            } catch (IOException e) {
                System.getLogger(TemporaryFiles.class.getName()).log(System.Logger.Level.WARNING,
                        "a temporary file was not removed: " + temp + suffix, e);
            }
        }
    }

    private static String prefix(Path file) {
        return "." + file.getFileName() + ".new-";
    }

    /** Makes the rename itself survive a power cut, where the system allows a folder to be synced. */
    private static void syncFolder(Path file) {
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Not possible on every system (Windows); the rename is still atomic.
        }
    }
}
