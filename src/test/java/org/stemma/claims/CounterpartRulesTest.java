package org.stemma.claims;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.align.CompareOptions;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counterparts under the project's difference rules (decision 1421), on seed 003 (which writes "Kiev"), a
 * copy of it that writes "Kyiv" and nothing else otherwise, and seed 004, a rewrite that also writes "Kyiv".
 */
class CounterpartRulesTest {

    static final String YURTS = "Kazakhstan set up these auxiliary yurts in the Ukrainian cities of Bucha and Kiev.";
    static final CompareOptions KIEV_IS_KYIV = CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv"));

    @TempDir
    Path dir;

    private ProjectFile project;
    private StoredDocument source;
    private StoredDocument copy;
    private StoredDocument rewrite;
    private Claim claim;

    @BeforeEach
    void open() throws ProjectException {
        project = ProjectFile.create(dir.resolve("rules.stemma"));
        source = add(Seeds.document(Seeds.S003), Seeds.S003);
        copy = add(kyivCopy(), Seeds.S003);
        rewrite = add(Seeds.document(Seeds.S004), Seeds.S004);
        int start = source.text().indexOf(YURTS);
        assertTrue(start >= 0);
        claim = new ClaimService(project, new UndoHistory())
                .addClaim(source.id(), start, start + YURTS.length(), List.of("yurts"), ClaimStatus.OPEN, "").claim();
    }

    @AfterEach
    void close() {
        project.close();
    }

    /** Seed 003 as a copy that spells the capital the Ukrainian way, and differs in nothing else. */
    static Document kyivCopy() {
        Document seed = Seeds.document(Seeds.S003);
        assertEquals(1, seed.text().split("Kiev", -1).length - 1, "the seed writes Kiev once");
        return Document.of("003_kyiv_copy.txt", seed.source(), seed.text().replace("Kiev", "Kyiv"));
    }

    private StoredDocument add(Document document, String seed) throws ProjectException {
        return project.documents().add(document, SourceInfo.of(Seeds.path(seed), "text"));
    }

    private Map<Long, ClaimCounterpart> stored() throws ProjectException {
        return project.counterparts().forClaim(claim.id()).stream()
                .collect(Collectors.toMap(ClaimCounterpart::documentId, Function.identity()));
    }

    /** Every change of a counterpart as "left>right". */
    static List<String> changes(ClaimCounterpart c) {
        return pairs(c.changes());
    }

    /** Every equivalent spelling of a counterpart as "left>right". */
    static List<String> equivalents(ClaimCounterpart c) {
        return pairs(c.equivalents());
    }

    private static List<String> pairs(String json) {
        List<String> out = new ArrayList<>();
        JsonParser.parseString(json).getAsJsonArray().forEach(e -> out.add(
                e.getAsJsonObject().get("left").getAsString() + ">" + e.getAsJsonObject().get("right").getAsString()));
        return out;
    }

    private CounterpartFinder finder(CompareOptions rules) throws ProjectException {
        return new CounterpartFinder(project, CorpusSession.open(project), rules);
    }

    @Test
    void aCopyThatDiffersOnlyByAnEquivalentSpellingIsAlteredWithoutTheRuleAndTheSameWithIt() throws ProjectException {
        finder(CompareOptions.DEFAULT).update(claim).orElseThrow();
        ClaimCounterpart plain = stored().get(copy.id());
        assertEquals(CounterpartKind.ALTERED, plain.kind());
        assertEquals(List.of("Kiev>Kyiv"), changes(plain));
        assertTrue(changes(stored().get(rewrite.id())).contains("Kiev>Kyiv"), changes(stored().get(rewrite.id())).toString());

        finder(KIEV_IS_KYIV).update(claim).orElseThrow();
        ClaimCounterpart ruled = stored().get(copy.id());
        assertEquals(CounterpartKind.SAME, ruled.kind(), "Kiev = Kyiv: the copy carries the claim unchanged");
        assertEquals(List.of(), changes(ruled));
        assertEquals(List.of("Kiev>Kyiv"), equivalents(ruled), "the equivalence is named, not forgotten");
        assertEquals(List.of(), equivalents(plain), "without the rule it is a change, not an equivalent");
        assertTrue(ruled.text().endsWith("Bucha and Kyiv."), ruled.text());
        ClaimCounterpart rewritten = stored().get(rewrite.id());
        assertEquals(CounterpartKind.ALTERED, rewritten.kind(), "004 rewords the sentence beyond the spelling");
        assertFalse(changes(rewritten).contains("Kiev>Kyiv"), changes(rewritten).toString());
        assertEquals(List.of("Kiev>Kyiv"), equivalents(rewritten));
    }

