package org.stemma.claims;

import org.stemma.align.CompareOptions;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.CounterpartKind;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterpartFinderTest {

    private static final String ATLANTIC = "The Atlantic Council described this statement as “meaningful” "
            + "coming from a senior Kazakhstani official while in the US.";

    @TempDir
    Path dir;

    private ProjectFile project;
    private ClaimService service;
    private CounterpartFinder finder;
    private StoredDocument doc001;
    private StoredDocument doc000;
    private StoredDocument doc002;

    @BeforeEach
    void openProject() throws ProjectException {
        project = ProjectFile.create(dir.resolve("finder.stemma"));
        doc001 = add(Seeds.S001);
        doc000 = add(Seeds.S000);
        doc002 = add(Seeds.S002);
        service = new ClaimService(project, new UndoHistory());
        finder = new CounterpartFinder(project, sessionOf(project), CompareOptions.DEFAULT);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private StoredDocument add(String seed) throws ProjectException {
        return project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
    }

    private Claim claimOn(StoredDocument doc, String passage) throws ProjectException {
        int start = doc.text().indexOf(passage);
        assertTrue(start >= 0, passage);
        return service.addClaim(doc.id(), start, start + passage.length(), List.of("quote"), ClaimStatus.OPEN, "")
                .claim();
    }

    private static Map<Long, ClaimCounterpart> byDocument(List<ClaimCounterpart> counterparts) {
        return counterparts.stream().collect(Collectors.toMap(ClaimCounterpart::documentId, Function.identity()));
    }

    @Test
    void atlanticCouncilClaimIsAlteredInTheSpunCopyAndAbsentFromTheOtherArticle() throws ProjectException {
        Claim claim = claimOn(doc001, ATLANTIC);

        Map<Long, ClaimCounterpart> stored = byDocument(finder.update(claim).orElseThrow());

        assertEquals(2, stored.size(), "one counterpart per other document, none in its own");
        ClaimCounterpart in000 = stored.get(doc000.id());
        assertEquals(CounterpartKind.ALTERED, in000.kind());
        assertTrue(in000.text().startsWith("The Atlantic Council called this statement"), in000.text());
        assertEquals(in000.text(), in000.span().of(doc000.text()));
        JsonArray changes = JsonParser.parseString(in000.changes()).getAsJsonArray();
        assertTrue(changes.asList().stream().map(c -> c.getAsJsonObject()).anyMatch(c ->
                c.get("left").getAsString().equals("meaningful") && c.get("right").getAsString().equals("important")),
                in000.changes());
        assertEquals(CounterpartKind.ABSENT, stored.get(doc002.id()).kind());
        assertEquals(stored.values().stream().toList().size(), project.counterparts().forClaim(claim.id()).size());
    }

    @Test
    void aClaimInTheCopyFindsItsSourceTheOtherWayRound() throws ProjectException {
        finder.update(claimOn(doc001, ATLANTIC));
        Claim claim = claimOn(doc000, "The Atlantic Council called this statement");
        org.stemma.text.Span passage = new org.stemma.text.Span(claim.anchor().start(), claim.anchor().end());

        List<ClaimCounterpart> found = finder.find(claim.id(), doc000.id(), passage);

        ClaimCounterpart in001 = byDocument(found).get(doc001.id());
        assertEquals(CounterpartKind.ALTERED, in001.kind());
        assertTrue(in001.changes().contains("\"left\":\"called\""), in001.changes());
        assertTrue(in001.text().startsWith("The Atlantic Council described"));
        assertEquals(CounterpartKind.ABSENT, byDocument(found).get(doc002.id()).kind());
        assertEquals(new CounterpartFinder(project, sessionOf(project), CompareOptions.DEFAULT).find(claim.id(), doc000.id(), passage), found,
                "the comparison reused from the other direction gives what a fresh one gives");
    }

    @Test
    void recomputingKeepsTheAnalystsReviews() throws ProjectException {
        Claim claim = claimOn(doc001, ATLANTIC);
        ClaimCounterpart in000 = byDocument(finder.update(claim).orElseThrow()).get(doc000.id());
        service.review(in000.id(), ClaimCounterpart.Review.CONFIRMED);

        ClaimCounterpart again = byDocument(finder.update(claim).orElseThrow()).get(doc000.id());

        assertEquals(in000.id(), again.id());
        assertEquals(ClaimCounterpart.Review.CONFIRMED, again.review());
    }

    @Test
    void aClaimDeletedMeanwhileGetsNoCounterparts() throws ProjectException {
        Claim claim = claimOn(doc001, ATLANTIC);
        service.deleteClaim(claim.id());

        assertTrue(finder.update(claim).isEmpty());
        assertTrue(project.counterparts().list().isEmpty());
    }

    @Test
    void aClaimMovedMeanwhileIsLeftForTheNextRequest() throws ProjectException {
        Claim claim = claimOn(doc001, ATLANTIC);
        int start = doc001.text().indexOf("Kazakhstan has also sent humanitarian aid");
        service.setPassage(claim.id(), start, start + 40);

        assertTrue(finder.update(claim).isEmpty(), "counterparts of the old passage are not stored");
        assertTrue(project.counterparts().forClaim(claim.id()).isEmpty());
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
