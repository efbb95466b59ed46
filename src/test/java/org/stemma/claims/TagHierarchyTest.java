package org.stemma.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.Claim;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nesting tags, their memos and article memos, each undoable; the tree's rules. */
class TagHierarchyTest {

    @TempDir
    Path dir;

    private ProjectFile project;
    private UndoHistory history;
    private ClaimService service;
    private long doc;
    private String text;
    private final List<Touched> heard = new ArrayList<>();

    @BeforeEach
    void openProject() throws ProjectException {
        project = ProjectFile.create(dir.resolve("tags.stemma"));
        var stored = project.documents().add(Seeds.document(Seeds.S001), SourceInfo.of(Seeds.path(Seeds.S001), "text"));
        doc = stored.id();
        text = stored.text();
        history = new UndoHistory();
        history.addListener(heard::add);
        service = new ClaimService(project, history);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private Tag tag(String name) throws ProjectException {
        return project.tags().byName(name).orElseThrow();
    }

    private Claim claim(String passage, String... tags) throws ProjectException {
        int start = text.indexOf(passage);
        return service.addClaim(doc, start, start + passage.length(), List.of(tags), ClaimStatus.OPEN, "").claim();
    }

    @Test
    void aTagMovesUnderAnotherAndUndoPutsItBack() throws Exception {
        service.createTag("Politics", "#0072b2");
        service.createTag("Kremlin", "#d55e00");
        service.moveTag(tag("Kremlin").id(), tag("Politics").id());
        assertEquals(tag("Politics").id(), tag("Kremlin").parentId());
        assertEquals("Move tag", history.undoLabel().orElseThrow());
        assertEquals(Set.of(tag("Kremlin").id()), heard.get(heard.size() - 1).tags());

        history.undo();
        assertEquals(0, tag("Kremlin").parentId());
        history.redo();
        assertEquals(tag("Politics").id(), tag("Kremlin").parentId());
        service.moveTag(tag("Kremlin").id(), 0);
        assertEquals(0, tag("Kremlin").parentId());
    }

    @Test
    void noTagGoesUnderItselfOrUnderATagInsideIt() throws Exception {
        service.createTag("A", "#000000");
        service.createTag("B", "#000000", tag("A").id());
        service.createTag("C", "#000000", tag("B").id());
        int edits = heard.size();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.moveTag(tag("A").id(), tag("C").id()));
        assertEquals("'A' cannot be nested under itself or a tag inside it", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> service.moveTag(tag("B").id(), tag("B").id()));
        assertEquals(edits, heard.size(), "a refused move is no edit");
        assertEquals(0, tag("A").parentId());

        TagTree tree = new TagTree(project.tags().list());
        assertFalse(tree.canNest(tag("A").id(), tag("C").id()));
        assertTrue(tree.canNest(tag("C").id(), tag("A").id()));
        assertEquals(List.of("A", "B", "C"), tree.ordered().stream().map(Tag::name).toList());
        assertEquals("A › B › C", tree.path(tag("C").id()));
        assertEquals(2, tree.depth(tag("C").id()));
        assertEquals(Set.of(tag("A").id(), tag("B").id(), tag("C").id()), tree.withDescendants(tag("A").id()));
    }

    @Test
    void deletingAParentMovesItsChildrenUpAndUndoPutsThemBackUnderIt() throws Exception {
        service.createTag("Politics", "#000000");
        service.createTag("Russia", "#000000", tag("Politics").id());
        service.createTag("Kremlin", "#000000", tag("Russia").id());
        service.createTag("Duma", "#000000", tag("Russia").id());
        Claim claim = claim("Kazakhstan", "Russia", "Kremlin");
        long russia = tag("Russia").id();

        service.deleteTag(russia);
        assertEquals(tag("Politics").id(), tag("Kremlin").parentId());
        assertEquals(tag("Politics").id(), tag("Duma").parentId());
        assertEquals(List.of("Kremlin"), project.claims().get(claim.id()).orElseThrow().tags().stream().map(Tag::name).toList());

        history.undo();
        assertEquals(russia, tag("Russia").id());
        assertEquals(russia, tag("Kremlin").parentId());
        assertEquals(russia, tag("Duma").parentId());
        assertEquals(List.of("Kremlin", "Russia"),
                project.claims().get(claim.id()).orElseThrow().tags().stream().map(Tag::name).toList());
        history.redo();
        assertEquals(tag("Politics").id(), tag("Duma").parentId());
    }

    @Test
    void mergingATagMovesWhatIsUnderItUnderTheOtherOne() throws Exception {
        service.createTag("Russia", "#000000");
        service.createTag("Kremlin", "#000000", tag("Russia").id());
        service.createTag("Moscow", "#000000");
        service.mergeTags(tag("Russia").id(), tag("Moscow").id());
        assertEquals(tag("Moscow").id(), tag("Kremlin").parentId());
        history.undo();
        assertEquals(tag("Russia").id(), tag("Kremlin").parentId());

        // Merged into its own child: the child takes its place in the tree.
        service.createTag("Duma", "#000000", tag("Russia").id());
        service.mergeTags(tag("Russia").id(), tag("Kremlin").id());
        assertEquals(0, tag("Kremlin").parentId());
        assertEquals(tag("Kremlin").id(), tag("Duma").parentId());
    }

    @Test
    void renamingOrRecolouringKeepsTheTagsPlaceAndMemo() throws Exception {
        service.createTag("Politics", "#000000");
        service.createTag("Kremlin", "#000000", tag("Politics").id());
        service.setTagMemo(tag("Kremlin").id(), "Statements from Moscow");
        service.renameTag(tag("Kremlin").id(), "Moscow");
        service.recolourTag(tag("Moscow").id(), "#ff0000");
        assertEquals(new Tag(tag("Moscow").id(), "Moscow", "#ff0000", tag("Politics").id(), "Statements from Moscow"),
                tag("Moscow"));
        history.undo();
        history.undo();
        history.undo();
        assertEquals("", tag("Kremlin").memo());
    }

    @Test
    void anArticleMemoIsOneUndoableEditThatSaysWhichArticle() throws Exception {
        service.setArticleMemo(doc, "Check the professor's quote");
        assertEquals("Check the professor's quote", project.articleMemos().get(doc).memo());
        assertEquals(Set.of(doc), heard.get(heard.size() - 1).memos());
        assertEquals("Edit article memo", history.undoLabel().orElseThrow());
        service.setArticleMemo(doc, "Second thoughts");
        history.undo();
        assertEquals("Check the professor's quote", project.articleMemos().get(doc).memo());
        history.undo();
        assertEquals("", project.articleMemos().get(doc).memo());
        history.redo();
        assertEquals("Check the professor's quote", project.articleMemos().get(doc).memo());
    }
}
