package org.stemma.claims;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.CounterpartKind;
import org.stemma.align.Counterpart;
import org.stemma.model.Tag;
import org.stemma.store.HistoryEntry;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.text.Span;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimServiceTest {

    @TempDir
    Path dir;

    private ProjectFile project;
    private UndoHistory history;
    private ClaimService service;
    private long doc001;
    private long doc000;
    private String text001;

    @BeforeEach
    void openProject() throws ProjectException {
        project = ProjectFile.create(dir.resolve("claims.stemma"));
        var stored = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text"));
        doc001 = stored.id();
        text001 = stored.text();
        doc000 = project.documents().add(Seeds.document(Seeds.S000), SourceInfo.of(Seeds.path(Seeds.S000), "text")).id();
        history = new UndoHistory();
        service = new ClaimService(project, history);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private Claim addOn(String passage, String... tags) throws ProjectException {
        int start = text001.indexOf(passage);
        return service.addClaim(doc001, start, start + passage.length(), List.of(tags), ClaimStatus.OPEN, "").claim();
    }

    @Test
    void addingAClaimCreatesItsNewTagsAndUndoRemovesBoth() throws Exception {
        Claim claim = addOn("Kazakhstan cancels Victory Day", "Kazakhstan", "Victory Day");
        assertEquals("Kazakhstan cancels Victory Day", claim.anchor().exact());
        assertEquals(List.of("Kazakhstan", "Victory Day"), claim.tags().stream().map(Tag::name).toList());
        assertEquals(List.of(Tag.paletteColour(0), Tag.paletteColour(1)), claim.tags().stream().map(Tag::colour).toList());
        assertEquals("Add claim", history.undoLabel().orElseThrow());

        history.undo();
        assertTrue(project.claims().get(claim.id()).isEmpty());
        assertEquals(List.of(), project.tags().list());
        assertEquals("Add claim", history.redoLabel().orElseThrow());

        history.redo();
        Claim again = project.claims().get(claim.id()).orElseThrow();
        assertEquals(claim, again, "redo brings back the same claim with the same id and tags");
        assertEquals(List.of("CREATE", "DELETE", "CREATE"),
                project.claims().history(claim.id()).stream().map(h -> h.kind().name()).toList());
    }

    @Test
    void statusNoteAndPassageChangesUndoToTheExactPreviousClaim() throws Exception {
        Claim original = addOn("a professor has stated", "experts");
        service.setStatus(original.id(), ClaimStatus.DISPUTED);
        service.setNote(original.id(), "Kuzio is a political scientist, not a spokesman");
        int start = text001.indexOf("Political science professor Taras Kuzio");
        service.setPassage(original.id(), start, start + "Political science professor Taras Kuzio".length());
        Claim changed = project.claims().get(original.id()).orElseThrow();
        assertEquals(ClaimStatus.DISPUTED, changed.status());
        assertEquals("Political science professor Taras Kuzio", changed.anchor().exact());

        history.undo();
        history.undo();
        history.undo();
        assertEquals(original, project.claims().get(original.id()).orElseThrow());
        history.redo();
        assertEquals(ClaimStatus.DISPUTED, project.claims().get(original.id()).orElseThrow().status());

        List<HistoryEntry> entries = project.claims().history(original.id());
        assertEquals(List.of("Add claim", "Set status", "Edit note", "Move claim", "Undo Move claim",
                "Undo Edit note", "Undo Set status", "Redo Set status"), entries.stream().map(HistoryEntry::label).toList());
        assertTrue(entries.get(1).before().contains("\"OPEN\"") && entries.get(1).after().contains("\"DISPUTED\""));
    }

    @Test
    void eachDocumentListsItsOwnClaimsInReadingOrder() throws Exception {
        Claim later = addOn("Shanghai Cooperation Organisation", "SCO");
        Claim earlier = addOn("budget savings", "economy");
        int at = project.documents().get(doc000).orElseThrow().text().indexOf("Victory Day");
        Claim elsewhere = service.addClaim(doc000, at, at + 11, List.of("parades"), ClaimStatus.OPEN, "").claim();
        assertEquals(List.of(earlier.id(), later.id()),
                project.claims().forDocument(doc001).stream().map(Claim::id).toList());
        assertEquals(List.of(elsewhere.id()), project.claims().forDocument(doc000).stream().map(Claim::id).toList());
    }

    @Test
    void aNewEditClearsWhatWasUndone() throws Exception {
        Claim claim = addOn("budget savings", "economy");
        service.setStatus(claim.id(), ClaimStatus.SUPPORTED);
        history.undo();
        assertTrue(history.canRedo());
        service.setNote(claim.id(), "official reason");
        assertFalse(history.canRedo());
        assertEquals(ClaimStatus.OPEN, project.claims().get(claim.id()).orElseThrow().status());
    }

    @Test
    void deletingAClaimCanBeUndoneWithItsReviewedCounterparts() throws Exception {
        Claim claim = addOn("Kazakhstan cancels Victory Day", "Kazakhstan");
        String text000 = project.documents().get(doc000).orElseThrow().text();
        int at = text000.indexOf("Victory Day");
        ClaimCounterpart found = project.counterparts().replaceFor(claim.id(), List.of(ClaimCounterpart.computed(claim.id(),
                doc000, CounterpartKind.ALTERED, new Span(at - 11, at + 11), text000.substring(at - 11, at + 11),
                "[{\"from\":\"cancels\",\"to\":\"postpones\"}]"))).get(0);
        service.review(found.id(), ClaimCounterpart.Review.CONFIRMED);

        service.deleteClaim(claim.id());
        assertTrue(project.claims().get(claim.id()).isEmpty());
        assertEquals(List.of(), project.counterparts().forClaim(claim.id()));

        history.undo();
        assertEquals(claim.anchor(), project.claims().get(claim.id()).orElseThrow().anchor());
        assertEquals(List.of(found.withReview(ClaimCounterpart.Review.CONFIRMED)), project.counterparts().forClaim(claim.id()));
        history.undo();
        assertEquals(ClaimCounterpart.Review.UNREVIEWED, project.counterparts().get(found.id()).orElseThrow().review());
    }

    @Test
    void recomputedCounterpartsKeepTheReviewOnlyWhereNothingChanged() throws Exception {
        Claim claim = addOn("Victory Day parade", "parades");
        ClaimCounterpart same = ClaimCounterpart.computed(claim.id(), doc000, CounterpartKind.SAME, new Span(10, 28), "x".repeat(18), "[]");
        long id = project.counterparts().replaceFor(claim.id(), List.of(same)).get(0).id();
        service.review(id, ClaimCounterpart.Review.REJECTED);

        ClaimCounterpart again = project.counterparts().replaceFor(claim.id(), List.of(same)).get(0);
        assertEquals(ClaimCounterpart.Review.REJECTED, again.review());
        assertEquals(id, again.id());

        ClaimCounterpart moved = ClaimCounterpart.computed(claim.id(), doc000, CounterpartKind.ALTERED, new Span(12, 30),
                "y".repeat(18), "[{\"op\":\"replace\"}]");
        ClaimCounterpart changed = project.counterparts().replaceFor(claim.id(), List.of(moved)).get(0);
        assertEquals(ClaimCounterpart.Review.UNREVIEWED, changed.review());
        assertEquals("[{\"op\":\"replace\"}]", changed.changes());
    }

    @Test
    void theAlignersCounterpartIsStoredWithItsChangedWords() throws Exception {
        String sentence = "The Atlantic Council described this statement as “meaningful”";
        Claim claim = addOn(sentence, "think tanks");
        Comparison comparison = Aligner.compare(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000));
        assertEquals(text001, comparison.left().text());
        Counterpart found = Counterpart.of(comparison, new Span(claim.anchor().start(), claim.anchor().end()));
        String text000 = project.documents().get(doc000).orElseThrow().text();

        ClaimCounterpart stored = project.counterparts().replaceFor(claim.id(),
                List.of(ClaimCounterparts.of(claim.id(), doc000, text000, found))).get(0);
        assertEquals(CounterpartKind.ALTERED, stored.kind());
        assertEquals(found.span(), stored.span());
        assertTrue(stored.text().contains("important"), stored.text());
        JsonArray changes = JsonParser.parseString(stored.changes()).getAsJsonArray();
        assertEquals(found.changes().size(), changes.size());
        assertTrue(changes.toString().contains("\"left\":\"meaningful"), changes.toString());
    }

    @Test
    void mergingTagsMovesTheirClaimsAndUndoRestoresEachClaimsOwnTags() throws Exception {
        Claim both = addOn("Victory Day parade", "Kremlin", "kremlin-lines");
        Claim onlyA = addOn("budget savings", "kremlin-lines");
        Claim onlyB = addOn("Timur Suleimenov", "Kremlin");
        Tag a = project.tags().byName("kremlin-lines").orElseThrow();
        Tag b = project.tags().byName("Kremlin").orElseThrow();

        service.mergeTags(a.id(), b.id());
        assertEquals(List.of(b), project.tags().list());
        for (Claim c : List.of(both, onlyA, onlyB)) {
            assertEquals(List.of(b), project.claims().get(c.id()).orElseThrow().tags(), "claim " + c.anchor().exact());
        }

        history.undo();
        assertEquals(List.of(b, a), project.tags().list());
        for (Claim c : List.of(both, onlyA, onlyB)) {
            assertEquals(c.tags(), project.claims().get(c.id()).orElseThrow().tags());
        }
        assertThrows(IllegalArgumentException.class, () -> service.mergeTags(a.id(), a.id()));
    }

    @Test
    void tagsAreRenamedRecolouredAndDeletedUndoably() throws Exception {
        Claim claim = addOn("Shanghai Cooperation Organisation", "SCO");
        Tag sco = claim.tags().get(0);
        service.renameTag(sco.id(), "Shanghai Cooperation");
        service.recolourTag(sco.id(), "#123ABC");
        assertEquals(new Tag(sco.id(), "Shanghai Cooperation", "#123abc"), project.tags().get(sco.id()).orElseThrow());

        service.deleteTag(sco.id());
        assertEquals(List.of(), project.claims().get(claim.id()).orElseThrow().tags());
        history.undo();
        assertEquals(List.of(new Tag(sco.id(), "Shanghai Cooperation", "#123abc")),
                project.claims().get(claim.id()).orElseThrow().tags());
        history.undo();
        history.undo();
        assertEquals(sco, project.tags().get(sco.id()).orElseThrow());

        service.createTag("Propaganda", "#d55e00");
        assertThrows(IllegalArgumentException.class, () -> service.createTag("PROPAGANDA", "#000000"));
        assertThrows(IllegalArgumentException.class, () -> service.renameTag(sco.id(), "propaganda"));
        assertThrows(IllegalArgumentException.class, () -> service.createTag("Blue", "blue"));
        assertEquals(2, project.tags().list().size());
    }

    @Test
    void claimsCanBeTaggedAndUntaggedOneTagAtATime() throws Exception {
        Claim claim = addOn("declared independence on December 16 1991", "history");
        service.addTag(claim.id(), "USSR");
        service.addTag(claim.id(), "history");
        assertEquals(List.of("history", "USSR"),
                project.claims().get(claim.id()).orElseThrow().tags().stream().map(Tag::name).toList());
        long ussr = project.tags().byName("ussr").orElseThrow().id();
        service.removeTag(claim.id(), ussr);
        assertEquals(List.of("history"),
                project.claims().get(claim.id()).orElseThrow().tags().stream().map(Tag::name).toList());
        assertTrue(project.tags().get(ussr).isPresent(), "untagging a claim keeps the tag");
        service.setTags(claim.id(), List.of("independence", "USSR"));
        assertEquals(List.of("independence", "USSR"),
                project.claims().get(claim.id()).orElseThrow().tags().stream().map(Tag::name).toList());
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.addClaim(doc001, 50, 40, List.of("x"), ClaimStatus.OPEN, ""));
        assertTrue(e.getMessage().contains("50..40"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> service.addClaim(doc001, 0, text001.length() + 1, List.of("x"), ClaimStatus.OPEN, ""));
        assertThrows(IllegalArgumentException.class, () -> service.addClaim(999, 0, 5, List.of("x"), ClaimStatus.OPEN, ""));
        assertThrows(IllegalArgumentException.class, () -> service.setStatus(999, ClaimStatus.OPEN));
        assertThrows(IllegalArgumentException.class, () -> service.addClaim(doc001, 0, 5, List.of(" "), ClaimStatus.OPEN, ""));
        assertEquals(List.of(), project.claims().list());
        assertEquals(List.of(), project.tags().list());
        assertFalse(history.canUndo());
    }
}
