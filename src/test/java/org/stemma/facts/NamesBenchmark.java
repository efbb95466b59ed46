package org.stemma.facts;

import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality of the facts' names on sets A and B (src/test/resources/facts/names-set-*.txt; set A written after
 * the first method and read since, set B written after the second and held out): precision and recall, exact (the name as written) and by last word (what the ledger compares
 * names by), with every miss and false name printed; then the names of a synthetic corpus written to a file
 * so that two runs (bench/names.sh runs the code before and after) can be compared. Not part of mvn verify.
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
        for (String set : List.of("names-set-a.txt", "names-set-b.txt")) {
            if (NamesBenchmark.class.getResource("/facts/" + set) != null) {
                measure(label, set);
            }
        }

        Path out = Path.of("target", "names-" + label + ".txt");
        long cpu = System.nanoTime();
        int total = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (SyntheticCorpus.Article a : SyntheticCorpus.generate(articles, 13)) {
                for (String n : names(Document.of(a.name(), "", a.text()))) {
                    w.println(a.name() + "\t" + n);
                    total++;
                }
            }
        }
        System.out.printf("%s: synthetic corpus, %d articles: %d names (%.1f s with analysis), listed in %s%n", label,
                articles, total, (System.nanoTime() - cpu) / 1e9, out);
    }

    private static void measure(String label, String set) throws IOException {
        List<Case> cases = read(set);
        int[] exact = new int[3];
        int[] last = new int[3];
        for (Case c : cases) {
            List<String> found = names(Document.of("heldout", "", c.article()));
            score(c.gold(), found, exact, true);
            score(c.gold(), found.stream().map(NamesBenchmark::lastWord).toList(), last, false);
        }
        System.out.printf("%s: %s, %d articles, %d gold names%n", label, set, cases.size(), exact[2]);
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

    private static List<String> names(Document d) {
        return FactFinder.find(Analyzer.analyze(d)).stream().filter(f -> f.type() == Fact.Type.NAME).map(Fact::text).toList();
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
