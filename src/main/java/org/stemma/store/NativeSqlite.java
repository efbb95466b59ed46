package org.stemma.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.stemma.platform.UserDirectories;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where sqlite-jdbc loads SQLite's native library from. Left to itself it copies the library into
 * {@code java.io.tmpdir} on every run under a new name, with a {@code .lck} file that keeps it from being
 * cleaned up, and a killed run leaves both behind (1.1 MB each time). Instead the library is copied once
 * into the per-user data folder, under a folder named after the driver's version, and loaded from there
 * through sqlite-jdbc's own {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name} (decision record 0213).
 * If that fails sqlite-jdbc falls back to its usual copy.
 */
final class NativeSqlite {

    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Call before the first SQLite connection of the process. */
    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path dir = UserDirectories.dataDir().resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(folder.replaceFirst("^/org/sqlite/native/", ""));
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                extract(folder + "/" + name, lib);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            System.getLogger(NativeSqlite.class.getName()).log(System.Logger.Level.WARNING,
                    "SQLite's native library could not be kept in " + dir + "; sqlite-jdbc copies it to "
                            + System.getProperty("java.io.tmpdir") + " instead", e);
        }
    }

    /** Copies the library out of the jar under a name of its own, then renames it into place whole. */
    private static void extract(String resource, Path lib) throws IOException {
        Files.createDirectories(lib.getParent());
        Path partial = Files.createTempFile(lib.getParent(), "." + lib.getFileName(), ".partial");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in sqlite-jdbc");
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
