package org.stemma.cli;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.families.CorpusFamilies;
import org.stemma.families.FamilyEngine;
import org.stemma.families.GraphmlWriter;
import org.stemma.families.PassimExport;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code families PATH... | --project FILE [--json] [--graphml OUT] [--passim OUT]}: the families of
 * articles that share text and, in each, who copied whom (decision 1000). In a project the families are
 * kept in the file and only what changed since is aligned again.
 */
final class FamiliesCommand implements Command {

    private static final Help HELP = new Help("families", "families PATH... | --project FILE [--json] [--graphml OUT] [--passim OUT]",
            "finds the families of articles that share text and, in each, who copied whom",
            List.of("--project FILE  the articles of a project; the families are kept in it and updated next time",
                    "--json  print one JSON object (documents, families with their edges and evidence)",
                    "--graphml OUT  write the derivation graphs as GraphML (Gephi, Cytoscape, yEd)",
                    "--passim OUT  write the articles as passim's JSON-lines input ({id, series, date, text})"),
            "families seeds --json");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project", "--graphml", "--passim"));
        if (a.has("--project") == !a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        List<Long> ids = new ArrayList<>();
        Map<Long, Document> documents = new HashMap<>();
        Map<Long, String> paths = new HashMap<>();
        List<Family> families;
        if (a.has("--project")) {
            families = fromProject(Path.of(a.required("--project")), ids, documents, paths);
        } else {
            List<ArticlesInMemory.Read> read = ArticlesInMemory.of(a.positional());
            FamilyEngine engine = new FamilyEngine();
            CandidateIndex index = new CandidateIndex();
            for (int i = 0; i < read.size(); i++) {
                long id = i;
                ids.add(id);
                documents.put(id, read.get(i).document());
                paths.put(id, read.get(i).path());
                add(engine, index, id, read.get(i).document());
            }
            families = engine.update(index, FamilyEngine.Progress.NONE);
        }
        if (a.has("--graphml")) {
            write(Path.of(a.value("--graphml")), o -> GraphmlWriter.write(o, families, documents, paths::get));
        }
        if (a.has("--passim")) {
            List<PassimExport.Entry> entries = ids.stream().map(id -> new PassimExport.Entry(paths.get(id), documents.get(id))).toList();
            write(Path.of(a.value("--passim")), o -> PassimExport.write(
                    new BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8)), entries));
        }
        if (a.has("--json")) {
            out.println(Json.GSON.toJson(FamiliesJson.of(ids, documents, paths::get, families)));
        } else {
            print(out, families, paths, ids.size());
        }
        return 0;
    }

    private static List<Family> fromProject(Path file, List<Long> ids, Map<Long, Document> documents,
                                            Map<Long, String> paths) throws UsageException {
        try (ProjectFile project = ProjectFile.open(file)) {
            for (StoredDocument d : project.documents().list()) {
                ids.add(d.id());
                documents.put(d.id(), d.document());
                paths.put(d.id(), d.name());
            }
            try (CorpusFamilies families = CorpusFamilies.open(CorpusSession.open(project))) {
                return families.stale() ? families.update(FamilyEngine.Progress.NONE) : families.families();
            }
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void add(FamilyEngine engine, CandidateIndex index, long id, Document document) {
        AnalyzedDocument doc = Analyzer.analyze(document);
        engine.add(id, doc);
        index.add(id, doc);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws UsageException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
            writing.to(o);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }

    private static void print(PrintStream out, List<Family> families, Map<Long, String> paths, int articles) {
        for (Family f : families) {
            out.println("family " + f.id() + ": " + f.name() + " (" + f.members().size() + " articles)");
            f.edges().forEach(e -> out.printf("  %s %s %s  similarity %.2f, confidence %.2f%n",
                    paths.get(e.from()), e.directed() ? "->" : "--", paths.get(e.to()), e.similarity(), e.confidence()));
        }
        long inFamilies = families.stream().mapToLong(f -> f.members().size()).sum();
        out.println(families.size() + " families; " + (articles - inFamilies) + " of " + articles + " articles stand alone");
    }
}
