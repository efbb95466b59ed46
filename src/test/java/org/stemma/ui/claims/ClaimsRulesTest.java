package org.stemma.ui.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.align.CompareOptions;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.CounterpartKind;
import org.stemma.model.EquivalentSpellings;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.ui.jobs.HeldJobs;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims view follows the difference rules (decision 1421): opening a project whose counterparts were
 * computed under other rules, and changing the rules while it is open, compute them again and show the
 * rows read again. Seed 003 writes "Kiev"; its copy here writes "Kyiv" and differs in nothing else.
 */
class ClaimsRulesTest {

    private static final String YURTS = "Kazakhstan set up these auxiliary yurts in the Ukrainian cities of Bucha and Kiev.";
    private static final CompareOptions KIEV_IS_KYIV =
            CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv"));

    @TempDir
    Path dir;

    private ProjectFile project;
    private StoredDocument copy;
    private Claim claim;
    private ClaimsViewModel model;

    @BeforeEach
    void open() throws ProjectException {
        project = ProjectFile.create(dir.resolve("rules.stemma"));
        StoredDocument source = project.documents().add(Seeds.document(Seeds.S003), SourceInfo.of(Seeds.path(Seeds.S003), "text"));
        Document seed = Seeds.document(Seeds.S003);
        copy = project.documents().add(Document.of("003_kyiv_copy.txt", seed.source(), seed.text().replace("Kiev", "Kyiv")),
                SourceInfo.of(Seeds.path(Seeds.S003), "text"));
        project.documents().add(Seeds.document(Seeds.S004), SourceInfo.of(Seeds.path(Seeds.S004), "text"));
        int start = source.text().indexOf(YURTS);
        claim = new ClaimService(project, new UndoHistory())
                .addClaim(source.id(), start, start + YURTS.length(), List.of("yurts"), ClaimStatus.OPEN, "").claim();
        new CounterpartFinder(project, CorpusSession.open(project), CompareOptions.DEFAULT).update(claim).orElseThrow();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        project.close();
    }

    private CounterpartKind shownInCopy() {
        return model.row(claim.id()).orElseThrow().counterparts().stream().filter(c -> c.documentId() == copy.id())
                .findFirst().orElseThrow().kind();
    }

    private CounterpartKind storedInCopy() throws ProjectException {
        return project.counterparts().forClaim(claim.id()).stream().filter(c -> c.documentId() == copy.id())
                .findFirst().map(ClaimCounterpart::kind).orElseThrow();
    }

    @Test
    void openingUnderOtherRulesThanTheCounterpartsWereComputedWithBringsThemInStep() throws ProjectException {
        project.compareOptions().save(KIEV_IS_KYIV); // as Compare › Options does, the counterparts left as they were
        InlineJobs jobs = new InlineJobs();
        model = new ClaimsViewModel(project, CorpusSession.open(project), new UndoHistory(), jobs);

        assertEquals(CounterpartKind.SAME, storedInCopy());
        assertEquals(CounterpartKind.SAME, shownInCopy(), "the row was read again after they were stored");
        assertEquals(KIEV_IS_KYIV, model.rules());
        assertEquals("Counterparts of 1 claim computed again under the difference rules", model.messageProperty().get());
        assertTrue(jobs.descriptions().contains("Bringing counterparts in step with the difference rules"), jobs.descriptions().toString());
        assertTrue(model.row(claim.id()).orElseThrow().summary().contains("(003…): same"), model.row(claim.id()).orElseThrow().summary());
        ClaimCounterpart inCopy = model.row(claim.id()).orElseThrow().counterparts().stream()
                .filter(c -> c.documentId() == copy.id()).findFirst().orElseThrow();
        assertEquals("Kyiv copy: same — Kiev = Kyiv", CounterpartText.line(inCopy, "Kyiv copy"),
                "the editor names the equivalence");
    }

    @Test
    void changingTheRulesInAnOpenProjectComputesTheCounterpartsAgainAndUpdatesTheirRow() throws ProjectException {
        model = new ClaimsViewModel(project, CorpusSession.open(project), new UndoHistory(), new InlineJobs());
        assertEquals(CounterpartKind.ALTERED, shownInCopy());
        assertEquals("", model.messageProperty().get(), "nothing was out of step: nothing to say");

        model.followRules(KIEV_IS_KYIV);
        assertEquals(CounterpartKind.SAME, storedInCopy());
        assertEquals(CounterpartKind.SAME, shownInCopy());

        model.followRules(CompareOptions.DEFAULT);
        assertEquals(CounterpartKind.ALTERED, storedInCopy());
        assertEquals(CounterpartKind.ALTERED, shownInCopy());
    }

    /** Rules changed again before the first change was computed: only the newest are computed and shown. */
    @Test
    void onlyTheNewestRulesAreComputedAndShown() throws ProjectException {
        HeldJobs held = new HeldJobs();
        model = new ClaimsViewModel(project, CorpusSession.open(project), new UndoHistory(), held);
        held.runAll(); // the table read, and the check that the stored counterparts follow the default rules
        assertEquals(CounterpartKind.ALTERED, shownInCopy());

        model.followRules(KIEV_IS_KYIV);
        CompareOptions newest = CompareOptions.DEFAULT.withNumbersAsWords(true);
        model.followRules(newest);
        assertEquals(2, held.size());
        held.run(0); // the Kiev = Kyiv job was cancelled before it began: it stores nothing
        assertEquals(CounterpartKind.ALTERED, storedInCopy());
        held.run(1);
        assertEquals(List.of(), project.counterparts().outOfStep(newest.fingerprint()));
        held.runAll(); // the rows read again
        assertEquals(CounterpartKind.ALTERED, shownInCopy(), "numbers as words do not make Kiev Kyiv");
        assertEquals("Counterparts of 1 claim computed again under the difference rules", model.messageProperty().get());
    }

    /** A claim's computation still running when the rules change is done again under the new ones. */
    @Test
    void aClaimComputedUnderRulesChangedMeanwhileIsComputedAgain() throws ProjectException {
        HeldJobs held = new HeldJobs();
        CorpusSession session = CorpusSession.open(project);
        model = new ClaimsViewModel(project, session, new UndoHistory(), held);
        held.runAll();
        Document s002 = Seeds.document(Seeds.S002);
        session.add(s002, SourceInfo.of(Seeds.path(Seeds.S002), "text"), session.analyse(s002));
        model.reload(); // an article more: the claim lacks a counterpart in it
        held.run(0);    // the table read; it queues the claim's computation under the default rules
        assertEquals(2, held.size());
        assertEquals("Finding counterparts", held.description(1));
        model.followRules(KIEV_IS_KYIV);
        held.run(1);    // computed under the default rules: stored so, but queued again
        assertEquals("Finding counterparts", held.description(held.size() - 1));
        held.runAll();
        assertEquals(List.of(), project.counterparts().outOfStep(KIEV_IS_KYIV.fingerprint()));
        assertEquals(CounterpartKind.SAME, storedInCopy());
        assertEquals(CounterpartKind.SAME, shownInCopy());
        assertEquals(3, model.row(claim.id()).orElseThrow().counterparts().size(), "002 too");
    }
}
