package org.stemma.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes an export beside its target and renames it over the target once complete, so a failed or
 * interrupted export never leaves half a file, nor replaces the analyst's earlier one.
 */
public final class ExportFile {

    /** What writes the export's bytes. */
    @FunctionalInterface
    public interface Content<T> {
        T write(OutputStream out) throws Exception;
    }

    private ExportFile() {
    }

    /**
     * @param project the open project's file, refused as a target
     * @return what {@code content} returned
     */
    public static <T> T write(Path file, Path project, Content<T> content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target) && project != null && Files.isSameFile(target, project)) {
            throw new IOException(target + ": is the project itself; choose another file for the export");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": is a folder; choose a file name for the export");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(partial)) {
                result = content.write(out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
