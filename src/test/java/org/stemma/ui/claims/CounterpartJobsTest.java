package org.stemma.ui.claims;

import org.stemma.align.CompareOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectException;
import org.stemma.session.SessionArticle;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.ui.jobs.HeldJobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CounterpartJobsTest {

    @TempDir
    Path dir;

    private ProjectFile project;

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    @Test
    void manyComputationsReadTheClaimsAgainAtTheFirstTheLastAndEveryFewSecondsBetween() throws ProjectException {
        project = ProjectFile.create(dir.resolve("jobs.stemma"));
        StoredDocument doc = null;
        for (String seed : List.of(Seeds.S001, Seeds.S000, Seeds.S002)) {
            StoredDocument d = project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            doc = doc == null ? d : doc;
        }
        ClaimService service = new ClaimService(project, new UndoHistory());
        List<ClaimRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim c = service.addClaim(doc.id(), 100 + 10 * i, 140 + 10 * i, List.of("t"), ClaimStatus.OPEN, "").claim();
            rows.add(new ClaimRow(c, new SessionArticle(doc.id(), doc.name(), "", doc.document().metadata(), 0, 0, 0, ""), List.of(), ""));
        }
        HeldJobs held = new HeldJobs();
        long[] now = {0};
        List<Set<Long>> shown = new ArrayList<>();
        CounterpartJobs jobs = new CounterpartJobs(rules -> new CounterpartFinder(project, sessionOf(project), rules), held, problem -> { },
                notice -> { }, shown::add,
                () -> now[0]);

        jobs.complete(rows, 2);
        jobs.complete(rows, 2);
        assertEquals(1, held.size(), "one claim at a time, each queued once");
        assertEquals(5, jobs.runningProperty().get());

        held.run(0);
        assertEquals(List.of(Set.of(rows.get(0).id())), shown, "the first result is shown at once");
        now[0] += 1_000_000_000L;
        held.run(1);
        held.run(2);
        assertEquals(1, shown.size(), "not again within the interval while others run");
        now[0] += CounterpartJobs.READ_INTERVAL_NANOS;
        held.run(3);
        assertEquals(Set.of(rows.get(1).id(), rows.get(2).id(), rows.get(3).id()), shown.get(1),
                "again once the interval has passed, with every claim computed since");
        held.run(4);
        assertEquals(List.of(Set.of(rows.get(4).id())), shown.subList(2, 3), "and when the last one ends, however soon");
        assertEquals(5, held.size(), "nothing computed twice");
        assertEquals(0, jobs.runningProperty().get());
        assertEquals(5, project.counterparts().list().size() / 2, "every claim's counterparts were stored");
    }

    /**
     * Five claims computed under the default rules, then Kiev = Kyiv: the one job bringing them in step
     * shows what it stored every interval while it runs, and the rest when it ends, each claim once.
     */
    @Test
    void aLongRecomputationUnderNewRulesShowsWhatItStoredEveryFewSecondsAndTheRestAtTheEnd() throws ProjectException {
        project = ProjectFile.create(dir.resolve("in-step.stemma"));
        StoredDocument doc = null;
        for (String seed : List.of(Seeds.S003, Seeds.S004)) {
            StoredDocument d = project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
            doc = doc == null ? d : doc;
        }
        ClaimService service = new ClaimService(project, new UndoHistory());
        CounterpartFinder underDefaults = new CounterpartFinder(project, sessionOf(project), CompareOptions.DEFAULT);
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim c = service.addClaim(doc.id(), 100 + 40 * i, 140 + 40 * i, List.of("t"), ClaimStatus.OPEN, "").claim();
            underDefaults.update(c);
            claims.add(c.id());
        }
        CompareOptions kievIsKyiv = CompareOptions.DEFAULT.withEquivalents(
                org.stemma.model.EquivalentSpellings.parse("Kiev = Kyiv"));
        assertEquals(claims, project.counterparts().outOfStep(kievIsKyiv.fingerprint()));

        HeldJobs held = new HeldJobs();
        long[] now = {0};
        List<Set<Long>> shown = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        // Each look at the clock finds 1.1 s gone: the job starts at 1.1 s and claim n is told at 1.1 (n + 1) s.
        CounterpartJobs jobs = new CounterpartJobs(rules -> new CounterpartFinder(project, sessionOf(project), rules),
                held, problem -> { }, notices::add, shown::add, () -> now[0] += 1_100_000_000L);
        jobs.rulesRead(kievIsKyiv);
        assertEquals(1, held.size());
        held.run(0);

        assertEquals(List.of(Set.of(claims.get(0), claims.get(1)), Set.of(claims.get(2), claims.get(3)),
                Set.of(claims.get(4))), shown, "2.2 s after the start, 2.2 s after that, and the last one at the end");
        assertEquals(List.of("Counterparts of 5 claims computed again under the difference rules"), notices);
        assertEquals(List.of(), project.counterparts().outOfStep(kievIsKyiv.fingerprint()));
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
