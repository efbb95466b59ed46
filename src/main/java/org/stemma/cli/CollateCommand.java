package org.stemma.cli;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.collation.BaseChoice;
import org.stemma.collation.Cell;
import org.stemma.collation.Collation;
import org.stemma.collation.CollationCsv;
import org.stemma.collation.CollationJson;
import org.stemma.collation.CollationTei;
import org.stemma.collation.Collator;
import org.stemma.collation.Passage;
import org.stemma.collation.Witness;
import org.stemma.families.FamilyEngine;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code collate PATH... | --project FILE [--family ID] [--base B] [--json|--tei|--csv]}: the articles
 * collated against one base (decision 1300), printed as a summary, a CollateX-style JSON table, TEI
 * parallel segmentation or CSV.
 */
final class CollateCommand implements Command {

    private static final Help HELP = new Help("collate",
            "collate PATH... | --project FILE [--family ID] [--base B] [--json | --tei | --csv]",
            "collates articles against one base: every passage of every witness in one table",
            List.of("--base B  the base: one of the PATHs (or its file name), or in a project an article's name or id;"
                            + " by default the family's root, else the earliest dated, else the first",
                    "--project FILE  the articles of a project (all, or one family's with --family)",
                    "--family ID  the family of that id as 'stemma families --project FILE' lists it",
                    "--json  a CollateX-style alignment table: {\"witnesses\":[...],\"table\":[[cells...]...]}",
                    "--tei  TEI parallel segmentation (<app>, one <rdg wit=\"#...\"> per distinct wording)",
                    "--csv  one row per passage, one column per witness (the base first)"),
            "collate seeds/001_a14117e3dcc20b34.txt seeds/000_bccecb4352150e81.txt --json");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json", "--tei", "--csv"), List.of("--project", "--family", "--base"));
        int formats = (a.has("--json") ? 1 : 0) + (a.has("--tei") ? 1 : 0) + (a.has("--csv") ? 1 : 0);
        if (a.has("--project") == !a.positional().isEmpty() || formats > 1 || a.has("--family") && !a.has("--project")) {
            throw HELP.misuse();
        }
        Chosen chosen = a.has("--project") ? fromProject(a) : fromPaths(a);
        List<Witness> others = chosen.witnesses.stream().filter(w -> w != chosen.base).toList();
        Collation collation = Collator.collate(chosen.base, others);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            if (a.has("--json")) {
                writer.write(CollationJson.write(collation));
                writer.write('\n');
            } else if (a.has("--tei")) {
                CollationTei.write(collation, writer);
                writer.write('\n');
            } else if (a.has("--csv")) {
                CollationCsv.write(collation, writer);
            } else {
                summary(collation, writer);
            }
            writer.flush();
        } catch (IOException | XMLStreamException e) {
            throw new UsageException("the collation cannot be written: " + e.getMessage());
        }
        return 0;
    }

    private record Chosen(List<Witness> witnesses, Witness base) {
    }

    private static Chosen fromPaths(Arguments a) throws UsageException {
        List<String> paths = new ArrayList<>(a.positional());
        String base = a.value("--base");
        if (base != null && paths.stream().noneMatch(p -> sameFile(p, base))) {
            paths.add(0, base);
        }
        List<ArticlesInMemory.Read> read = ArticlesInMemory.of(paths);
        List<Witness> found = new ArrayList<>();
        FamilyEngine engine = new FamilyEngine();
        CandidateIndex index = new CandidateIndex();
        for (int i = 0; i < read.size(); i++) {
            AnalyzedDocument doc = Analyzer.analyze(read.get(i).document());
            found.add(Witness.of(read.get(i).path(), doc));
            engine.add(i, doc);
            index.add(i, doc);
        }
        List<Witness> witnesses = unique(found);
        if (witnesses.size() < 2) {
            throw new UsageException("collate needs at least two different articles");
        }
        if (base != null) {
            for (int i = 0; i < read.size(); i++) {
                if (sameFile(read.get(i).path(), base)) {
                    return new Chosen(witnesses, witnesses.get(i));
                }
            }
            throw new UsageException(base + ": not an article that could be read");
        }
        Witness root = engine.update(index, FamilyEngine.Progress.NONE).stream().filter(f -> f.root() != null)
                .max(Comparator.comparingInt(f -> f.members().size()))
                .map(f -> witnesses.get((int) (long) f.root())).orElse(null);
        return new Chosen(witnesses, BaseChoice.choose(witnesses, root));
    }

    private static boolean sameFile(String path, String named) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        Path n = Path.of(named);
        return p.equals(n.toAbsolutePath().normalize()) || n.getNameCount() == 1 && p.getFileName().equals(n);
    }

    private static Chosen fromProject(Arguments a) throws UsageException {
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            List<StoredDocument> documents = project.documents().list();
            Family family = null;
            if (a.has("--family")) {
                String id = a.value("--family");
                family = project.families().load().families().stream().filter(f -> String.valueOf(f.id()).equals(id))
                        .findFirst().orElseThrow(() -> new UsageException("no family " + id
                                + " in the project (stemma families --project FILE lists them)"));
                Set<Long> members = new HashSet<>(family.members());
                documents = documents.stream().filter(d -> members.contains(d.id())).toList();
            }
            List<Witness> witnesses = new ArrayList<>();
            Witness root = null;
            Witness named = null;
            String base = a.value("--base");
            for (StoredDocument d : documents) {
                Witness w = Witness.of(d.name(), Analyzer.analyze(d.document()));
                witnesses.add(w);
                root = family != null && family.root() != null && family.root() == d.id() ? w : root;
                named = base != null && (d.name().equals(base) || String.valueOf(d.id()).equals(base)) ? w : named;
            }
            witnesses = unique(witnesses);
            if (base != null && named == null) {
                throw new UsageException(base + ": no such article" + (family != null ? " in family " + family.id() : "") + " in the project");
            }
            if (witnesses.size() < 2) {
                throw new UsageException("collate needs at least two articles; the project " + (family != null ? "family " : "") + "has " + witnesses.size());
            }
            return new Chosen(witnesses, named != null ? named : BaseChoice.choose(witnesses, root));
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The same witnesses with ids made unique (two files of one name in different folders). */
    private static List<Witness> unique(List<Witness> witnesses) {
        Set<String> used = new HashSet<>();
        List<Witness> out = new ArrayList<>();
        for (Witness w : witnesses) {
            String id = w.id();
            for (int n = 2; !used.add(id); n++) {
                id = w.id() + "-" + n;
            }
            out.add(id.equals(w.id()) ? w : new Witness(id, w.label(), w.document()));
        }
        return out;
    }

    private static void summary(Collation c, Writer out) throws IOException {
        long differing = c.passages().stream().filter(p -> p.divergent() > 0).count();
        out.write("base " + c.base().id() + " (" + c.base().label() + "), " + (c.witnesses().size() - 1) + " witnesses, "
                + c.passages().size() + " passages, " + differing + " read otherwise by some witness\n");
        int n = 0;
        for (Passage p : c.passages()) {
            n++;
            if (p.divergent() == 0) {
                continue;
            }
            out.write("#" + n + (p.inBase() ? " " + line(p.cell(0).text()) : " (not in the base)") + "\n");
            for (int i = 1; i < p.cells().size(); i++) {
                Cell cell = p.cell(i);
                boolean show = p.inBase() ? cell.kind() != Cell.Kind.SAME : cell.hasText();
                if (show) {
                    out.write("  " + c.witnesses().get(i).id() + " [" + cell.kind().id() + "] " + line(cell.text()) + "\n");
                }
            }
        }
    }

    private static String line(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
