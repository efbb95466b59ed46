package org.stemma.cli;

import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code claim add --project FILE --document NAME --start N --end N --tag T [--tag T2] [--status S] [--note N]}:
 * marks a passage of a stored article as a claim and prints its id. Tags are created as needed.
 */
final class ClaimCommand implements Command {

    private static final String USAGE = "usage: claim add --project FILE --document NAME --start N --end N "
            + "--tag T [--tag T2] [--status S] [--note N]";

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            throw new UsageException(USAGE);
        }
        Arguments a = Arguments.parse(args.subList(1, args.size()), List.of(),
                List.of("--project", "--document", "--start", "--end", "--tag", "--status", "--note"));
        if (!a.positional().isEmpty() || a.values("--tag").isEmpty()) {
            throw new UsageException(USAGE);
        }
        String name = a.required("--document");
        int start = number(a, "--start");
        int end = number(a, "--end");
        ClaimStatus status = a.has("--status") ? ClaimStatus.parse(a.value("--status")).orElseThrow(() ->
                new UsageException("unknown status '" + a.value("--status") + "'; use one of "
                        + Arrays.stream(ClaimStatus.values()).map(Enum::name).collect(Collectors.joining(", "))))
                : ClaimStatus.OPEN;
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            StoredDocument document = project.documents().byName(name).orElse(null);
            if (document == null) {
                throw new UsageException("no document named '" + name + "' in " + project.path() + "; it holds: "
                        + project.documents().list().stream().map(StoredDocument::name).collect(Collectors.joining(", ")));
            }
            ClaimService service = new ClaimService(project, new UndoHistory());
            long id = service.addClaim(document.id(), start, end, a.values("--tag"), status,
                    a.has("--note") ? a.value("--note") : "").claim().id();
            out.println(id);
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
        return 0;
    }

    private static int number(Arguments a, String option) throws UsageException {
        String value = a.required(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
    }
}
