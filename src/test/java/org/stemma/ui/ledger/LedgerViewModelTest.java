package org.stemma.ui.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.UndoHistory;
import org.stemma.facts.FactGroup;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.session.CorpusSession;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.text.Span;
import org.stemma.ui.claims.ClaimsViewModel;
import org.stemma.ui.jobs.HeldJobs;
import org.stemma.ui.jobs.InlineJobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger of a project's corpus session: kept up to date, opened, and tagged as claims. */
class LedgerViewModelTest {

    @TempDir
    Path dir;

    private ProjectFile project;
    private CorpusSession session;
    private ClaimsViewModel claims;
    private long doc001;
    private long doc000;

    @BeforeEach
    void openProject() throws ProjectException {
        project = ProjectFile.create(dir.resolve("ledger.stemma"));
        session = CorpusSession.open(project);
        doc001 = add(Seeds.S001);
        doc000 = add(Seeds.S000);
        claims = new ClaimsViewModel(project, session, new UndoHistory(), new InlineJobs());
    }

    @AfterEach
    void closeProject() {
        claims.close();
        project.close();
    }

    private long add(String seed) throws ProjectException {
        return session.add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"), null).id();
    }

    private LedgerViewModel model() {
        LedgerViewModel model = new LedgerViewModel(new InlineJobs(), Runnable::run);
        model.claimsProperty().set(claims::save);
        model.use(session);
        return model;
    }

    private static LedgerEntry entry(LedgerViewModel model, String text) {
        return model.entries().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
    }

    private static Member in(LedgerEntry entry, long document) {
        return entry.members().stream().filter(m -> m.document() == document).findFirst().orElseThrow();
    }

    @Test
    void anAlteredQuotationIsTaggedAsAnAlteredClaimAtTheQuotationWithTheChangeInItsNote() {
        LedgerViewModel model = model();
        LedgerEntry council = entry(model, "meaningful");
        Member copy = in(council, doc000);

        Claim claim = model.tag(council, copy).orElseThrow(() -> new AssertionError(claims.messageProperty().get()));

        assertEquals(doc000, claim.documentId());
        assertEquals(copy.span(), new Span(claim.anchor().start(), claim.anchor().end()));
        assertTrue(claim.anchor().exact().startsWith("important"), "anchored at the quotation in that article");
        assertEquals(ClaimStatus.ALTERED, claim.status());
        assertEquals("Quotation of Atlantic Council. meaningful → important in The BOL News (" + Seeds.S000 + ")",
                claim.note());
        assertEquals(1, claims.rows().size());
        assertTrue(model.messageProperty().get().startsWith("Tagged as claim " + claim.id()));

        assertTrue(claims.undo(), "one undoable edit");
        assertTrue(claims.rows().isEmpty());
    }

    @Test
    void theEntrysRowIsTaggedInTheReferenceArticle() {
        LedgerViewModel model = model();
        LedgerEntry kuzio = model.entries().stream().filter(e -> "Taras Kuzio".equals(e.speaker())
                && e.text().startsWith("Russia has lost support")).findFirst().orElseThrow();

        Claim claim = model.tag(kuzio, null).orElseThrow();

        assertEquals(kuzio.reference().document(), claim.documentId());
        assertEquals(kuzio.reference().span(), new Span(claim.anchor().start(), claim.anchor().end()));
        assertEquals(ClaimStatus.ALTERED, claim.status());
        assertTrue(claim.note().contains("in The BOL News"), claim.note());
    }

    @Test
    void aFactIsTaggedAtItsSentenceWithEveryWording() {
        LedgerViewModel model = model();
        FactGroup protest = model.facts().stream().filter(g -> g.value().equals("5000")).findFirst().orElseThrow();
        FactGroup.Member spelled = protest.members().stream().filter(m -> m.fact().text().equals("five thousand"))
                .findFirst().orElseThrow();

        Claim claim = model.tagFact(protest, spelled).orElseThrow();

        assertEquals(doc001, claim.documentId());
        assertTrue(claim.anchor().exact().startsWith("Anti-war protests have taken place")
                && claim.anchor().exact().contains("five thousand individuals"), claim.anchor().exact());
        assertEquals(ClaimStatus.OPEN, claim.status(), "the same number written differently is no dispute");
        assertEquals("five thousand in Daily Express (" + Seeds.S001 + "); 5,000 in The BOL News (" + Seeds.S000
                + ") (written differently)", claim.note());
    }

