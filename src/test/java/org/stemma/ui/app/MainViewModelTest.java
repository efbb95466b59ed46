package org.stemma.ui.app;

import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.HeldJobs;
import org.stemma.ui.jobs.InlineJobs;
import org.stemma.ui.jobs.Jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {

    @TempDir
    Path home;

    private MainViewModel model(Jobs jobs) {
        return new MainViewModel(jobs, Settings.load(home.resolve(Settings.FILE_NAME)));
    }

    @Test
    void startsOnTheSampleCorpusWithItsFindingsCounted() {
        MainViewModel vm = model(new InlineJobs());
        assertFalse(vm.corpusLoaded());
        vm.session().openSample().join();
        assertTrue(vm.corpusLoaded());
        assertEquals("Sample corpus — Stemma", vm.titleProperty().get());
        List<String> names = vm.corpus().articles().stream().map(Article::name).toList();
        assertEquals(List.of(Seeds.ALL), names);
        Article spun = vm.corpus().byName(Seeds.S000).orElseThrow();
        assertEquals(9, spun.homoglyphsProperty().get());
        assertEquals(0, spun.invisiblesProperty().get());
        assertEquals("Kazakhstan postpones Victory Day, costing Putin allies", spun.title());
        assertTrue(vm.statusProperty().get().startsWith("Sample corpus: 5 articles · "), vm.statusProperty().get());
    }

    @Test
    void comparesSwapsAndHidesFurniture() {
        MainViewModel vm = model(new InlineJobs());
        vm.session().openSample().join();
        Article express = vm.corpus().byName(Seeds.S001).orElseThrow();
        Article copy = vm.corpus().byName(Seeds.S000).orElseThrow();
        CompareViewModel shown = vm.comparisons().compare(express, copy).join();
        assertSame(shown, vm.comparisons().shownProperty().get());
        assertEquals(Seeds.S001, shown.left().document().name());
        assertSame(express.analysis(), shown.left().analysis(), "the corpus's analysis is reused");

        vm.comparisons().swap().join();
        assertEquals(Seeds.S000, vm.comparisons().shownProperty().get().left().document().name());

        vm.preferences().furnitureHiddenProperty().set(true);
        assertTrue(vm.comparisons().shownProperty().get().furnitureHidden());
        assertFalse(vm.comparisons().shownProperty().get().left().display().text().contains("Advertisement"));
        assertTrue(vm.settings().furnitureHidden());

        vm.preferences().furnitureAlignedProperty().set(true);
        assertTrue(vm.comparisons().shownProperty().get().furnitureAligned(), "the comparison is made again with furniture");
        assertTrue(vm.comparisons().shownProperty().get().left().display().text().contains("Advertisement"),
                "aligned furniture is shown");
        assertTrue(vm.settings().furnitureAligned());
    }

    @Test
    void onlyTheNewestComparisonIsShown() {
        HeldJobs jobs = new HeldJobs();
        MainViewModel vm = model(jobs);
        vm.session().openSample();
        jobs.runAll();
        Article a = vm.corpus().articles().get(0);
        Article b = vm.corpus().articles().get(1);
        Article c = vm.corpus().articles().get(2);
        CompletableFuture<CompareViewModel> first = vm.comparisons().compare(a, b);
        CompletableFuture<CompareViewModel> second = vm.comparisons().compare(a, c);
        jobs.run(1);
        jobs.run(0);
        assertNull(first.join(), "superseded");
        assertEquals(c.name(), vm.comparisons().shownProperty().get().right().document().name());
    }

    @Test
    void smokeTestHookComparesTheFirstTwoArticles() {
        MainViewModel vm = model(new InlineJobs());
        assertFalse(vm.compareFirstTwo().join());
        vm.session().openSample().join();
        assertTrue(vm.compareFirstTwo().join());
        assertEquals(Seeds.S000, vm.comparisons().shownProperty().get().left().document().name());
    }

    @Test
    void openingAFolderReportsWhatCouldNotBeRead() throws Exception {
        Path folder = Files.createDirectory(home.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Kazakhstan cancels its Victory Day parade.\n");
        Files.write(folder.resolve("b.bin"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        MainViewModel vm = model(new InlineJobs());
        vm.session().open(List.of(folder)).join();
        assertEquals("articles — Stemma", vm.titleProperty().get());
        assertEquals(1, vm.corpus().articles().size());
        assertEquals(1, vm.session().problems().size());
        assertTrue(vm.session().problems().get(0).contains("b.bin"), vm.session().problems().get(0));
        assertTrue(vm.statusProperty().get().endsWith("1 file could not be read"), vm.statusProperty().get());
    }

    @Test
    void zoomStaysWithinBoundsAndIsRemembered() {
        MainViewModel vm = model(new InlineJobs());
        for (int i = 0; i < 100; i++) {
            vm.preferences().zoomIn();
        }
        assertEquals(Settings.MAX_FONT_SIZE, vm.preferences().fontSizeProperty().get());
        vm.preferences().zoomReset();
        vm.preferences().zoomOut();
        assertEquals(Settings.DEFAULT_FONT_SIZE - 1, vm.settings().fontSize());
    }
}
