package org.stemma.cli;

import org.stemma.model.Claim;
import org.stemma.exchange.ClaimCsv;
import org.stemma.exchange.ClaimReport;
import org.stemma.exchange.Evidence;
import org.stemma.exchange.ExportFile;
import org.stemma.exchange.ClaimReviewFeed;
import org.stemma.exchange.ClaimXlsx;
import org.stemma.exchange.RefiExport;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code export --project FILE [--csv OUT] [--counterparts-csv OUT] [--tags-csv OUT] [--xlsx OUT] [--qdpx OUT]
 * [--claimreview OUT [--author NAME]] [--claim-report OUT --claim ID]}: the project's claims with their
 * evidence, in each format asked for; {@code --claim-report} writes the HTML report on one claim.
 */
final class ExportCommand implements Command {

    private static final Help HELP = new Help("export",
            "export --project FILE [--csv OUT] [--counterparts-csv OUT] [--tags-csv OUT] [--xlsx OUT] [--qdpx OUT] "
                    + "[--claimreview OUT [--author NAME]] [--claim-report OUT --claim ID]",
            "writes the project's claims with their evidence, in each format asked for (at least one)",
            List.of("--project FILE          the project (.stemma)",
                    "--csv OUT               one row per claim, counterparts as readable cells (UTF-8 with a BOM)",
                    "--counterparts-csv OUT  one row per claim and article: kind, changed words, review, offsets",
                    "--tags-csv OUT          one row per tag: its path in the tag tree, memo, claims",
                    "--xlsx OUT              the three tables as an Excel workbook (opens with no import dialog)",
                    "--qdpx OUT              a REFI-QDA project for QualCoder, ATLAS.ti, MAXQDA, NVivo",
                    "--claimreview OUT       schema.org ClaimReview JSON-LD for the claims with a verdict",
                    "--author NAME           the organisation publishing the ClaimReview",
                    "--claim-report OUT      an HTML report on the claim given with --claim ID"),
            "export --project kazakhstan.stemma --csv claims.csv --xlsx claims.xlsx");

    @Override
    public Help help() {
        return HELP;
    }
    private static final List<String> OUTPUTS = List.of("--csv", "--counterparts-csv", "--tags-csv", "--xlsx", "--qdpx", "--claimreview",
            "--claim-report");

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of(), List.of("--project", "--csv", "--counterparts-csv", "--tags-csv", "--xlsx",
                "--qdpx", "--claimreview", "--author", "--claim-report", "--claim"));
        if (!a.positional().isEmpty() || !a.has("--project") || OUTPUTS.stream().noneMatch(a::has)
                || (a.has("--author") && !a.has("--claimreview")) || (a.has("--claim") != a.has("--claim-report"))) {
            throw HELP.misuse();
        }
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            ClaimCommand.inStep(project, project.compareOptions().load()); // the evidence under the project's rules
            for (String option : OUTPUTS) {
                if (a.has(option)) {
                    Path file = Path.of(a.value(option));
                    try {
                        out.println(export(project, option, file, a));
                    } catch (IOException e) {
                        throw new UsageException(Messages.quote(file) + ": the export cannot be written ("
                                + e.getMessage() + ")");
                    }
                }
            }
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }

    private static String export(ProjectFile project, String option, Path file, Arguments a)
            throws ProjectException, IOException, UsageException {
        return switch (option) {
            case "--csv" -> "wrote " + ClaimCsv.export(project, file) + " claims to " + Messages.quote(file);
            case "--counterparts-csv" -> "wrote " + ClaimCsv.exportCounterparts(project, file)
                    + " rows (claim × article) to " + Messages.quote(file);
            case "--tags-csv" -> "wrote " + ClaimCsv.exportTags(project, file) + " tags to " + Messages.quote(file);
            case "--xlsx" -> "wrote " + ClaimXlsx.export(project, file) + " claims to " + Messages.quote(file);
            case "--qdpx" -> {
                RefiExport.Written w = RefiExport.export(project, file);
                yield "wrote " + w.sources() + " sources, " + w.codes() + " codes and " + w.selections()
                        + " coded selections to " + Messages.quote(file);
            }
            case "--claimreview" -> "wrote " + ClaimReviewFeed.export(project, file, a.value("--author"))
                    + " ClaimReview objects (claims with a verdict) to " + Messages.quote(file);
            case "--claim-report" -> {
                long id = claimId(a.value("--claim"));
                Evidence evidence = Evidence.readForClaim(project, id);
                Claim claim = evidence.claims().stream().filter(c -> c.id() == id).findFirst()
                        .orElseThrow(() -> new UsageException("there is no claim " + id + " in " + project.path()));
                String html = ClaimReport.html(evidence, claim);
                ExportFile.write(file, project.path(), o -> {
                    o.write(html.getBytes(StandardCharsets.UTF_8));
                    return null;
                });
                yield "wrote the report on claim " + id + " to " + Messages.quote(file);
            }
            default -> throw new IllegalArgumentException(option);
        };
    }

    private static long claimId(String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--claim needs a claim id (a whole number), not '" + value + "'");
        }
    }
}
