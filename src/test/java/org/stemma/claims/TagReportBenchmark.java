package org.stemma.claims;

import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.exchange.ClaimTables;
import org.stemma.exchange.Evidence;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.store.DocumentHeader;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The Tags report and the claims sheet at 10,000 articles (BENCHMARKS.md, "Tags report and claims exports
 * without the texts"): each read as it is now (the articles' headers) and as it was (every article with its
 * text), with the thread's CPU time beside the wall time. {@code setup DIR} builds the project (the
 * synthetic corpus, a 3-level tree of 52 tags, 2,000 claims); {@code measure DIR} times, in a fresh JVM.
 * Run by bench/tagreport.sh; not part of mvn verify.
 */
public final class TagReportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TagReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]).resolve("tags-10k.stemma");
        if (args[0].equals("setup")) {
            setup(file);
        } else {
            measure(file);
        }
    }

    private static void setup(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Random random = new Random(7);
        try (ProjectFile project = ProjectFile.create(file)) {
            List<Long> ids = new ArrayList<>();
            project.transaction(() -> {
                for (SyntheticCorpus.Article a : SyntheticCorpus.generate(10_000, 13)) {
                    ids.add(project.documents().add(Document.of(a.name(), "", a.text()),
                            SourceInfo.of(Path.of(a.name()), "text")).id());
                }
                return null;
            });
            ClaimService service = new ClaimService(project, new UndoHistory());
            List<String> names = new ArrayList<>();
            for (int top = 0; top < 4; top++) {
                service.createTag("Topic " + top, Tag.paletteColour(top));
                names.add("Topic " + top);
                long topId = project.tags().byName("Topic " + top).orElseThrow().id();
                for (int mid = 0; mid < 4; mid++) {
                    String m = "Topic " + top + "." + mid;
                    service.createTag(m, Tag.paletteColour(mid), topId);
                    names.add(m);
                    long midId = project.tags().byName(m).orElseThrow().id();
                    for (int leaf = 0; leaf < 2; leaf++) {
                        service.createTag(m + "." + leaf, Tag.paletteColour(leaf), midId);
                        names.add(m + "." + leaf);
                    }
                }
            }
            project.transaction(() -> {
                for (int c = 0; c < 2_000; c++) {
                    long doc = ids.get(random.nextInt(ids.size()));
                    String text = project.documents().text(doc).orElseThrow();
                    int start = random.nextInt(text.length() / 2);
                    service.addClaim(doc, start, start + 40, List.of(names.get(random.nextInt(names.size())),
                            names.get(random.nextInt(names.size()))), ClaimStatus.OPEN, "");
                }
                return null;
            });
            System.out.println("built " + file + ": " + ids.size() + " articles, " + names.size() + " tags, "
                    + project.claims().list().size() + " claims");
        }
    }

    private static void measure(Path file) throws Exception {
        try (ProjectFile project = ProjectFile.open(file)) {
            for (int round = 0; round < 3; round++) {
                time("Tags report, headers (now)", () -> call(() -> TagReport.of(project).tags().size()));
                time("Tags report, every text (before)", () -> call(() -> project.view(() -> {
                    List<DocumentHeader> headers = project.documents().list().stream().map(StoredDocument::header).toList();
                    return TagReport.of(project.tags().list(), project.claims().list(), headers).tags().size();
                })));
                time("claims sheet, headers (now)", () -> call(() -> ClaimTables.claims(Evidence.read(project)).rows().size()));
                time("claims sheet, every text (before)",
                        () -> call(() -> ClaimTables.claims(Evidence.readWithTexts(project)).rows().size()));
            }
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static int call(Work w) {
        try {
            return w.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(String what, Supplier<Integer> work) {
        System.gc();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int n = work.get();
        System.out.printf("%-36s %5d rows  %7.1f ms wall  %7.1f ms CPU%n", what, n, (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
