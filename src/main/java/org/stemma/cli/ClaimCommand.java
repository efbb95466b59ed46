package org.stemma.cli;

import com.google.gson.JsonParser;
import org.stemma.align.CompareOptions;
import org.stemma.exchange.Evidence;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code claim add --project FILE --document NAME --start N --end N --tag T [--tag T2] [--status S] [--note N]
 * [--json]}: marks a passage of a stored article as a claim, finds and stores its counterparts in the other
 * articles (as the window does), and prints its id. Tags are created as needed. {@code claim counterparts}
 * lists the stored counterparts and {@code claim rules} sets the project's difference rules; both first
 * compute again the counterparts stored under other rules than the project's, as opening it in the window
 * does (decision 1421).
 */
final class ClaimCommand implements Command {

    private static final Help HELP = new Help("claim",
            "claim add --project FILE --document NAME --start N --end N --tag T [--tag T2] [--status S] [--note TEXT] "
                    + "[--json] | claim counterparts --project FILE [--claim ID] [--json] | claim rules --project FILE "
                    + "[--match-case] [--match-punctuation] [--numbers] [--equivalents FILE] [--json]",
            "marks a passage of a stored article as a claim and prints the claim's id; tags are made as needed. "
                    + "Counterparts follow the project's difference rules (claim rules sets them)",
            List.of("--project FILE   the project (.stemma)",
                    "--document NAME  the article, by the name the project lists it under",
                    "--start N        where the passage starts (a character offset into the article's text)",
                    "--end N          where it ends (exclusive)",
                    "--tag T          a tag, repeatable; at least one",
                    "--status S       one of " + Arrays.stream(ClaimStatus.values()).map(Enum::name)
                            .collect(Collectors.joining(" ")) + " (default OPEN)",
                    "--note TEXT      a note kept with the claim",
                    "--json           print the claim (or claims) with its counterparts and the rules as one JSON object",
                    "--claim ID       claim counterparts: that claim's only (default: every claim)",
                    "--match-case, --match-punctuation, --numbers, --equivalents FILE",
                    "                 claim rules: what counts as a difference, as for compare; they replace the "
                            + "project's rules"),
            "claim add --project kazakhstan.stemma --document 001_a14117e3dcc20b34.txt --start 1489 --end 1609 "
                    + "--tag Kazakhstan");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        if (args.isEmpty()) {
            throw HELP.misuse();
        }
        return switch (args.get(0)) {
            case "add" -> add(args.subList(1, args.size()), out);
            case "counterparts" -> counterparts(args.subList(1, args.size()), out);
            case "rules" -> rules(args.subList(1, args.size()), out);
            default -> throw HELP.misuse();
        };
    }

    private int counterparts(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project", "--claim"));
        if (!a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            CompareOptions rules = project.compareOptions().load();
            Set<Long> recomputed = inStep(project, rules);
            List<Claim> claims;
            if (a.has("--claim")) {
                long id = claimId(a.value("--claim"));
                claims = List.of(project.claims().get(id).orElseThrow(() -> new UsageException("no claim " + id + " in "
                        + Messages.quote(project.path()))));
            } else {
                claims = project.claims().list();
            }
            if (a.has("--json")) {
                Json.print(CounterpartsJson.of(project, rules, claims, recomputed), out);
                return 0;
            }
            Map<Long, String> names = new HashMap<>();
            project.documents().headers().forEach(d -> names.put(d.id(), d.name()));
            for (Claim claim : claims) {
                for (ClaimCounterpart c : project.counterparts().forClaim(claim.id())) {
                    List<String> said = new ArrayList<>(Evidence.changes(c).stream()
                            .map(w -> w.left() + " -> " + w.right()).toList());
                    said.addAll(equivalents(c));
                    out.println("claim " + claim.id() + "\t" + names.get(c.documentId()) + "\t"
                            + c.kind().name().toLowerCase(Locale.ROOT) + (said.isEmpty() ? "" : "\t" + String.join("; ", said)));
                }
            }
            return 0;
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int rules(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json", "--match-case", "--match-punctuation", "--numbers"),
                List.of("--project", "--equivalents"));
        if (!a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        CompareOptions rules = new CompareOptions(!a.has("--match-case"), !a.has("--match-punctuation"),
                a.has("--numbers"), CompareCommand.equivalents(a.value("--equivalents")));
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            project.compareOptions().save(rules);
            Set<Long> recomputed = inStep(project, rules);
            if (a.has("--json")) {
                Json.print(CounterpartsJson.of(project, rules, project.claims().list(), recomputed), out);
            } else {
                out.println("counterparts of " + recomputed.size() + " claims computed again under the new rules");
            }
            return 0;
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Computes again the counterparts stored under other rules than {@code rules}, as opening the project
     * does; when none is, the articles are not even read.
     */
    static Set<Long> inStep(ProjectFile project, CompareOptions rules) throws ProjectException {
        if (project.counterparts().outOfStep(rules.fingerprint()).isEmpty()) {
            return Set.of();
        }
        return new CounterpartFinder(project, CorpusSession.open(project), rules).bringInStep(new CounterpartFinder.Steps() {
            @Override
            public void done(int claims, int of) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
    }

    /** The spellings the rules made equal in a counterpart: "Kiev = Kyiv". */
    private static List<String> equivalents(ClaimCounterpart c) {
        List<String> out = new ArrayList<>();
        JsonParser.parseString(c.equivalents()).getAsJsonArray().forEach(e -> out.add(
                e.getAsJsonObject().get("left").getAsString() + " = " + e.getAsJsonObject().get("right").getAsString()));
        return out;
    }

    private static long claimId(String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--claim needs a claim id (a whole number), not " + Messages.quote(value));
        }
    }

    private int add(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"),
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
            CompareOptions rules = project.compareOptions().load();
            new CounterpartFinder(project, CorpusSession.open(project), rules).update(claim);
            if (a.has("--json")) {
                Json.print(CounterpartsJson.of(project, rules, List.of(claim), List.of()), out);
            } else {
                out.println(claim.id());
            }
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