    @Test
    void withoutAProjectTaggingSaysWhy() {
        LedgerViewModel model = new LedgerViewModel(new InlineJobs(), Runnable::run);
        model.use(session);
        assertTrue(model.tag(entry(model, "meaningful"), null).isEmpty());
        assertEquals("Open a project to tag claims (File › Open Project…)", model.messageProperty().get());
    }

    @Test
    void doubleClicksOpenTheArticleOrCompareTwo() {
        LedgerViewModel model = model();
        List<String> opened = new ArrayList<>();
        model.openerProperty().set(new LedgerViewModel.Opener() {
            @Override
            public void article(long document, Span passage) {
                opened.add("article " + document + " " + passage);
            }

            @Override
            public void compare(long left, Span l, long right, Span r) {
                opened.add("compare " + left + " " + l + " " + right + " " + r);
            }
        });
        LedgerEntry council = entry(model, "meaningful");
        Member original = in(council, doc001);
        Member copy = in(council, doc000);

        model.open(council, List.of(copy));
        model.open(council, List.of(copy, original));
        model.open(council, List.of());

        assertEquals(List.of("article " + doc000 + " " + copy.span(),
                "compare " + doc000 + " " + copy.span() + " " + doc001 + " " + original.span(),
                "compare " + council.reference().document() + " " + council.reference().span() + " "
                        + (council.reference() == original ? doc000 + " " + copy.span() : doc001 + " " + original.span())),
                opened);
    }

    @Test
    void articlesAddedToTheSessionReachTheLedgerAndAStaleResultNeverOverwritesANewerOne() throws ProjectException {
        HeldJobs jobs = new HeldJobs();
        LedgerViewModel model = new LedgerViewModel(jobs, Runnable::run);
        model.use(session);
        add(Seeds.S003);
        add(Seeds.S004);
        assertEquals(3, jobs.size(), "a job for the session, one after each article added");
        jobs.run(2);
        assertTrue(hasFact(model, "Kiev"), "the added articles' facts are shown");
        int shown = model.facts().size();
        jobs.run(1);
        jobs.run(0);
        assertTrue(hasFact(model, "Kiev"), "older computations, finishing last, are dropped");
        assertEquals(shown, model.facts().size());
    }

    @Test
    void anotherSessionIsFollowedAndTheOldOneNoLonger() throws ProjectException {
        InlineJobs jobs = new InlineJobs();
        LedgerViewModel model = new LedgerViewModel(jobs, Runnable::run);
        model.use(session);
        assertFalse(hasFact(model, "Kiev"));
        model.use(CorpusSession.of("two", List.of(Seeds.document(Seeds.S003), Seeds.document(Seeds.S004))));
        assertTrue(hasFact(model, "Kiev"));
        assertEquals(2, jobs.descriptions().size());
        add(Seeds.S002);
        assertEquals(2, jobs.descriptions().size(), "a change to the session no longer shown is not followed");
    }

    @Test
    void theQuotationsShownAreExportedAsCsvOneRowPerWording() throws Exception {
        LedgerViewModel model = model();
        model.alteredOnlyProperty().set(true);
        Path csv = dir.resolve("ledger.csv");
        int rows = model.exportCsv(csv).get();
        assertEquals(model.entries().stream().mapToInt(e -> e.members().size()).sum(), rows);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("\uFEFFentry,"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("meaningful -> important") && l.contains(Seeds.S000)),
                String.join("\n", lines));
        assertEquals("Wrote " + rows + " rows to ledger.csv", model.messageProperty().get());
    }

    @Test
    void whileHiddenAChangeOnlyMarksTheLedgerOutOfDateUntilItIsShownAgain() throws ProjectException {
        InlineJobs jobs = new InlineJobs();
        LedgerViewModel model = new LedgerViewModel(jobs, Runnable::run);
        model.use(session);
        model.setActive(false);
        add(Seeds.S003);
        add(Seeds.S004);
        assertEquals(1, jobs.descriptions().size(), "nothing computed while hidden");
        assertFalse(hasFact(model, "Kiev"));
        model.setActive(true);
        assertEquals(2, jobs.descriptions().size(), "one computation for both changes");
        assertTrue(hasFact(model, "Kiev"));
        model.setActive(false);
        model.setActive(true);
        assertEquals(2, jobs.descriptions().size(), "up to date: nothing computed again");
    }

    private static boolean hasFact(LedgerViewModel model, String text) {
        return model.facts().stream().anyMatch(g -> g.members().stream().anyMatch(m -> m.fact().text().equals(text)));
    }
}
