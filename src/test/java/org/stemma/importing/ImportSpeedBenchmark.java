package org.stemma.importing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Import speed: generates 1,000 saved news pages of 50-150 KB (scripts, styles, navigation, sidebars,
 * JSON-LD, an article of 600-1,500 words in words taken from the sample articles), imports them into
 * an in-memory library and reports the time and the heap.
 * Run: {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) org.stemma.importing.ImportSpeedBenchmark [pages]}
 */
public final class ImportSpeedBenchmark {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("stemma-import-bench");
        try {
            long bytes = generate(dir, pages, words());
            System.out.printf("%d pages, %.1f MB, mean %.0f KB per page%n", pages, bytes / 1048576.0, bytes / 1024.0 / pages);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            List<String> samples = new ArrayList<>();
            InMemoryLibrary library = new InMemoryLibrary();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            ImportSummary summary = new Importer(library).importPaths(List.of(dir), (done, total, current) -> {
                if (done > 0 && done % (total / 5) == 0) {
                    samples.add(String.format("%d files: %.0f MB", done, usedAfterGc() / 1048576.0));
                }
            }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("imported %d, refused %d, duplicates %d in %.1f s wall clock (%.1f ms per page), "
                    + "%.1f s CPU (all threads, GC included); load average %.1f on %d cores%n",
                    summary.added().size(), summary.refused().size(), summary.duplicates().size(), seconds,
                    seconds * 1000 / pages, cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("peak heap %.0f MB (max heap %.0f MB); heap in use after GC: %s%n", peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0, String.join(", ", samples));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static String[] words() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                all.append(Files.readString(seed)).append(' ');
            }
        }
        return all.toString().split("[^\\p{L}\\p{N}'’-]+");
    }

    private static long generate(Path dir, int pages, String[] words) throws IOException {
        Random random = new Random(20240521);
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            String page = page(i, random, words, 50 * 1024 + random.nextInt(100 * 1024));
            Path file = dir.resolve(String.format("page-%04d.html", i));
            Files.writeString(file, page);
            bytes += Files.size(file);
        }
        return bytes;
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder s = new StringBuilder();
        int n = 8 + random.nextInt(22);
        for (int i = 0; i < n; i++) {
            String w = words[random.nextInt(words.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            s.append(i == n - 1 ? ". " : random.nextInt(9) == 0 ? ", " : " ");
        }
        return s.toString();
    }

    private static String page(int n, Random random, String[] words, int targetBytes) {
        StringBuilder article = new StringBuilder();
        int articleWords = 600 + random.nextInt(900);
        StringBuilder plain = new StringBuilder();
        for (int written = 0; written < articleWords; ) {
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(4); s++) {
                p.append(sentence(random, words));
            }
            written += p.toString().split(" ").length;
            plain.append(p).append("\\n\\n");
            article.append("<p>").append(p.toString().strip()).append("</p>\n");
            if (random.nextInt(5) == 0) {
                article.append("<div class=\"ad-slot\"><span>Advertisement</span><div id=\"ad-").append(written).append("\"></div></div>\n");
            }
            if (random.nextInt(7) == 0) {
                article.append("<p class=\"read-more\"><strong>READ MORE:</strong> <a href=\"/news/").append(written)
                        .append("\">").append(sentence(random, words)).append("</a></p>\n");
            }
        }
        StringBuilder nav = new StringBuilder("<nav class=\"main-nav\"><ul>");
        for (int i = 0; i < 120; i++) {
            nav.append("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/section/").append(i).append("\">")
                    .append(words[random.nextInt(words.length)]).append("</a></li>");
        }
        nav.append("</ul></nav>");
        StringBuilder sidebar = new StringBuilder("<aside class=\"sidebar\"><h3>Most read</h3><ol>");
        for (int i = 0; i < 10; i++) {
            sidebar.append("<li><a href=\"/m/").append(i).append("\">").append(sentence(random, words)).append("</a></li>");
        }
        sidebar.append("</ol></aside>");
        StringBuilder head = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(sentence(random, words).strip()).append(" | The Daily Bench</title>")
                .append("<meta property=\"og:site_name\" content=\"The Daily Bench\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"Article ").append(n).append("\",\"datePublished\":\"2024-05-21T10:00:00Z\",")
                .append("\"author\":{\"@type\":\"Person\",\"name\":\"Bench Writer\"},\"articleBody\":\"")
                .append(plain.toString().replace("\"", "\\\"")).append("\"}</script><style>");
        StringBuilder tail = new StringBuilder("<footer class=\"site-footer\">").append(nav).append("<p>© The Daily Bench</p></footer>")
                .append("<script>window.__STATE__={\"user\":null,\"flags\":[1,2,3]};</script></body></html>");
        StringBuilder body = new StringBuilder("</style></head><body><header class=\"site-header\">").append(nav)
                .append("</header><main><article class=\"story\"><h1>Article ").append(n).append("</h1><div class=\"story-body\">")
                .append(article).append("</div></article>").append(sidebar).append("</main>");
        StringBuilder filler = new StringBuilder();
        // Inline CSS and script make up the rest of the page, as they do on real news sites.
        while (head.length() + filler.length() + body.length() + tail.length() < targetBytes) {
            int k = random.nextInt(100000);
            filler.append(".c").append(k).append("{margin:").append(k % 17).append("px;color:#").append(Integer.toHexString(k))
                    .append(";font:").append(12 + k % 5).append("px/1.4 Georgia,serif}\n");
        }
        return head.append(filler).append(body).append(tail).toString();
    }

    /** Holds what it is given, like a project would. */
    private static final class InMemoryLibrary implements ArticleLibrary {
        private final List<KnownArticle> articles = new ArrayList<>();

        @Override
        public List<KnownArticle> known() {
            return List.copyOf(articles);
        }

        @Override
        public KnownArticle add(ImportedArticle article, String contentKey) {
            KnownArticle known = new KnownArticle(String.valueOf(articles.size() + 1), article.document().name(),
                    article.document().text());
            articles.add(known);
            return known;
        }
    }
}
