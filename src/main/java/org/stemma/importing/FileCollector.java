package org.stemma.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The files an import will read, from the files and folders the analyst dropped. Folders are walked
 * through symbolic links, but a link back to a folder already being walked is reported as a loop instead
 * of followed; hidden files and folders (a name starting with a dot) inside a folder are skipped; a file
 * reached twice (through a link) is read once. Files named directly are always taken.
 */
final class FileCollector {

    /** Folders nested deeper than this below a dropped folder are not entered. */
    static final int MAX_DEPTH = 64;

    /** The files to read, in order, and the folders that could not be entered. */
    record Collected(List<Path> files, List<FileOutcome.Refused> refused, boolean cancelled) {
    }

    private FileCollector() {
    }

    static Collected collect(List<Path> inputs, BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        List<FileOutcome.Refused> refused = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            if (cancelled.getAsBoolean()) {
                return new Collected(files, refused, true);
            }
            if (!Files.isDirectory(input)) {
                addOnce(input, files, seen);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (cancelled.getAsBoolean()) {
                            return FileVisitResult.TERMINATE;
                        }
                        return !dir.equals(input) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (hidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isDirectory()) {
                            refused.add(new FileOutcome.Refused(file, "a folder nested more than " + MAX_DEPTH
                                    + " levels deep; not entered"));
                        } else {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (!hidden(file)) {
                            refused.add(new FileOutcome.Refused(file, reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                refused.add(new FileOutcome.Refused(input, reason(e)));
            }
            found.sort(null);
            found.forEach(f -> addOnce(f, files, seen));
        }
        return new Collected(files, refused, cancelled.getAsBoolean());
    }

    private static void addOnce(Path file, List<Path> files, Set<Path> seen) {
        Path identity;
        try {
            identity = file.toRealPath();
        } catch (IOException e) {
            identity = file.toAbsolutePath().normalize();
        }
        if (seen.add(identity)) {
            files.add(file);
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop: this folder link points back to a folder above it, so it was not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: the folder cannot be read";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return "cannot be read (" + e.getMessage() + ")";
    }
}
