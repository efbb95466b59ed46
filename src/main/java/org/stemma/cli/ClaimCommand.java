package org.stemma.cli;

import org.stemma.model.Claim;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.platform.Messages;
import org.stemma.session.CorpusSession;
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
 * marks a passage of a stored article as a claim, finds and stores its counterparts in the other articles
 * (as the window does), and prints its id. Tags are created as needed.
 */
final class ClaimCommand implements Command {

    private static final Help HELP = new Help("claim",
            "claim add --project FILE --document NAME --start N --end N --tag T [--tag T2] [--status S] [--note TEXT]",
            "marks a passage of a stored article as a claim and prints the claim's id; tags are made as needed",
            List.of("--project FILE   the project (.stemma)",
                    "--document NAME  the article, by the name the project lists it under",
                    "--start N        where the passage starts (a character offset into the article's text)",
                    "--end N          where it ends (exclusive)",
                    "--tag T          a tag, repeatable; at least one",
                    "--status S       one of " + Arrays.stream(ClaimStatus.values()).map(Enum::name)
                            .collect(Collectors.joining(" ")) + " (default OPEN)",
                    "--note TEXT      a note kept with the claim"),
            "claim add --project kazakhstan.stemma --document 001_a14117e3dcc20b34.txt --start 1489 --end 1609 "
                    + "--tag Kazakhstan");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            throw HELP.misuse();
        }
        Arguments a = Arguments.parse(args.subList(1, args.size()), List.of(),
                List.of("--project", "--document", "--start", "--end", "--tag", "--status", "--note"));
        if (!a.positional().isEmpty() || a.values("--tag").isEmpty()) {
            throw HELP.misuse();
        }
        String name = a.required("--document");
        int start = number(a, "--start");
        int end = number(a, "--end");
        ClaimStatus status = a.has("--status") ? ClaimStatus.parse(a.value("--status")).orElseThrow(() ->
                new UsageException("unknown status " + Messages.quote(a.value("--status")) + "; use one of "
                        + Arrays.stream(ClaimStatus.values()).map(Enum::name).collect(Collectors.joining(", "))))
                : ClaimStatus.OPEN;
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            StoredDocument document = project.documents().byName(name).orElse(null);
            if (document == null) {
                throw new UsageException("no document named " + Messages.quote(name) + " in " + Messages.quote(project.path())
                        + "; it holds: " + project.documents().list().stream().map(d -> Messages.quote(d.name()))
                        .collect(Collectors.joining(", ")));
            }
            ClaimService service = new ClaimService(project, new UndoHistory());
            Claim claim = service.addClaim(document.id(), start, end, a.values("--tag"), status,
                    a.has("--note") ? a.value("--note") : "").claim();
            // As the window does in the background: what became of the passage in every other article.
            new CounterpartFinder(project, CorpusSession.open(project), project.compareOptions().load()).update(claim);
            out.println(claim.id());
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.quote(name) + ": " + e.getMessage());
        }
        return 0;
    }

    private static int number(Arguments a, String option) throws UsageException {
        String value = a.required(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + Messages.quote(value));
        }
    }
}
