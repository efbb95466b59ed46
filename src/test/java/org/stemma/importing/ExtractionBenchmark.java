package org.stemma.importing;

import org.stemma.corpus.UnreadableArticleException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extraction quality on the saved pages under src/test/resources/extraction: each {@code NAME.html} is
 * read as Stemma reads it and scored against {@code NAME.txt}, the article text a reader sees on the page.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.stemma.importing.ExtractionBenchmark}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ExtractionBenchmark {

    /** One page's result. */
    record PageScore(String page, ShingleScore score, String refusal) {
    }

    public static void main(String[] args) throws Exception {
        List<PageScore> scores = run(pagesFolder());
        System.out.println("| page | precision | recall | F1 |");
        System.out.println("|---|---:|---:|---:|");
        for (PageScore s : scores) {
            System.out.printf("| %s | %.3f | %.3f | %.3f |%s%n", s.page(), s.score().precision(), s.score().recall(),
                    s.score().f1(), s.refusal() == null ? "" : " refused: " + s.refusal());
        }
        System.out.printf("| **mean** (%d pages) | %.3f | %.3f | **%.3f** |%n", scores.size(),
                mean(scores, 0), mean(scores, 1), mean(scores, 2));
    }

    static Path pagesFolder() throws URISyntaxException {
        return Path.of(ExtractionBenchmark.class.getResource("/extraction").toURI());
    }

    static List<PageScore> run(Path folder) throws IOException {
        List<PageScore> scores = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            String expected = Files.readString(folder.resolve(name + ".txt"), StandardCharsets.UTF_8);
            try {
                String extracted = ArticleFiles.read(page).document().text();
                scores.add(new PageScore(name, ShingleScore.of(extracted, expected), null));
            } catch (UnreadableArticleException e) {
                scores.add(new PageScore(name, new ShingleScore(0, 0), e.getMessage()));
            }
        }
        return scores;
    }

    /** Mean precision (0), recall (1) or per-page F1 (2). */
    static double mean(List<PageScore> scores, int which) {
        return scores.stream().mapToDouble(s -> switch (which) {
            case 0 -> s.score().precision();
            case 1 -> s.score().recall();
            default -> s.score().f1();
        }).average().orElse(0);
    }
}
