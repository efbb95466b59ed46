package org.stemma.ui.app;

import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Projects;
import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;
import org.stemma.ui.compare.CompareRules;
import org.stemma.ui.jobs.HeldJobs;
import org.stemma.ui.jobs.InlineJobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which project the window opens, and that a bad project file costs the analyst nothing. */
class ProjectStartTest {

    @TempDir
    Path home;

    private MainViewModel model() {
        return new MainViewModel(new InlineJobs(), Settings.load(home.resolve(Settings.FILE_NAME)));
    }

    private Path projectWith(String name, String... seeds) throws Exception {
        Path file = home.resolve(name);
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String seed : seeds) {
                p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            }
        }
        return file;
    }

    @Test
    void theFirstComparisonIsMadeByTheRulesStoredInTheProject() throws Exception {
        Path file = projectWith("rules.stemma", Seeds.S001, Seeds.S000);
        CompareOptions stored = CompareOptions.DEFAULT.withNumbersAsWords(true)
                .withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv\n"));
        try (ProjectFile p = ProjectFile.open(file)) {
            p.compareOptions().save(stored);
        }
        HeldJobs jobs = new HeldJobs();
        MainViewModel vm = new MainViewModel(jobs, Settings.load(home.resolve(Settings.FILE_NAME)));
        new CompareRules(jobs, vm.session().projectProperty(), vm.comparisons(), vm::status);
        vm.session().openProject(file);
        jobs.run(0);
        assertEquals(stored, vm.comparisons().optionsProperty().get(), "the rules came with the project");
        vm.compareFirstTwo();
        assertEquals(2, jobs.size(), "opening and comparing, no job of the rules' own for the comparison to wait behind");
        assertTrue(jobs.description(1).startsWith("Comparing"), jobs.description(1));
        jobs.run(1);
        assertEquals(stored, vm.comparisons().shownProperty().get().options());
        vm.session().close();
    }

    @Test
    void firstRunMakesTheSampleProjectInTheDataFolder() {
        MainViewModel vm = model();
        assertTrue(vm.session().start(List.of()).join());
        assertTrue(Files.isRegularFile(home.resolve(Projects.SAMPLE_FILE)));
        assertEquals(5, vm.corpus().articles().size());
        assertTrue(vm.corpus().articles().stream().allMatch(a -> a.documentId() != Article.NOT_STORED));
    }

    @Test
    void theLastProjectOpensAgainAndAFileOnTheCommandLineWins() throws Exception {
        Path pair = projectWith("pair.stemma", Seeds.S001, Seeds.S000);
        Path single = projectWith("single.stemma", Seeds.S003);
        MainViewModel first = model();
        assertTrue(first.session().openProject(pair).join());
        first.settings().save();
        first.session().close();

        MainViewModel again = model();
        assertTrue(again.session().start(List.of()).join());
        assertEquals("pair", again.corpus().name());
        assertEquals(2, again.corpus().articles().size());
        again.session().close();

        MainViewModel asked = model();
        assertTrue(asked.session().start(List.of(single.toString())).join());
        assertEquals("single", asked.corpus().name());
        assertEquals(List.of(single.toAbsolutePath(), pair.toAbsolutePath()), asked.session().recentProjects());
        asked.session().close();
    }

    @Test
    void aProjectOpenInAnotherWindowIsRefusedAndOpeningTheOpenProjectReadsItAgain() throws Exception {
        Path pair = projectWith("pair.stemma", Seeds.S001, Seeds.S000);
        Path single = projectWith("single.stemma", Seeds.S003);
        MainViewModel other = model();
        assertTrue(other.session().openProject(pair).join());

        MainViewModel vm = model();
        assertTrue(vm.session().openProject(single).join());
        assertFalse(vm.session().openProject(pair).join());
        assertTrue(vm.session().errorProperty().get().contains("open in another Stemma window"), vm.session().errorProperty().get());
        assertEquals("single", vm.corpus().name(), "the open project stays");

        assertTrue(vm.session().openProject(single).join(), "opening the open project again reads it again");
        assertEquals("single", vm.corpus().name());
        assertEquals(1, vm.corpus().articles().size());
        other.session().close();
        vm.session().close();
    }

    @Test
    void aCorruptProjectIsRefusedUnchangedAndTheOpenProjectStays() throws Exception {
        Path good = projectWith("good.stemma", Seeds.S001);
        Path bad = home.resolve("bad.stemma");
        Files.writeString(bad, "this is not a database, just words an analyst typed");
        byte[] before = Files.readAllBytes(bad);
        MainViewModel vm = model();
        assertTrue(vm.session().openProject(good).join());
        assertFalse(vm.session().openProject(bad).join());
        assertTrue(vm.session().errorProperty().get().contains("bad.stemma"), vm.session().errorProperty().get());
        assertEquals("good", vm.corpus().name());
        assertEquals(1, vm.corpus().articles().size());
        assertArrayEquals(before, Files.readAllBytes(bad));
        assertNotEquals("", vm.statusProperty().get());
    }

    @Test
    void saveAsContinuesInTheCopy() throws Exception {
        Path original = projectWith("original.stemma", Seeds.S001, Seeds.S000);
        MainViewModel vm = model();
        vm.session().openProject(original).join();
        Path copy = home.resolve("copy.stemma");
        assertTrue(vm.session().saveProjectAs(copy).join());
        assertEquals("copy", vm.corpus().name());
        assertEquals(2, vm.corpus().articles().size());
        assertTrue(Files.isRegularFile(original));
    }
}
