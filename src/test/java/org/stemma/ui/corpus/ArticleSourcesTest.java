package org.stemma.ui.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files and folders opened without a project: what the window's title calls them. */
class ArticleSourcesTest {

    @TempDir
    Path dir;

    @Test
    void oneFolderIsNamedAfterItAndSeveralAfterTheArticlesRead() throws Exception {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.copy(Seeds.path(Seeds.S000), first.resolve("000.txt"));
        Files.copy(Seeds.path(Seeds.S001), first.resolve("001.txt"));
        Files.copy(Seeds.path(Seeds.S002), second.resolve("002.txt"));

        assertEquals("first", ArticleSources.open(List.of(first)).name());
        ArticleSources.Loaded both = ArticleSources.open(List.of(first, second));
        assertEquals(3, both.documents().size());
        assertEquals("3 articles", both.name(), "two folders of three articles are three articles, not two");
        assertEquals("1 article", ArticleSources.open(List.of(second, dir.resolve("none"))).name());
    }
}
