package org.stemma.quotes;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.text.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality of attributed quotations on the held-out sets (src/test/resources/quotes/heldout.txt, written after
 * the extractor and since read, and heldout-2.txt, written after decision 1104): precision and recall of the attributed quotations, speaker accuracy on those found, and
 * the same for the plain baseline "every run of three or more words between quotation marks, no speaker".
 * Run by bench/ledger.sh and, before and after decision 1104, by bench/quotes.sh; not part of {@code mvn verify}.
 */
public final class QuotationBenchmark {

    private record Gold(String text, String speaker) {
    }

    private record Case(String article, List<Gold> gold) {
    }

    private record Found(String text, String speaker) {
    }

    private static final Pattern BASELINE = Pattern.compile("[“\"]([^”\"\\n]+)[”\"]");
    private static final double SAME_TEXT = 0.8;

    private QuotationBenchmark() {
    }

    /**
     * Arguments: a label for the run ("before", "after"), then the held-out sets to read from
     * src/test/resources/quotes (default: heldout.txt and heldout-2.txt).
     */
    public static void main(String[] args) throws IOException {
        String label = args.length > 0 ? args[0] : "current";
        List<String> sets = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("heldout.txt", "heldout-2.txt");
        for (String set : sets) {
            if (QuotationBenchmark.class.getResource("/quotes/" + set) == null) {
                System.err.println("no held-out set " + set);
                continue;
            }
            System.out.printf("=== %s, %s%n", label, set);
            measure(read(set));
        }
    }

    private static void measure(List<Case> cases) {
        int gold = cases.stream().mapToInt(c -> c.gold.size()).sum();
        List<List<Found>> ours = new ArrayList<>();
        List<List<Found>> baseline = new ArrayList<>();
        for (Case c : cases) {
            ours.add(ours(c.article));
            baseline.add(baseline(c.article));
        }
        System.out.printf("held-out set: %d articles, %d attributed quotations (%d with a named speaker)%n",
                cases.size(), gold, cases.stream().flatMap(c -> c.gold.stream()).filter(g -> g.speaker != null).count());
        report("Stemma (rules)", cases, ours, true);
        report("baseline: 3+ words between marks", cases, baseline, false);
        int rounds = 300;
        double[] stemma = time(cases, rounds, true);
        double[] plain = time(cases, rounds, false);
        System.out.printf("per article, %d rounds (analysis included): Stemma %.3f ms wall, %.3f ms CPU (user+sys);"
                + " baseline %.3f ms wall, %.3f ms CPU%n", rounds, stemma[0], stemma[1], plain[0], plain[1]);
    }

    private static void report(String name, List<Case> cases, List<List<Found>> found, boolean speakers) {
        int predicted = 0;
        int correct = 0;
        int named = 0;
        int rightSpeaker = 0;
        int gold = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<Gold> expected = new ArrayList<>(cases.get(i).gold);
            gold += expected.size();
            for (Found f : found.get(i)) {
                predicted++;
                Gold match = null;
                for (Gold g : expected) {
                    if (dice(g.text, f.text) >= SAME_TEXT) {
                        match = g;
                        break;
                    }
                }
                if (match == null) {
                    System.out.printf("    %s: false positive [%s]%n", name, f.text);
                    continue;
                }
                expected.remove(match);
                correct++;
                if (match.speaker != null) {
                    named++;
                    if (f.speaker != null && f.speaker.equalsIgnoreCase(match.speaker)) {
                        rightSpeaker++;
                    } else if (speakers) {
                        System.out.printf("    %s: speaker %s for %s [%s]%n", name, f.speaker, match.speaker, match.text);
                    }
                }
            }
            for (Gold g : expected) {
                System.out.printf("    %s: missed [%s]%n", name, g.text);
            }
        }
        System.out.printf("%s: precision %.2f (%d/%d), recall %.2f (%d/%d), speaker accuracy %.2f (%d/%d)%n", name,
                (double) correct / predicted, correct, predicted, (double) correct / gold, correct, gold,
                (double) rightSpeaker / named, rightSpeaker, named);
    }

    private static List<Found> ours(String article) {
        AnalyzedDocument doc = Analyzer.analyze(Document.of("heldout", "", article));
        List<Found> out = new ArrayList<>();
        for (Quotation q : QuotationFinder.find(doc)) {
            if (q.kind() == Quotation.Kind.ATTRIBUTED) {
                out.add(new Found(q.text(doc.text()), q.speaker() == null ? null : q.speaker().name()));
            }
        }
        return out;
    }

    private static List<Found> baseline(String article) {
        List<Found> out = new ArrayList<>();
        Matcher m = BASELINE.matcher(article);
        while (m.find()) {
            String inside = m.group(1);
            if (Tokenizer.tokens(inside, 0, inside.length()).size() >= 3) {
                out.add(new Found(inside, null));
            }
        }
        return out;
    }

    /** Wall and CPU (this thread's user + system time) per article, in milliseconds. */
    private static double[] time(List<Case> cases, int rounds, boolean ours) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int warm = 0; warm < 50; warm++) {
            for (Case c : cases) {
                sink += (ours ? ours(c.article) : baseline(c.article)).size();
            }
        }
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (Case c : cases) {
                sink += (ours ? ours(c.article) : baseline(c.article)).size();
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (sink == 42) {
            System.out.print("");
        }
        double articles = (double) rounds * cases.size();
        return new double[] {elapsed / 1e6 / articles, cpu / 1e6 / articles};
    }

    private static double dice(String a, String b) {
        Map<String, Integer> counts = new HashMap<>();
        var ta = Tokenizer.tokens(a, 0, a.length());
        var tb = Tokenizer.tokens(b, 0, b.length());
        ta.forEach(t -> counts.merge(t.form(), 1, Integer::sum));
        int common = 0;
        for (var t : tb) {
            Integer c = counts.get(t.form());
            if (c != null && c > 0) {
                counts.put(t.form(), c - 1);
                common++;
            }
        }
        return ta.size() + tb.size() == 0 ? 0 : 2.0 * common / (ta.size() + tb.size());
    }

    private static List<Case> read(String set) throws IOException {
        String all;
        try (InputStream in = QuotationBenchmark.class.getResourceAsStream("/quotes/" + set)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : all.split("(?m)^=====$")) {
            String body = block.lines().filter(l -> !l.startsWith("#")).reduce("", (x, y) -> x + y + "\n");
            int sep = body.indexOf("\n---\n");
            List<Gold> gold = new ArrayList<>();
            for (String line : body.substring(sep + 5).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                String speaker = line.substring(bar + 3).strip();
                gold.add(new Gold(line.substring(0, bar).strip(), speaker.equals("-") ? null : speaker));
            }
            cases.add(new Case(body.substring(0, sep).strip() + "\n", gold));
        }
        return cases;
    }
}
