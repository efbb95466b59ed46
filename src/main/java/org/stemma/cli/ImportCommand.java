package org.stemma.cli;

import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.importing.OutcomeText;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionLibrary;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import --project FILE PATH...}: adds article files and folders (walked) to an existing project,
 * one line per file and the totals. Refused files are part of a normal run (exit 0). With {@code --qdpx},
 * reads a REFI-QDA project into a new Stemma project instead ({@link RefiImportCommand}).
 */
final class ImportCommand implements Command {

    private static final Help HELP = new Help("import", "import --project FILE PATH...  |  import --qdpx FILE [--project NEW]",
            "adds article files and folders (walked) to a project: one line per file, then the totals; "
                    + "or reads a REFI-QDA project into a new one",
            List.of("--project FILE  the project (.stemma) to add to (with --qdpx: the new project to make)",
                    "--qdpx FILE     a REFI-QDA project (.qdpx) from Stemma, QualCoder, ATLAS.ti, MAXQDA, NVivo…"),
            "import --project kazakhstan.stemma seeds");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of(), List.of("--project", "--qdpx"));
        if (a.has("--qdpx")) {
            if (!a.positional().isEmpty()) {
                throw HELP.misuse();
            }
            return RefiImportCommand.run(Path.of(a.value("--qdpx")), a.value("--project"), out);
        }
        if (!a.has("--project") || a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        List<Path> paths = a.positional().stream().map(Path::of).toList();
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            ImportSummary summary = new Importer(new SessionLibrary(CorpusSession.open(project)))
                    .importPaths(paths, (done, total, current) -> { }, () -> false);
            summary.outcomes().forEach(o -> out.println(OutcomeText.line(o)));
            out.println(OutcomeText.total(summary) + " into " + Messages.quote(project.path()));
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("the import stopped: " + e.getMessage());
        }
        return 0;
    }
}
