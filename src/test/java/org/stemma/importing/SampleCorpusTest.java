package org.stemma.importing;

import org.stemma.corpus.UnreadableArticleException;
import org.stemma.corpus.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleCorpusTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void theBundledCorpusIsTheSeedsFolderReadAsArticles() throws Exception {
        List<Path> seeds = seedFiles();
        List<Document> sample = SampleCorpus.load();

        assertEquals(seeds.size(), sample.size());
        for (int i = 0; i < seeds.size(); i++) {
            Document expected = ArticleFiles.document(seeds.get(i));
            assertEquals(expected.name(), sample.get(i).name());
            assertEquals(expected.text(), sample.get(i).text());
            assertEquals(expected.metadata(), sample.get(i).metadata());
        }
    }

    @Test
    void anInstalledJarYieldsTheSameArticlesInNameOrder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("stemma.jar");
        List<Path> seeds = seedFiles();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("org/stemma/other.txt"));
            out.write("not a sample".getBytes());
            out.putNextEntry(new JarEntry(SampleCorpus.FOLDER));
            for (Path seed : reversed(seeds)) {
                out.putNextEntry(new JarEntry(SampleCorpus.FOLDER + seed.getFileName()));
                out.write(Files.readAllBytes(seed));
            }
        }

        List<Document> fromJar = SampleCorpus.load(jar);

        assertEquals(seeds.stream().map(p -> p.getFileName().toString()).toList(),
                fromJar.stream().map(Document::name).toList());
        for (int i = 0; i < seeds.size(); i++) {
            assertEquals(ArticleFiles.document(seeds.get(i)).text(), fromJar.get(i).text());
        }
    }

    @Test
    void aJarWithoutTheCorpusIsRefusedWithAReason(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("org/stemma/Launcher.class"));
        }

        UnreadableArticleException e = assertThrows(UnreadableArticleException.class, () -> SampleCorpus.load(jar));
        assertTrue(e.getMessage().contains("sample corpus is missing"), e.getMessage());
    }

    private static List<Path> reversed(List<Path> paths) {
        List<Path> copy = new ArrayList<>(paths);
        Collections.reverse(copy);
        return copy;
    }

    private static List<Path> seedFiles() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
