package org.stemma.cli;

import org.stemma.export.ClaimCsv;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code export --project FILE --csv OUT}: every claim of the project as one CSV row. */
final class ExportCommand implements Command {

    private static final Help HELP = new Help("export", "export --project FILE --csv OUT",
            "writes every claim of a project as one CSV row (UTF-8 with a BOM, safe for spreadsheets)",
            List.of("--project FILE  the project (.stemma)", "--csv OUT       the CSV file to write"),
            "export --project kazakhstan.stemma --csv claims.csv");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of(), List.of("--project", "--csv"));
        if (!a.positional().isEmpty() || !a.has("--project") || !a.has("--csv")) {
            throw HELP.misuse();
        }
        Path csv = Path.of(a.required("--csv"));
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            int rows = ClaimCsv.export(project, csv);
            out.println("wrote " + rows + " claims to " + Messages.quote(csv));
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException(Messages.quote(csv) + ": the export cannot be written (" + e.getMessage() + ")");
        }
        return 0;
    }
}
