package org.stemma.ui.claims;

import org.stemma.align.CompareOptions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stemma.Seeds;
import org.stemma.claims.ClaimDraft;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.Tag;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.exchange.ClaimCsv;
import org.stemma.session.SessionArticle;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.text.Segmenter;
import org.stemma.text.Span;
import org.stemma.ui.corpus.Projects;
import org.stemma.ui.jobs.Job;
import org.stemma.ui.jobs.Jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Claims at scale (BENCHMARKS.md, "Claims at scale"): a project of 10,000 claims, and how long the
 * window takes to open it, to filter its claims table and to export it. Not a test: run it with
 * {@code bench/claims.sh}, which builds the project in one JVM ({@code setup DIR}) and measures in a fresh
 * one ({@code measure DIR}), so that the first open is that of a program just started.
 * <p>
 * "Opening" is what the window does on the JavaFX thread and before it: {@link Projects#open} (the file's
 * checks, migrations, the articles read) then a {@link ClaimsViewModel} built with its rows, until the
 * claims table's filtered list has its size. Here the view model's {@code Jobs} run its reads in place
 * (in the window they run off the JavaFX thread) and hold the counterpart computations it asks for,
 * one at a time, without running them (their computation is the aligner's cost, measured elsewhere). The articles' analysis for the compare view is not included either.
 * Filters are timed from the property's change until the filtered list's size has been read; the export
 * is {@link ClaimCsv#export} of every claim to a file.
 */
public final class ClaimsBenchmark {

    static final int CLAIMS = 10_000;
    static final int GENERATED_ARTICLES = 15;
    static final double WITH_COUNTERPARTS = 0.3;
    static final int FRESH_JVMS = 5;

    static final List<String> TAGS = List.of("Kazakhstan", "Victory Day", "Putin", "Ukraine", "Russia", "Economy",
            "Military", "Quote", "Statistic", "Opinion", "Attribution", "Loaded language", "Unsourced", "Translation",
            "Headline", "Timeline", "Casualties", "Sanctions", "Energy", "Diplomacy", "Propaganda", "Image", "Poll",
            "Expert", "Official", "Anonymous source", "Москва", "Correction", "Satire", "Follow-up");

    static final List<String> NOTES = List.of(
            "Checked against the ministry's statement of 9 May, which gives \"budget savings\" as the reason.",
            "Source says \"no comment\", see the thread; ask again on Monday",
            "First line of a longer note\nsecond line, with a comma\nthird: \"quoted\"",
            "Москва отрицает; см. сообщение ТАСС от 6 мая",
            "قال المتحدث إن القرار اقتصادي",
            "哈萨克斯坦取消了阅兵式，原因是预算",
            "😬 needs a second source",
            "=HYPERLINK(\"http://example.com\", \"click\")",
            "- first point\n- second point, unverified",
            "+7 495 000 00 00 (press office)",
            "Same wording as the wire copy; compare with 000",
            "Reworded from the original: 'meaningful' became 'important'",
            "Kazаkhstan spelled with a Cyrillic а in the source",
            "Attribution missing; the professor is not named in the original",
            "Number not found in the cited report, p. 14",
            "Translated from Russian; original: «Мы не будем проводить парад»");

    private static final String[] SYNONYMS = {"said", "stated", "important", "significant", "meaningful", "notable",
            "cancelled", "called off", "parade", "march", "military", "armed", "official", "representative",
            "neighbour", "neighbouring country", "budget", "spending", "country", "nation", "support", "backing"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClaimsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("setup", "measure", "first-open").contains(args[0])) {
            System.err.println("usage: ClaimsBenchmark setup|measure|first-open DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Path file = dir.resolve("claims-10k.stemma");
        if (args[0].equals("setup")) {
            setup(dir, file);
        } else if (args[0].equals("first-open")) {
            firstOpen(file);
        } else {
            measure(dir, file);
        }
    }

    // ---- the project

    static void setup(Path dir, Path file) throws Exception {
        Files.createDirectories(dir);
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        long wall = System.nanoTime();
        long cpu = processCpu();
        Random random = new Random(20240509);
        try (ProjectFile project = ProjectFile.create(file)) {
            List<StoredDocument> docs = new ArrayList<>();
            for (String seed : Seeds.ALL) {
                docs.add(project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text")));
            }
            List<Document> seeds = docs.stream().map(StoredDocument::document).toList();
            for (int i = 0; i < GENERATED_ARTICLES; i++) {
                Document generated = generate(i, seeds, random);
                docs.add(project.documents().add(generated, new SourceInfo(generated.name(), generated.source(),
                        "text", Instant.now())));
            }
            long articles = System.nanoTime();
            Map<Long, List<Span>> sentences = new LinkedHashMap<>();
            for (StoredDocument d : docs) {
                List<Span> list = new ArrayList<>();
                for (Span p : Segmenter.paragraphs(d.text())) {
                    Segmenter.sentences(d.text(), p).stream().filter(s -> s.end() - s.start() >= 20).forEach(list::add);
                }
                sentences.put(d.id(), list);
            }
            ClaimService service = new ClaimService(project, new UndoHistory());
            ClaimStatus[] statuses = ClaimStatus.values();
            double[] statusWeights = {0.40, 0.15, 0.15, 0.10, 0.10, 0.10};
            project.transaction(() -> {
                for (int i = 0; i < CLAIMS; i++) {
                    StoredDocument d = docs.get(random.nextInt(docs.size()));
                    List<Span> list = sentences.get(d.id());
                    int k = random.nextInt(list.size());
                    Span s = list.get(k);
                    int start = s.start();
                    int end = s.end();
                    double shape = random.nextDouble();
                    if (shape < 0.1 && k + 1 < list.size() && list.get(k + 1).start() > end) {
                        end = list.get(k + 1).end(); // two sentences (of one paragraph or two)
                    } else if (shape < 0.35) {
                        int comma = d.text().indexOf(',', start);
                        if (comma > start + 5 && comma < end) {
                            end = comma; // a clause
                        }
                    }
                    List<String> tags = new ArrayList<>();
                    int n = 1 + random.nextInt(3);
                    while (tags.size() < n) {
                        String t = TAGS.get(random.nextInt(TAGS.size()));
                        if (!tags.contains(t)) {
                            tags.add(t);
                        }
                    }
                    service.addClaim(d.id(), start, end, tags, pick(statuses, statusWeights, random), note(random, i));
                }
                return null;
            });
            long claims = System.nanoTime();
            // Counterparts for a share of the claims, as the window computes and stores them, document by
            // document so that the finder's cache of comparisons serves each article's claims.
            List<Claim> all = project.claims().list();
            List<Claim> chosen = new ArrayList<>(all.stream().filter(c -> random.nextDouble() < WITH_COUNTERPARTS).toList());
            chosen.sort(Comparator.comparingLong(Claim::documentId));
            CounterpartFinder finder = new CounterpartFinder(project, sessionOf(project), CompareOptions.DEFAULT);
            int[] stored = new int[1];
            project.transaction(() -> {
                for (Claim c : chosen) {
                    List<ClaimCounterpart> found = finder.find(c.id(), c.documentId(),
                            new Span(c.anchor().start(), c.anchor().end()));
                    for (ClaimCounterpart k : project.counterparts().replaceFor(c.id(), found)) {
                        double r = random.nextDouble();
                        if (r < 0.15) {
                            project.counterparts().put(k.withReview(ClaimCounterpart.Review.CONFIRMED));
                        } else if (r < 0.20) {
                            project.counterparts().put(k.withReview(ClaimCounterpart.Review.REJECTED));
                        }
                        stored[0]++;
                    }
                }
                return null;
            });
            long counterparts = System.nanoTime();
            int chars = docs.stream().mapToInt(d -> d.text().length()).sum();
            System.out.printf(Locale.ROOT, "setup: %d articles (%,d characters), %d tags, %,d claims, %,d counterparts "
                            + "for %,d claims%n", docs.size(), chars, project.tags().list().size(), all.size(),
                    stored[0], chosen.size());
            System.out.printf(Locale.ROOT, "setup time: articles %.1f s, claims (ClaimService.addClaim in one "
                            + "transaction) %.1f s, counterparts (CounterpartFinder) %.1f s; total %.1f s wall, %.1f s CPU%n",
                    (articles - wall) / 1e9, (claims - articles) / 1e9, (counterparts - claims) / 1e9,
                    (counterparts - wall) / 1e9, (processCpu() - cpu) / 1e9);
        }
        System.out.printf(Locale.ROOT, "project file %s: %.1f MB%n", file, size(file) / 1048576.0);
    }

    /** An article telling the story of two sample articles again: paragraphs mixed, some words changed. */
    static Document generate(int n, List<Document> seeds, Random random) {
        Document a = seeds.get(n % seeds.size());
        Document b = seeds.get((n + 2) % seeds.size());
        List<String> paragraphs = new ArrayList<>();
        for (Document d : List.of(a, b)) {
            for (Span p : Segmenter.paragraphs(d.text())) {
                if (random.nextDouble() < 0.8) {
                    paragraphs.add(p.of(d.text()));
                }
            }
        }
        String title = paragraphs.remove(0);
        Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
        StringBuilder text = new StringBuilder(title.replace(":", " —")).append("\n\n");
        for (String p : paragraphs) {
            String changed = p;
            for (int i = 0; i + 1 < SYNONYMS.length; i += 2) {
                if (random.nextDouble() < 0.5) {
                    changed = changed.replace(" " + SYNONYMS[i] + " ", " " + SYNONYMS[i + 1] + " ");
                }
            }
            text.append(changed).append("\n\n");
        }
        String name = String.format(Locale.ROOT, "%03d_generated_%02d.txt", 100 + n, n);
        return Document.of(name, "generated/" + name, text.toString());
    }

    static String note(Random random, int i) {
        double r = random.nextDouble();
        if (r < 0.3) {
            return "";
        }
        String note = NOTES.get(random.nextInt(NOTES.size()));
        return r < 0.6 ? note : note + " (#" + i + ")";
    }

    static <T> T pick(T[] values, double[] weights, Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    // ---- the measures

    /** One measured step: wall and CPU time of the thread doing it, in milliseconds. */
    record Sample(double wallMs, double cpuMs) {
    }

    record Result(String measure, String target, double targetMs, Sample first, List<Sample> warm, String note) {
        double median() {
            return medianOf(warm.stream().mapToDouble(Sample::wallMs).toArray());
        }

        double medianCpu() {
            return medianOf(warm.stream().mapToDouble(Sample::cpuMs).toArray());
        }

        double max() {
            return warm.stream().mapToDouble(Sample::wallMs).max().orElse(Double.NaN);
        }

        double min() {
            return warm.stream().mapToDouble(Sample::wallMs).min().orElse(Double.NaN);
        }
    }

    /** Runs reads in place and holds the counterpart computations the view model asks for. */
    static final class Counting implements Jobs {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> Job<T> start(String description, Work<T> work) {
            Job<T> job = new Job<>(description, Runnable::run);
            if (description.startsWith("Finding counterparts")) {
                queued.add(() -> job.run(work));
            } else {
                job.run(work);
            }
            return job;
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }
    }

    static final class Opened implements AutoCloseable {
        final Projects.Opened project;
        final ClaimsViewModel model;
        final Counting background;
        final int queued;

        Opened(Projects.Opened project, ClaimsViewModel model, Counting background) {
            this.project = project;
            this.model = model;
            this.background = background;
            this.queued = model.findingProperty().get();
        }

        @Override
        public void close() {
            model.close();
            project.file().close();
        }
    }

    interface Step<T> {
        T run() throws Exception;
    }

    static void measure(Path dir, Path file) throws Exception {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: run setup first");
        }
        double[] loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        List<String> details = new ArrayList<>();

        // (a) Opening: first in fresh JVMs, each doing nothing else; then first and warm in this one.
        List<Sample> fresh = new ArrayList<>();
        List<Sample> freshOpen = new ArrayList<>();
        List<Sample> freshModel = new ArrayList<>();
        for (int i = 0; i < FRESH_JVMS; i++) {
            double[] v = freshJvmOpen(dir);
            fresh.add(new Sample(v[0], v[1]));
            freshOpen.add(new Sample(v[2], v[3]));
            freshModel.add(new Sample(v[4], v[5]));
        }
        results.add(new Result("open the project in a JVM just started (" + FRESH_JVMS + " JVMs)", "< 1 s", 1000, null,
                fresh, ""));
        details.add(String.format(Locale.ROOT, "open in a JVM just started, medians: Projects.open %.0f ms (CPU %.0f ms), "
                        + "ClaimsViewModel with its rows %.0f ms (CPU %.0f ms); all: %s ms",
                medianOf(freshOpen.stream().mapToDouble(Sample::wallMs).toArray()),
                medianOf(freshOpen.stream().mapToDouble(Sample::cpuMs).toArray()),
                medianOf(freshModel.stream().mapToDouble(Sample::wallMs).toArray()),
                medianOf(freshModel.stream().mapToDouble(Sample::cpuMs).toArray()),
                fresh.stream().map(x -> String.format(Locale.ROOT, "%.0f", x.wallMs)).reduce((x, y) -> x + ", " + y)
                        .orElse("")));
        Sample[] parts = new Sample[2];
        long w0 = System.nanoTime();
        long c0 = threadCpu();
        Opened first = open(file, parts);
        Sample firstOpen = new Sample((System.nanoTime() - w0) / 1e6, (threadCpu() - c0) / 1e6);
        int rows = first.model.filteredRows().size();
        details.add(String.format(Locale.ROOT, "first open in this JVM: Projects.open %.0f ms (CPU %.0f ms), ClaimsViewModel with "
                        + "its rows %.0f ms (CPU %.0f ms); %,d rows, %,d articles, %,d counterpart computations queued",
                parts[0].wallMs, parts[0].cpuMs, parts[1].wallMs, parts[1].cpuMs, rows, first.project.session().size(),
                first.queued));
        first.close();
        List<Sample> warmOpen = new ArrayList<>();
        List<Sample> openParts = new ArrayList<>();
        List<Sample> vmParts = new ArrayList<>();
        for (int i = 0; i < 3 + 11; i++) {
            long w = System.nanoTime();
            long c = threadCpu();
            try (Opened o = open(file, parts)) {
                Sample s = new Sample((System.nanoTime() - w) / 1e6, (threadCpu() - c) / 1e6);
                if (i >= 3) {
                    warmOpen.add(s);
                    openParts.add(parts[0]);
                    vmParts.add(parts[1]);
                }
            }
        }
        results.add(new Result("open the project again in the same program (file checked and migrated, articles read, "
                + "claims table's rows loaded)", "< 1 s", 1000, firstOpen, warmOpen, ""));
        details.add(String.format(Locale.ROOT, "warm open, medians: Projects.open %.0f ms, ClaimsViewModel %.0f ms",
                medianOf(openParts.stream().mapToDouble(Sample::wallMs).toArray()),
                medianOf(vmParts.stream().mapToDouble(Sample::wallMs).toArray())));

        // (b) Filtering the claims table.
        try (Opened o = open(file, parts)) {
            ClaimsViewModel m = o.model;
            Tag[] tags = m.tags().toArray(Tag[]::new);
            Tag kazakhstan = Arrays.stream(tags).filter(t -> t.name().equals("Kazakhstan")).findFirst().orElseThrow();
            SessionArticle doc = m.documents().get(1);
            String word = "kazakhstan";
            List<Sample> firstKeys = new ArrayList<>();
            List<Sample> keys = new ArrayList<>();
            List<Sample> clearSearch = new ArrayList<>();
            List<Sample> tagSet = new ArrayList<>();
            List<Sample> statusSet = new ArrayList<>();
            List<Sample> docSet = new ArrayList<>();
            List<Sample> combinedKeys = new ArrayList<>();
            List<Sample> clearAll = new ArrayList<>();
            Map<String, Integer> sizes = new LinkedHashMap<>();
            int warmUp = 10;
            int runs = 15;
            for (int run = 0; run < warmUp + runs; run++) {
                boolean counted = run >= warmUp;
                for (int i = 1; i <= word.length(); i++) {
                    String prefix = word.substring(0, i);
                    Sample s = timed(() -> {
                        m.searchTextProperty().set(prefix);
                        return m.filteredRows().size();
                    }, sizes, "search '" + prefix + "'");
                    if (run == 0) {
                        firstKeys.add(s);
                    }
                    if (counted) {
                        keys.add(s);
                    }
                }
                add(counted, clearSearch, timed(() -> {
                    m.searchTextProperty().set("");
                    return m.filteredRows().size();
                }, sizes, "search cleared"));
                Tag tag = run % 2 == 0 ? kazakhstan : tags[run % tags.length];
                add(counted, tagSet, timed(() -> {
                    m.tagFilterProperty().set(tag);
                    return m.filteredRows().size();
                }, sizes, "tag " + tag.name()));
                m.tagFilterProperty().set(null);
                add(counted, statusSet, timed(() -> {
                    m.statusFilterProperty().set(ClaimStatus.DISPUTED);
                    return m.filteredRows().size();
                }, sizes, "status Disputed"));
                m.statusFilterProperty().set(null);
                add(counted, docSet, timed(() -> {
                    m.documentFilterProperty().set(doc);
                    return m.filteredRows().size();
                }, sizes, "article " + doc.name()));
                // Combined: article kept, tag and status set, then a word typed.
                m.tagFilterProperty().set(kazakhstan);
                m.statusFilterProperty().set(ClaimStatus.OPEN);
                for (String prefix : List.of("r", "ru", "rus", "russ", "russi", "russia")) {
                    add(counted, combinedKeys, timed(() -> {
                        m.searchTextProperty().set(prefix);
                        return m.filteredRows().size();
                    }, sizes, "article + tag Kazakhstan + status Open + search '" + prefix + "'"));
                }
                add(counted, clearAll, timed(() -> {
                    m.searchTextProperty().set("");
                    m.tagFilterProperty().set(null);
                    m.statusFilterProperty().set(null);
                    m.documentFilterProperty().set(null);
                    return m.filteredRows().size();
                }, sizes, "all filters cleared"));
            }
            Sample firstKey = firstKeys.stream().max(Comparator.comparingDouble(Sample::wallMs)).orElseThrow();
            results.add(new Result("filter: type-ahead search, one keystroke (prefixes of \"kazakhstan\")", "< 50 ms", 50,
                    firstKey, keys, "first: slowest keystroke of the first word typed"));
            double worst = keys.stream().mapToDouble(Sample::wallMs).max().orElseThrow();
            details.add(String.format(Locale.ROOT, "type-ahead: slowest warm keystroke %.1f ms; first word typed, per "
                    + "keystroke: %s ms", worst, firstKeys.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.wallMs))
                    .reduce((x, y) -> x + ", " + y).orElse("")));
            results.add(new Result("filter: search cleared", "< 50 ms", 50, null, clearSearch, ""));
            results.add(new Result("filter: tag chosen", "< 50 ms", 50, null, tagSet, ""));
            results.add(new Result("filter: status chosen", "< 50 ms", 50, null, statusSet, ""));
            results.add(new Result("filter: article chosen", "< 50 ms", 50, null, docSet, ""));
            results.add(new Result("filter: combined (article + tag + status set, one keystroke of \"russia\")", "< 50 ms",
                    50, null, combinedKeys, ""));
            results.add(new Result("filter: all four filters cleared at once (four changes)", "< 50 ms", 50, null,
                    clearAll, ""));
            details.add("rows shown: " + sizes.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                    .reduce((x, y) -> x + "; " + y).orElse(""));

            // What an edit costs: the claim written, then only its row read again and put in the table (before,
            // the whole table was read again on the JavaFX thread); the whole table read, as after an import,
            // now off that thread; then the first keystroke on the fresh rows.
            List<Sample> refresh = new ArrayList<>();
            List<Sample> edits = new ArrayList<>();
            List<Sample> keyAfterRefresh = new ArrayList<>();
            List<ClaimRow> edited = List.copyOf(m.rows().subList(0, 12));
            for (int i = 0; i < 3 + 9; i++) {
                Claim claim = edited.get(i).claim();
                ClaimStatus status = claim.status() == ClaimStatus.DISPUTED ? ClaimStatus.OPEN : ClaimStatus.DISPUTED;
                add(i >= 3, edits, timed(() -> {
                    m.save(new ClaimDraft(claim.id(), claim.documentId(), new Span(claim.anchor().start(),
                            claim.anchor().end()), claim.tags(), status, claim.note(), Map.of())).orElseThrow();
                    return m.filteredRows().size();
                }, sizes, "edit"));
                Sample s = timed(() -> {
                    m.reload();
                    return m.filteredRows().size();
                }, sizes, "reload");
                add(i >= 3, refresh, s);
                add(i >= 3, keyAfterRefresh, timed(() -> {
                    m.searchTextProperty().set("k");
                    return m.filteredRows().size();
                }, sizes, "search 'k' after refresh"));
                m.searchTextProperty().set("");
            }
            results.add(new Result("filter: first keystroke after the table was read again (after an edit)", "< 50 ms",
                    50, null, keyAfterRefresh, ""));
            results.add(new Result("an edit (status set through the editor's save): written, its row read again and "
                    + "put in the table", "< 50 ms", 50, null, edits, ""));
            results.add(new Result("claims table read again whole (ClaimsViewModel.reload: on opening and after an "
                    + "import, off the JavaFX thread)", "—", Double.NaN, null, refresh, ""));

            // (c) Export.
            Path csv = dir.resolve("claims-10k.csv");
            int[] written = new int[1];
            Sample firstExport = timed(() -> written[0] = ClaimCsv.export(o.project.file(), csv), null, null);
            List<Sample> exports = new ArrayList<>();
            for (int i = 0; i < 2 + 9; i++) {
                add(i >= 2, exports, timed(() -> written[0] = ClaimCsv.export(o.project.file(), csv), null, null));
            }
            results.add(new Result("export all claims to CSV (ClaimCsv.export)", "< 1 s", 1000, firstExport, exports, ""));
            details.add(String.format(Locale.ROOT, "export: %,d rows, %.1f MB", written[0], size(csv) / 1048576.0));
        }

        // (d) What the counterparts the view model found missing cost once they are computed: each job aligns
        // in the background, then the rows computed are read again and put in the table. Run on a copy.
        Path copy = dir.resolve("claims-10k-copy.stemma");
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
        try (ProjectFile original = ProjectFile.open(file)) {
            original.copyTo(copy);
        }
        try (Opened o = open(copy, parts)) {
            int jobs = 40;
            int[] updates = new int[1];
            o.model.filteredRows().addListener((javafx.collections.ListChangeListener<ClaimRow>) c -> updates[0]++);
            Sample all = timed(() -> {
                for (int i = 0; i < jobs && !o.background.queued.isEmpty(); i++) {
                    o.background.queued.remove(0).run(); // each one done asks for the next
                }
                return 0;
            }, null, null);
            details.add(String.format(Locale.ROOT, "counterparts missing on open: %,d claims queued for computation, "
                            + "computed one at a time; running %d of them took %.0f ms (%.0f ms CPU), %.0f ms per claim, "
                            + "and changed the table's rows %d times (the rows computed, not the whole table)",
                    o.queued, jobs, all.wallMs, all.cpuMs, all.wallMs / jobs, updates[0]));
        }
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }

        double[] loadAfter = loadAverage();
        System.out.println();
        System.out.printf(Locale.ROOT, "%d claims, %s (%.1f MB); %s%n", CLAIMS, file.getFileName(), size(file) / 1048576.0,
                machine());
        System.out.printf(Locale.ROOT, "load average (1/5/15 min) before %.2f %.2f %.2f, after %.2f %.2f %.2f%n",
                loadBefore[0], loadBefore[1], loadBefore[2], loadAfter[0], loadAfter[1], loadAfter[2]);
        details.forEach(d -> System.out.println("- " + d));
        System.out.println();
        System.out.println("| measure | target | first time in this JVM | median (min–max) | CPU, median | met |");
        System.out.println("|---|---|---:|---:|---:|---|");
        for (Result r : results) {
            String met = Double.isNaN(r.targetMs) ? "—"
                    : (r.median() < r.targetMs && (r.first == null || r.first.wallMs < r.targetMs)) ? "yes"
                    : r.median() < r.targetMs ? "warm yes, first no" : "**no**";
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s ms (%s–%s) | %s ms | %s |%n", r.measure, r.target,
                    r.first == null ? "—" : ms(r.first.wallMs) + " ms (CPU " + ms(r.first.cpuMs) + ")",
                    ms(r.median()), ms(r.min()), ms(r.max()), ms(r.medianCpu()), met);
        }
    }

    /** One open in this JVM, nothing before it; prints one line for {@link #freshJvmOpen}. */
    static void firstOpen(Path file) throws ProjectException {
        Sample[] parts = new Sample[2];
        long w = System.nanoTime();
        long c = threadCpu();
        try (Opened o = open(file, parts)) {
            System.out.printf(Locale.ROOT, "FIRST-OPEN %.3f %.3f %.3f %.3f %.3f %.3f%n", (System.nanoTime() - w) / 1e6,
                    (threadCpu() - c) / 1e6, parts[0].wallMs, parts[0].cpuMs, parts[1].wallMs, parts[1].cpuMs);
        }
    }

    /** Runs {@link #firstOpen} in a new JVM: wall, CPU, then the same for its two parts. */
    static double[] freshJvmOpen(Path dir) throws IOException, InterruptedException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ClaimsBenchmark.class.getName(), "first-open", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the first-open JVM failed: " + out);
        }
        String line = out.lines().filter(l -> l.startsWith("FIRST-OPEN ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from the first-open JVM: " + out));
        return Arrays.stream(line.substring("FIRST-OPEN ".length()).trim().split(" ")).mapToDouble(Double::parseDouble)
                .toArray();
    }

    private static Opened open(Path file, Sample[] parts) throws ProjectException {
        long w = System.nanoTime();
        long c = threadCpu();
        Projects.Opened project = Projects.open(file);
        parts[0] = new Sample((System.nanoTime() - w) / 1e6, (threadCpu() - c) / 1e6);
        w = System.nanoTime();
        c = threadCpu();
        Counting background = new Counting();
        ClaimsViewModel model = new ClaimsViewModel(project.file(), project.session(), new UndoHistory(), background);
        model.filteredRows().size();
        parts[1] = new Sample((System.nanoTime() - w) / 1e6, (threadCpu() - c) / 1e6);
        return new Opened(project, model, background);
    }

    private static <T> Sample timed(Step<T> step, Map<String, Integer> sizes, String label) throws Exception {
        long w = System.nanoTime();
        long c = threadCpu();
        T result = step.run();
        Sample s = new Sample((System.nanoTime() - w) / 1e6, (threadCpu() - c) / 1e6);
        if (sizes != null && result instanceof Integer n) {
            sizes.putIfAbsent(label, n);
        }
        return s;
    }

    private static void add(boolean counted, List<Sample> into, Sample s) {
        if (counted) {
            into.add(s);
        }
    }

    static double medianOf(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double[] loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[]{Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new double[]{one, Double.NaN, Double.NaN};
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException ignored) {
            // Only for the report.
        }
        return String.format(Locale.ROOT, "%d cores, %s, JDK %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static long size(Path p) throws IOException {
        return Files.size(p) + (Files.exists(Path.of(p + "-wal")) ? Files.size(Path.of(p + "-wal")) : 0);
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
