package org.stemma.cli;

import org.stemma.exchange.RefiImport;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code import --qdpx FILE [--project NEW]}: a REFI-QDA project read into a new Stemma project (by default
 * beside it, FILE's name with {@code .stemma}); prints what came in and each kind of thing left out.
 */
final class RefiImportCommand {

    private RefiImportCommand() {
    }

    static int run(Path qdpx, String projectOption, PrintStream out) throws UsageException {
        Path target = projectOption != null ? Path.of(projectOption)
                : qdpx.resolveSibling(qdpx.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".stemma");
        try {
            RefiImport.Outcome o = RefiImport.intoNewProject(qdpx, target);
            out.println("imported " + o.sources() + " text sources, " + o.codes() + " codes and " + o.selections()
                    + " coded selections into " + Messages.quote(target.toAbsolutePath().normalize()));
            for (String line : o.skipped()) {
                out.println("skipped " + line + " (Stemma has no place for it)");
            }
        } catch (ProjectException | IOException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }
}
