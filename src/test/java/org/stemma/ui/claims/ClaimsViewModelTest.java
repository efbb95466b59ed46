package org.stemma.ui.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimDraft;
import org.stemma.ui.jobs.HeldJobs;
import org.stemma.ui.jobs.InlineJobs;
import org.stemma.model.CounterpartKind;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimCounterpart.Review;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimsViewModelTest {

    static final String ATLANTIC = "The Atlantic Council described this statement as “meaningful” "
            + "coming from a senior Kazakhstani official while in the US.";

    @TempDir
    Path dir;

    private ProjectFile project;
    private UndoHistory history;
    private ClaimsViewModel model;
    private StoredDocument doc001;
    private StoredDocument doc000;

    @BeforeEach
    void openProject() throws ProjectException {
        project = ProjectFile.create(dir.resolve("vm.stemma"));
        doc001 = add(Seeds.S001);
        doc000 = add(Seeds.S000);
        add(Seeds.S002);
        history = new UndoHistory();
        model = new ClaimsViewModel(project, sessionOf(project), history, new InlineJobs());
    }

    @AfterEach
    void closeProject() {
        model.close();
        project.close();
    }

    private StoredDocument add(String seed) throws ProjectException {
        return project.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
    }

    static Span spanOf(StoredDocument doc, String passage) {
        int start = doc.text().indexOf(passage);
        assertTrue(start >= 0, passage);
        return new Span(start, start + passage.length());
    }

    private Claim claim(StoredDocument doc, String passage, List<Tag> tags, ClaimStatus status, String note) {
        ClaimDraft draft = new ClaimDraft(0, doc.id(), spanOf(doc, passage), tags, status, note, Map.of());
        return model.save(draft).orElseThrow(() -> new AssertionError(model.messageProperty().get()));
    }

    /** Sets the status through the editor's way in, keeping the rest. */
    private boolean setStatus(Claim claim, ClaimStatus status) {
        return model.save(new ClaimDraft(claim.id(), claim.documentId(), new Span(claim.anchor().start(), claim.anchor().end()),
                claim.tags(), status, claim.note(), Map.of())).isPresent();
    }

    private static Tag newTag(String name) {
        return new Tag(0, name, Tag.paletteColour(0));
    }

    private ClaimRow only() {
        assertEquals(1, model.rows().size());
        return model.rows().get(0);
    }

    @Test
    void aNewClaimShowsItsArticleTagsAndCounterparts() {
        Claim claim = claim(doc001, ATLANTIC, List.of(new Tag(0, "altered quote", "#d55e00")), ClaimStatus.ALTERED,
                "important, not meaningful");

        ClaimRow row = only();
        assertEquals(claim.id(), row.id());
        assertEquals(ATLANTIC, row.text());
        assertEquals(doc001.document().metadata().title(), row.article());
        assertEquals("altered quote", row.tagNames());
        assertEquals("#d55e00", row.tags().get(0).colour(), "the colour chosen in the editor, not the palette's");
        assertEquals("The BOL News: altered; Merkur.de: absent", row.summary());
        assertEquals(List.of("meaningful → important"), row.counterparts().stream()
                .filter(c -> c.kind() == CounterpartKind.ALTERED).map(CounterpartText::changes).findFirst().orElseThrow()
                .stream().filter(c -> c.startsWith("meaningful")).toList());
        assertEquals("Undo Add claim", model.undoLabelProperty().get());
        assertTrue(model.canUndoProperty().get());
        assertFalse(model.canRedoProperty().get());
    }

    @Test
    void undoTakesTheClaimAndItsNewTagAwayAndRedoBringsBothBackWithCounterparts() {
        Claim claim = claim(doc001, ATLANTIC, List.of(new Tag(0, "altered quote", "#d55e00")), ClaimStatus.ALTERED, "");

        assertTrue(model.undo());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.tags().isEmpty(), "the tag made for the claim goes with it");
        assertEquals("Redo Add claim", model.redoLabelProperty().get());
        assertFalse(model.canUndoProperty().get());

        assertTrue(model.redo());
        ClaimRow row = only();
        assertEquals(claim.id(), row.id(), "the same claim comes back");
        assertEquals("#d55e00", model.tags().get(0).colour());
        assertEquals("The BOL News: altered; Merkur.de: absent", row.summary(), "counterparts are found again");
    }

    @Test
    void editingTagsStatusNoteAndReviewsIsOneUndoStep() {
        Claim claim = claim(doc001, ATLANTIC, List.of(newTag("quote")), ClaimStatus.OPEN, "");
        ClaimCounterpart in000 = only().counterparts().stream().filter(c -> c.documentId() == doc000.id())
                .findFirst().orElseThrow();
        Tag quote = model.tags().get(0);

        model.save(new ClaimDraft(claim.id(), doc001.id(), spanOf(doc001, ATLANTIC),
                List.of(quote, new Tag(0, "Kazakhstan", "#0072b2")), ClaimStatus.ALTERED, "says important",
                Map.of(in000.id(), Review.CONFIRMED))).orElseThrow();

        ClaimRow edited = only();
        assertEquals("Kazakhstan, quote", edited.tagNames());
        assertEquals(ClaimStatus.ALTERED, edited.claim().status());
        assertEquals("says important", edited.claim().note());
        assertEquals("The BOL News: altered ✓; Merkur.de: absent", edited.summary());
        assertEquals("Undo Edit claim", model.undoLabelProperty().get());

        assertTrue(model.undo());
        ClaimRow back = only();
        assertEquals("quote", back.tagNames());
        assertEquals(ClaimStatus.OPEN, back.claim().status());
        assertEquals("", back.claim().note());
        assertEquals("The BOL News: altered; Merkur.de: absent", back.summary());
        assertEquals(List.of("quote"), model.tags().stream().map(Tag::name).toList());
        assertEquals("Undo Add claim", model.undoLabelProperty().get());
    }

    @Test
    void anEditorOkThatChangesOneThingIsLabelledByIt() {
        Claim claim = claim(doc001, ATLANTIC, List.of(), ClaimStatus.OPEN, "");

        model.save(new ClaimDraft(claim.id(), doc001.id(), spanOf(doc001, ATLANTIC), List.of(), ClaimStatus.FALSE, "",
                Map.of())).orElseThrow();

        assertEquals("Undo Set status", model.undoLabelProperty().get());
    }

    @Test
    void filtersByTagStatusArticleAndWords() {
        Tag quote = newTag("quote");
        Tag figure = new Tag(0, "figure", Tag.paletteColour(1));
        Claim a = claim(doc001, ATLANTIC, List.of(quote), ClaimStatus.OPEN, "");
        Claim b = claim(doc000, "at least 400 people missing", List.of(figure), ClaimStatus.SUPPORTED, "");
        Claim c = claim(doc001, "Kazakhstan has also sent humanitarian aid to Ukraine", List.of(quote, figure),
                ClaimStatus.DISPUTED, "check the Reuters wire");
        Tag storedQuote = model.tags().stream().filter(t -> t.name().equals("quote")).findFirst().orElseThrow();
        Tag storedFigure = model.tags().stream().filter(t -> t.name().equals("figure")).findFirst().orElseThrow();

        model.tagFilterProperty().set(storedQuote);
        assertEquals(List.of(a.id(), c.id()), shownIds());
        model.documentFilterProperty().set(model.document(doc000.id()).orElseThrow());
        assertEquals(List.of(), shownIds());
        model.tagFilterProperty().set(storedFigure);
        assertEquals(List.of(b.id()), shownIds());
        model.tagFilterProperty().set(null);
        model.documentFilterProperty().set(null);
        model.statusFilterProperty().set(ClaimStatus.SUPPORTED);
        assertEquals(List.of(b.id()), shownIds());
        model.statusFilterProperty().set(null);
        model.searchTextProperty().set("REUTERS");
        assertEquals(List.of(c.id()), shownIds(), "the note is searched, in any case");
        model.searchTextProperty().set("council  meaningful");
        assertEquals(List.of(a.id()), shownIds(), "every word must occur, in any order");
        model.searchTextProperty().set("Merkur.de: absent");
        assertEquals(3, shownIds().size(), "the counterparts cell is searched too");
        model.searchTextProperty().set("");
        assertEquals(3, shownIds().size());
    }

    private List<Long> shownIds() {
        return model.filteredRows().stream().map(ClaimRow::id).sorted().toList();
    }

    @Test
    void aTagFilterFollowsTheTagWhenItIsRenamedAndClearsWhenItIsDeleted() {
        claim(doc001, ATLANTIC, List.of(newTag("quote")), ClaimStatus.OPEN, "");
        Tag quote = model.tags().get(0);
        model.tagFilterProperty().set(quote);

        assertTrue(model.renameTag(quote.id(), "quotation"));
        assertEquals("quotation", model.tagFilterProperty().get().name());
        assertEquals(1, model.filteredRows().size());

        assertTrue(model.deleteTag(quote.id()));
        assertEquals(null, model.tagFilterProperty().get());
        assertEquals(1, model.filteredRows().size());
    }

    @Test
    void tagsAreRecolouredMergedAndDeletedUndoably() {
        claim(doc001, ATLANTIC, List.of(newTag("quote")), ClaimStatus.OPEN, "");
        claim(doc000, "at least 400 people missing", List.of(new Tag(0, "Quotes", "#56b4e9")), ClaimStatus.OPEN, "");
        long quote = model.tags().stream().filter(t -> t.name().equals("quote")).findFirst().orElseThrow().id();
        long quotes = model.tags().stream().filter(t -> t.name().equals("Quotes")).findFirst().orElseThrow().id();

        assertTrue(model.recolourTag(quote, "#CC79A7"));
        assertEquals("#cc79a7", model.rows().get(0).tags().get(0).colour());
        assertTrue(model.mergeTags(quotes, quote));
        assertEquals(List.of("quote"), model.tags().stream().map(Tag::name).toList());
        assertEquals(2, model.claimsWithTag(quote));
        assertTrue(model.deleteTag(quote));
        assertTrue(model.rows().stream().allMatch(r -> r.tags().isEmpty()));

        assertEquals("Undo Delete tag", model.undoLabelProperty().get());
        model.undo();
        assertEquals(2, model.claimsWithTag(quote));
        model.undo();
        assertEquals(1, model.claimsWithTag(quote));
        assertEquals(1, model.claimsWithTag(quotes));
    }

    @Test
    void deletingAClaimIsUndoneWithItsReviews() {
        Claim claim = claim(doc001, ATLANTIC, List.of(), ClaimStatus.OPEN, "");
        long in000 = only().counterparts().stream().filter(c -> c.documentId() == doc000.id()).findFirst()
                .orElseThrow().id();
        model.save(new ClaimDraft(claim.id(), doc001.id(), spanOf(doc001, ATLANTIC), List.of(), ClaimStatus.OPEN, "",
                Map.of(in000, Review.REJECTED)));
        assertEquals("Merkur.de: absent", only().summary(), "a rejected counterpart is not listed");

        assertTrue(model.delete(claim.id()));
        assertTrue(model.rows().isEmpty());
        model.undo();
        assertEquals("Merkur.de: absent", only().summary());
    }

    @Test
    void refusedCommandsSayWhyAndChangeNothing() {
        claim(doc001, ATLANTIC, List.of(newTag("quote")), ClaimStatus.OPEN, "");
        model.createTag("figure", "#009e73");
        long figure = model.tags().stream().filter(t -> t.name().equals("figure")).findFirst().orElseThrow().id();

        assertFalse(model.renameTag(figure, "QUOTE"));
        assertTrue(model.messageProperty().get().contains("already a tag named"), model.messageProperty().get());
        assertEquals("Undo Create tag", model.undoLabelProperty().get());

        int end = doc001.text().length();
        assertTrue(model.save(new ClaimDraft(0, doc001.id(), new Span(end, end), List.of(newTag("new")),
                ClaimStatus.OPEN, "", Map.of())).isEmpty());
        assertTrue(model.messageProperty().get().contains("do not select text"), model.messageProperty().get());
        assertEquals(2, model.tags().size(), "the new tag of the refused claim is not made either");

        assertTrue(model.createTag("place", "#999999"));
        assertEquals("", model.messageProperty().get(), "a command that works clears the message");
    }

    @Test
    void jumpingToAClaimNamesItsArticleAndPassage() {
        Claim claim = claim(doc000, "at least 400 people missing", List.of(), ClaimStatus.OPEN, "");
        List<ClaimJump> jumps = new ArrayList<>();
        model.onJumpProperty().set(jumps::add);

        model.jumpTo(claim.id());

        assertEquals(List.of(new ClaimJump(claim.id(), doc000.id(), spanOf(doc000, "at least 400 people missing"))),
                jumps);
    }

    @Test
    void counterpartsAreComputedInTheBackgroundAndShownWhenReady() {
        HeldJobs held = new HeldJobs();
        model.close();
        model = new ClaimsViewModel(project, sessionOf(project), history, held);
        held.runAll();

        claim(doc001, ATLANTIC, List.of(), ClaimStatus.OPEN, "");
        assertTrue(model.rows().isEmpty(), "the table is read in the background");
        held.run(0);
        assertEquals(1, model.findingProperty().get());
        assertEquals("", only().summary());
        assertEquals("Finding counterparts", held.description(1));
        held.runAll();
        assertEquals(0, model.findingProperty().get());
        assertEquals("The BOL News: altered; Merkur.de: absent", only().summary());
        held.runAll();
        assertEquals(0, held.size(), "nothing is computed twice");
    }

    @Test
    void claimsOpenedWithoutCounterpartsGetThemOnceEach() {
        HeldJobs never = new HeldJobs();
        model.close();
        model = new ClaimsViewModel(project, sessionOf(project), history, never);
        never.runAll();
        claim(doc001, ATLANTIC, List.of(), ClaimStatus.OPEN, "");
        claim(doc000, "at least 400 people missing", List.of(), ClaimStatus.OPEN, "");
        model.close();

        InlineJobs jobs = new InlineJobs();
        model = new ClaimsViewModel(project, sessionOf(project), history, jobs);

        assertEquals(2, jobs.descriptions().stream().filter("Finding counterparts"::equals).count(),
                "one computation per claim, though each result reads its claim again");
        assertTrue(model.rows().stream().allMatch(r -> r.counterparts().size() == 2));
    }

    @Test
    void aStaleReadNeverOverwritesANewerOne() {
        HeldJobs held = new HeldJobs();
        model.close();
        model = new ClaimsViewModel(project, sessionOf(project), history, held);
        held.runAll();
        Claim claim = claim(doc001, ATLANTIC, List.of(newTag("quote")), ClaimStatus.OPEN, "");
        held.runAll();
        held.runAll();
        assertEquals(1, model.rows().size());

        assertTrue(setStatus(claim, ClaimStatus.DISPUTED));
        assertTrue(setStatus(claim, ClaimStatus.FALSE));
        held.run(1);
        assertEquals(ClaimStatus.FALSE, only().claim().status(), "the newer read is shown");
        held.run(0);
        assertEquals(ClaimStatus.FALSE, only().claim().status(), "the older one, finishing last, is dropped");

        model.reload();
        assertTrue(setStatus(claim, ClaimStatus.SUPPORTED));
        held.run(3);
        held.run(2);
        assertEquals(ClaimStatus.SUPPORTED, only().claim().status(), "a row read after the whole table stays");
        assertEquals(3, model.documents().size());
    }

    @Test
    void aPreviewFindsCounterpartsWithoutStoringThem() throws ProjectException {
        List<List<ClaimCounterpart>> previews = new ArrayList<>();

        model.previewCounterparts(doc001.id(), spanOf(doc001, ATLANTIC), previews::add);

        assertEquals(List.of(CounterpartKind.ALTERED, CounterpartKind.ABSENT), previews.get(0).stream().map(ClaimCounterpart::kind).toList());
        assertTrue(project.counterparts().list().isEmpty());
    }

    private static org.stemma.session.CorpusSession sessionOf(ProjectFile project) {
        try {
            return org.stemma.session.CorpusSession.open(project);
        } catch (org.stemma.store.ProjectException e) {
            throw new IllegalStateException(e);
        }
    }
}
