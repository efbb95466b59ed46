package org.stemma.cli;

import org.stemma.claims.Claim;
import org.stemma.claims.CounterpartFinder;
import org.stemma.exchange.RefiImport;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code import --qdpx FILE [--project NEW]}: a REFI-QDA project read into a new Stemma project (by default
 * beside it, FILE's name with {@code .stemma}); prints what came in and each kind of thing left out, then
 * finds the counterparts of the imported claims. A project that cannot be filled is removed again.
 */
final class RefiImportCommand {

    private RefiImportCommand() {
    }

    static int run(Path qdpx, String projectOption, PrintStream out) throws UsageException {
        if (!Files.isRegularFile(qdpx)) {
            throw new UsageException(qdpx + ": no such file");
        }
        Path target = projectOption != null ? Path.of(projectOption)
                : qdpx.resolveSibling(qdpx.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".stemma");
        ProjectFile project;
        try {
            project = ProjectFile.create(target);
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage()); // e.g. the file exists: it is never touched
        }
        boolean filled = false;
        try (project) {
            RefiImport.Outcome o;
            try {
                o = RefiImport.read(qdpx, project);
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
            filled = true;
            out.println("imported " + o.sources() + " text sources, " + o.codes() + " codes and " + o.selections()
                    + " coded selections into " + project.path());
            for (String line : o.skipped()) {
                out.println("skipped " + line + " (Stemma has no place for it)");
            }
            CounterpartFinder finder = new CounterpartFinder(project);
            for (long id : o.claimIds()) {
                Optional<Claim> claim = project.claims().get(id);
                if (claim.isPresent()) {
                    finder.update(claim.get());
                }
            }
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        } finally {
            if (!filled) {
                removeEmpty(target);
            }
        }
        return 0;
    }

    /** Removes the project this command created but could not fill (never one that existed before). */
    private static void removeEmpty(Path target) {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(target.toAbsolutePath() + suffix));
            } catch (NoSuchFileException ignored) {
                // already gone
            } catch (IOException e) {
                System.getLogger(RefiImportCommand.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot remove the unfilled project " + target, e);
            }
        }
    }
}
