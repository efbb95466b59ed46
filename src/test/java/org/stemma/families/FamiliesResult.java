package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.importing.ArticleFiles;
import org.stemma.index.CandidateIndex;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Families found in a set of files with the candidate index, as the product finds them, read back by
 * file name (without extension) for assertions.
 */
record FamiliesResult(List<String> names, FamilyEngine engine, List<Family> found) {

    static FamiliesResult of(List<Path> files) throws Exception {
        List<String> names = new ArrayList<>();
        List<AnalyzedDocument> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(Analyzer.analyze(ArticleFiles.document(file)));
            String n = file.getFileName().toString();
            names.add(n.substring(0, n.lastIndexOf('.')));
        }
        return of(names, docs);
    }

    /** The families of {@code docs}, each article's id its place in the list, found through the candidate index. */
    static FamiliesResult of(List<String> names, List<AnalyzedDocument> docs) {
        FamilyEngine engine = new FamilyEngine();
        CandidateIndex index = new CandidateIndex();
        for (int i = 0; i < docs.size(); i++) {
            engine.add(i, docs.get(i));
            index.add(i, docs.get(i));
        }
        return new FamiliesResult(names, engine, engine.update(index, FamilyEngine.Progress.NONE));
    }

    Set<Set<String>> families() {
        Set<Set<String>> out = new HashSet<>();
        for (Family f : found) {
            out.add(f.members().stream().map(m -> names.get(m.intValue())).collect(Collectors.toSet()));
        }
        return out;
    }

    Family family(String member) {
        long id = names.indexOf(member);
        return found.stream().filter(f -> f.members().contains(id)).findFirst().orElseThrow();
    }

    /** The family's edges as "a -> b" (directed) or "a -- b" (undirected, smaller name first). */
    Set<String> edges(String member) {
        Set<String> out = new TreeSet<>();
        for (DerivationEdge e : family(member).edges()) {
            String from = names.get((int) e.from());
            String to = names.get((int) e.to());
            out.add(e.directed() ? from + " -> " + to
                    : (from.compareTo(to) < 0 ? from + " -- " + to : to + " -- " + from));
        }
        return out;
    }

    /** Every edge with its evidence, for a failure message. */
    String explain(String member) {
        StringBuilder sb = new StringBuilder();
        for (DerivationEdge e : family(member).edges()) {
            sb.append('\n').append(name(e.from())).append(e.directed() ? " -> " : " -- ").append(name(e.to()))
                    .append(' ').append(e.confidence()).append(' ').append(e.evidence());
        }
        return sb.toString();
    }

    String name(long id) {
        return names.get((int) id);
    }

    Set<Long> furniture() {
        return engine.corpusFurniture();
    }
}
