package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality of the facts' names on sets A, B and C (src/test/resources/facts/names-set-*.txt; A and B read
 * since, C written after decision 1121 and measured once): precision and recall, exact (the name as written)
 * and by last word (what the ledger compares names by), each article read on its own and each set read as one
 * corpus, with every miss and false name printed; then the names of a synthetic corpus written to a file so
 * that two runs (bench/names.sh runs the code before and after) can be compared, with the time of the facts
 * pass on its own and read with the corpus. Not part of mvn verify.
 * Usage: NamesBenchmark LABEL [ARTICLES]
 */
public final class NamesBenchmark {

    private record Case(String article, List<String> gold) {
    }

    private NamesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String label = args.length > 0 ? args[0] : "current";
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        for (String set : List.of("names-set-a.txt", "names-set-b.txt", "names-set-c.txt")) {
            if (NamesBenchmark.class.getResource("/facts/" + set) != null) {
                measure(label, set);
            }
        }

        long analysis = System.nanoTime();
        Map<Long, AnalyzedDocument> docs = new LinkedHashMap<>();
        List<SyntheticCorpus.Article> corpus = SyntheticCorpus.generate(articles, 13);
        List<AnalyzedDocument> analysed = corpus.parallelStream()
                .map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        for (int i = 0; i < analysed.size(); i++) {
            docs.put((long) i, analysed.get(i));
        }
        analysis = System.nanoTime() - analysis;
        perArticle(docs);
        inCorpus(docs);
        long alone = System.nanoTime();
        int aloneNames = 0;
        for (List<String> names : perArticle(docs)) {
            aloneNames += names.size();
        }
        alone = System.nanoTime() - alone;
        long together = System.nanoTime();
        List<List<String>> names = inCorpus(docs);
        together = System.nanoTime() - together;
        Path out = Path.of("target", "names-" + label + ".txt");
        int total = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < names.size(); i++) {
                for (String n : names.get(i)) {
                    w.println(corpus.get(i).name() + "\t" + n);
                    total++;
                }
            }
        }
        System.out.printf("%s: synthetic corpus, %d articles: analysis %.1f s; facts (second run) per article %.2f s "
                        + "(%d names), read with the corpus %.2f s (%d names, listed in %s)%n", label, articles, analysis / 1e9,
                alone / 1e9, aloneNames, together / 1e9, total, out);
    }

    /** Each article's names read on its own ({@link FactFinder#find(AnalyzedDocument)}). */
    private static List<List<String>> perArticle(Map<Long, AnalyzedDocument> docs) {
        return docs.values().parallelStream().map(d -> names(FactFinder.find(d))).toList();
    }

    /**
     * Each article's names read with its corpus, as the Facts tab and the CLI read them (FactLedger.sources,
     * by reflection: the code before decision 1121 has no such call and reads each article on its own).
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> inCorpus(Map<Long, AnalyzedDocument> docs) {
        Method sources;
        try {
            sources = FactLedger.class.getMethod("sources", Map.class);
        } catch (NoSuchMethodException e) {
            return perArticle(docs);
        }
        try {
            return ((List<FactLedger.Source>) sources.invoke(null, docs)).stream().map(s -> names(s.facts())).toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String label, String set) throws IOException {
        List<Case> cases = read(set);
        Map<Long, AnalyzedDocument> docs = new LinkedHashMap<>();
        for (Case c : cases) {
            docs.put((long) docs.size(), Analyzer.analyze(Document.of("heldout" + docs.size(), "", c.article())));
        }
        report(label + " (per article)", set, cases, perArticle(docs));
        report(label + " (set as corpus)", set, cases, inCorpus(docs));
    }

    private static void report(String label, String set, List<Case> cases, List<List<String>> names) {
        int[] exact = new int[3];
        int[] last = new int[3];
        System.out.printf("%s: %s, %d articles, %d gold names%n", label, set, cases.size(),
                cases.stream().mapToInt(c -> c.gold().size()).sum());
        for (int i = 0; i < cases.size(); i++) {
            List<String> found = names.get(i);
            score(cases.get(i).gold(), found, exact, true);
            score(cases.get(i).gold(), found.stream().map(NamesBenchmark::lastWord).toList(), last, false);
        }
        System.out.printf("%s: exact     precision %.2f (%d/%d)  recall %.2f (%d/%d)%n", label,
                (double) exact[0] / exact[1], exact[0], exact[1], (double) exact[0] / exact[2], exact[0], exact[2]);
        System.out.printf("%s: last word precision %.2f (%d/%d)  recall %.2f (%d/%d)%n", label,
                (double) last[0] / last[1], last[0], last[1], (double) last[0] / last[2], last[0], last[2]);
    }

    /** Matches found names against the gold as multisets; counts right, found and gold into {@code tally}. */
    private static void score(List<String> gold, List<String> found, int[] tally, boolean print) {
        List<String> left = new ArrayList<>(print ? gold : gold.stream().map(NamesBenchmark::lastWord).toList());
        for (String f : found) {
            if (left.remove(f)) {
                tally[0]++;
            } else if (print) {
                System.out.println("    false name: " + f);
            }
        }
        if (print) {
            left.forEach(m -> System.out.println("    missed: " + m));
        }
        tally[1] += found.size();
        tally[2] += gold.size();
    }

    private static List<String> names(List<Fact> facts) {
        return facts.stream().filter(f -> f.type() == Fact.Type.NAME).map(Fact::text).toList();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static List<Case> read(String set) throws IOException {
        String all;
        try (InputStream in = NamesBenchmark.class.getResourceAsStream("/facts/" + set)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = all.lines().filter(l -> !l.startsWith("#")).toList();
        List<Case> cases = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        List<String> gold = new ArrayList<>();
        boolean inGold = false;
        for (String line : lines) {
            if (line.equals("=====")) {
                cases.add(new Case(article.toString(), List.copyOf(gold)));
                article.setLength(0);
                gold.clear();
                inGold = false;
            } else if (line.equals("---")) {
                inGold = true;
            } else if (inGold) {
                if (!line.isBlank()) {
                    gold.add(line.strip());
                }
            } else {
                article.append(line).append('\n');
            }
        }
        cases.add(new Case(article.toString(), List.copyOf(gold)));
        return cases;
    }
}