    /** The two seeds as they are: 004 rewrites the sentence, but the clause claimed differs only by the spelling. */
    @Test
    void theClauseOf003ThatSeed004SpellsKyivIsAlteredWithoutTheRuleAndTheSameWithIt() throws ProjectException {
        String clause = "in the Ukrainian cities of Bucha and Kiev";
        int start = source.text().indexOf(clause);
        Claim onClause = new ClaimService(project, new UndoHistory())
                .addClaim(source.id(), start, start + clause.length(), List.of("yurts"), ClaimStatus.OPEN, "").claim();
        ClaimCounterpart plain = finder(CompareOptions.DEFAULT).update(onClause).orElseThrow().stream()
                .filter(c -> c.documentId() == rewrite.id()).findFirst().orElseThrow();
        assertEquals(CounterpartKind.ALTERED, plain.kind());
        assertEquals(List.of("Kiev>Kyiv"), changes(plain));
        ClaimCounterpart ruled = finder(KIEV_IS_KYIV).update(onClause).orElseThrow().stream()
                .filter(c -> c.documentId() == rewrite.id()).findFirst().orElseThrow();
        assertEquals(CounterpartKind.SAME, ruled.kind());
        assertEquals(List.of("Kiev>Kyiv"), equivalents(ruled));
    }

    @Test
    void counterpartsComputedUnderOtherRulesAreOutOfStepAndBroughtInStepKeepingReviews() throws ProjectException {
        finder(CompareOptions.DEFAULT).update(claim).orElseThrow();
        ClaimCounterpart rewritten = stored().get(rewrite.id());
        project.counterparts().put(rewritten.withReview(ClaimCounterpart.Review.CONFIRMED));
        assertEquals(List.of(), finder(CompareOptions.DEFAULT).outOfStep());

        CounterpartFinder ruled = finder(KIEV_IS_KYIV);
        assertEquals(List.of(claim.id()), ruled.outOfStep().stream().map(Claim::id).toList());
        List<String> steps = new ArrayList<>();
        Set<Long> done = ruled.bringInStep(new CounterpartFinder.Steps() {
            @Override
            public void done(int claims, int of) {
                steps.add(claims + "/" + of);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(Set.of(claim.id()), done);
        assertEquals(List.of("1/1"), steps);
        assertEquals(CounterpartKind.SAME, stored().get(copy.id()).kind());
        assertEquals(ClaimCounterpart.Review.CONFIRMED, stored().get(rewrite.id()).review(),
                "004's finding did not change (same sentence, same words), so the analyst's review stays");
        assertEquals(List.of(), ruled.outOfStep());
        assertEquals(List.of(claim.id()), finder(CompareOptions.DEFAULT).outOfStep().stream().map(Claim::id).toList(),
                "and under the old rules they are out of step again");
    }

    @Test
    void undoingADeletedClaimBringsItsCounterpartsBackInStepWithTheRulesTheyWereComputedUnder() throws ProjectException {
        UndoHistory history = new UndoHistory();
        ClaimService service = new ClaimService(project, history);
        finder(KIEV_IS_KYIV).update(claim).orElseThrow();
        Map<Long, ClaimCounterpart> computed = stored();
        service.deleteClaim(claim.id());
        assertEquals(Map.of(), stored());

        history.undo();
        assertEquals(computed, stored(), "the same counterparts, ids and reviews included");
        assertEquals(List.of(), finder(KIEV_IS_KYIV).outOfStep(), "in step: nothing to compute again");
        assertEquals(List.of(claim.id()), finder(CompareOptions.DEFAULT).outOfStep().stream().map(Claim::id).toList(),
                "still known to be computed under Kiev = Kyiv");
        history.redo();
        assertEquals(Map.of(), stored());
        history.undo();
        assertEquals(List.of(), finder(KIEV_IS_KYIV).outOfStep(), "and again after a redo and an undo");
    }

    @Test
    void aCancelledBringingInStepStopsBeforeTheNextClaim() throws ProjectException {
        finder(CompareOptions.DEFAULT).update(claim).orElseThrow();
        Set<Long> done = finder(KIEV_IS_KYIV).bringInStep(new CounterpartFinder.Steps() {
            @Override
            public void done(int claims, int of) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertEquals(Set.of(), done);
        assertEquals(CounterpartKind.ALTERED, stored().get(copy.id()).kind());
    }
}
