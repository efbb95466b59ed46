package org.stemma.ui.exchange;

import org.stemma.align.CompareOptions;
import org.stemma.session.CorpusSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.UndoHistory;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.store.ProjectFile;
import org.stemma.ui.app.MainViewModel;
import org.stemma.ui.app.Settings;
import org.stemma.ui.compare.CompareViewModel;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's export and import actions past their file dialogs, with the work run in place. */
class ExchangeActionsTest {

    private static final String SENTENCE = "The Atlantic Council described this statement as “meaningful” coming "
            + "from a senior Kazakhstani official while in the US.";

    @TempDir
    Path home;

    @Test
    void exportsReportsAndImportsWhatTheAnalystHas() throws Exception {
        MainViewModel vm = new MainViewModel(new InlineJobs(), Settings.load(home.resolve(Settings.FILE_NAME)));
        vm.session().openSample().join();
        ProjectFile project = vm.session().projectProperty().get().file();
        long express = project.documents().byName(Seeds.S001).orElseThrow().id();
        int start = project.documents().get(express).orElseThrow().text().indexOf(SENTENCE);
        Claim claim = new ClaimService(project, new UndoHistory()).addClaim(express, start, start + SENTENCE.length(),
                List.of("quotation"), ClaimStatus.ALTERED, "").claim();
        new CounterpartFinder(project, CorpusSession.open(project), CompareOptions.DEFAULT).update(claim);
        List<Path> opened = new ArrayList<>();
        ExchangeActions actions = new ExchangeActions(null, vm.session().projectProperty(), vm.comparisons(), vm.jobs(), vm::status,
                Optional::empty, opened::add);

        Path qdpx = home.resolve("sample.qdpx");
        assertEquals("Exported 5 articles, 1 tags and 1 claims to '" + qdpx + "'", actions.exportRefiTo(project, qdpx).join());
        assertEquals("Exported 5 articles, 1 tags and 1 claims to '" + qdpx + "'", vm.statusProperty().get());
        Path reviews = home.resolve("reviews.jsonld");
        assertTrue(actions.exportClaimReviewTo(project, reviews).join().startsWith("Exported 1 ClaimReview"));
        assertTrue(Files.readString(reviews).contains("\"alternateName\": \"Altered\""));
        Path claimReport = home.resolve("claim.html");
        actions.exportClaimReportTo(project, claim.id(), claimReport).join();
        assertTrue(Files.readString(claimReport, StandardCharsets.UTF_8).contains("important"));

        Article left = vm.corpus().byName(Seeds.S001).orElseThrow();
        Article right = vm.corpus().byName(Seeds.S000).orElseThrow();
        CompareViewModel compare = vm.comparisons().compare(left, right).join();
        Path report = home.resolve("compare.html");
        assertEquals("Wrote the comparison report to '" + report + "'",
                actions.exportComparisonReportTo(compare.comparison(), report).join());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("<del>meaningful</del>"));

        Path imported = home.resolve("imported.stemma");
        var outcome = actions.importRefi(qdpx, imported).join();
        assertEquals(List.of(), outcome.skipped());
        assertEquals(List.of(imported), opened, "the imported project is opened");
        try (ProjectFile again = ProjectFile.open(imported)) {
            assertEquals(5, again.documents().list().size());
            Claim back = again.claims().list().get(0);
            assertEquals(SENTENCE, back.anchor().exact());
            assertEquals(4, again.counterparts().forClaim(back.id()).size(), "counterparts found after the import");
        }
        assertTrue(actions.importRefi(qdpx, imported).join() == null, "an existing project is never overwritten");
        Files.writeString(home.resolve("sample.stemma"), "taken");
        assertEquals(home.resolve("sample (imported).stemma"), ExchangeActions.freeName(qdpx),
                "the dialog suggests a name no file has");
        assertTrue(vm.statusProperty().get().startsWith("Not imported: "), vm.statusProperty().get());
        vm.session().close();
    }
}
