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

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
