package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stemma.model.ArticleMemo;
import org.stemma.model.Tag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tag tree, tag memos and article memos in the project file (schema version 9). */
class TagTreeStoreTest {

    @TempDir
    Path dir;

    @Test
    void parentsAndMemosSurviveClosingAndReopening() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("t.stemma"), 1);
        long docId;
        Tag politics;
        Tag kremlin;
        try (ProjectFile project = ProjectFile.open(file)) {
            docId = project.documents().list().get(0).id();
            politics = project.tags().put(new Tag(0, "Politics", "#0072b2", 0, "Who governs whom"));
            kremlin = project.tags().put(new Tag(0, "Kremlin", "#d55e00", politics.id(), "Statements from Moscow"));
            project.articleMemos().put(new ArticleMemo(docId, "Check the quoted professor"));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            Tag read = project.tags().get(kremlin.id()).orElseThrow();
            assertEquals(politics.id(), read.parentId());
            assertEquals("Statements from Moscow", read.memo());
            assertEquals("Who governs whom", project.tags().get(politics.id()).orElseThrow().memo());
            assertEquals("Check the quoted professor", project.articleMemos().get(docId).memo());
            assertEquals(List.of(new ArticleMemo(docId, "Check the quoted professor")), project.articleMemos().list());

            project.articleMemos().put(new ArticleMemo(docId, "  "));
            assertEquals(List.of(), project.articleMemos().list(), "a blank memo is no memo");
        }
    }

    @Test
    void aClaimCarriesItsTagsWithTheirParentAndMemo() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("c.stemma"), 1);
        try (ProjectFile project = ProjectFile.open(file)) {
            Tag tag = project.tags().byName("TAG").orElseThrow();
            Tag parent = project.tags().put(new Tag(0, "Parent", "#000000"));
            project.tags().put(tag.withParent(parent.id()).withMemo("m"));
            Tag carried = project.claims().list().get(0).tags().get(0);
            assertEquals(parent.id(), carried.parentId());
            assertEquals("m", carried.memo());
        }
    }

    @Test
    void aCycleOrAMissingParentIsRefusedAndNothingChanges() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("cycle.stemma"))) {
            Tag a = project.tags().put(new Tag(0, "A", "#000000"));
            Tag b = project.tags().put(new Tag(0, "B", "#000000", a.id(), ""));
            Tag c = project.tags().put(new Tag(0, "C", "#000000", b.id(), ""));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> project.tags().put(a.withParent(c.id())));
            assertEquals("'A' cannot be nested under a tag inside it", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> a.withParent(a.id()));
            assertThrows(IllegalArgumentException.class, () -> project.tags().put(a.withParent(999)));
            assertEquals(0, project.tags().get(a.id()).orElseThrow().parentId());
        }
    }

    @Test
    void deletingAParentDirectlyLeavesItsChildrenAtTheTopLevel() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("del.stemma"))) {
            Tag a = project.tags().put(new Tag(0, "A", "#000000"));
            Tag b = project.tags().put(new Tag(0, "B", "#000000", a.id(), ""));
            project.tags().delete(a.id(), "Clean up");
            assertEquals(0, project.tags().get(b.id()).orElseThrow().parentId());
        }
    }

    @Test
    void anArticleMemoNeedsItsArticleAndGoesWithIt() throws Exception {
        Path file = ProjectFileTest.projectWithClaims(dir.resolve("m.stemma"), 1);
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThrows(IllegalArgumentException.class, () -> project.articleMemos().put(new ArticleMemo(999, "x")));
            long docId = project.documents().list().get(0).id();
            project.articleMemos().put(new ArticleMemo(docId, "memo"));
            project.documents().remove(docId);
            assertEquals(List.of(), project.articleMemos().list());
        }
    }

    /** A file written by an earlier Stemma (schema 1, 3 or 5): its tags become top-level tags without memos. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void anEarlierFileIsMigratedAndItsTagsNestAfterwards(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".stemma");
        try (Connection c = ProjectFileTest.sqlite(file); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= version) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                }
            }
            s.executeUpdate("INSERT INTO document (id, name, text, content_hash, source_name, source_path, "
                    + "source_format, imported_at) VALUES (7, 'a.txt', 'Alpha beta gamma.', 'h', 'a.txt', '/tmp/a.txt', "
                    + "'text', '2024-05-01T10:00:00Z')");
            s.executeUpdate("INSERT INTO tag VALUES (3, 'kremlin', '#ff0000')");
            s.executeUpdate("INSERT INTO tag VALUES (4, 'politics', '#00ff00')");
            s.executeUpdate("INSERT INTO claim VALUES (5, 7, 6, 10, 'beta', 'Alpha ', ' gamma.', 'DISPUTED', 'n', "
                    + "'2024-05-01T10:00:00Z', '2024-05-02T10:00:00Z')");
            s.executeUpdate("INSERT INTO claim_tag VALUES (5, 3)");
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + version);
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(List.of(new Tag(3, "kremlin", "#ff0000", 0, ""), new Tag(4, "politics", "#00ff00", 0, "")),
                    project.tags().list());
            project.tags().put(project.tags().get(3).orElseThrow().withParent(4).withMemo("Moscow"));
            project.articleMemos().put(new ArticleMemo(7, "read again"));
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            Tag kremlin = project.claims().get(5).orElseThrow().tags().get(0);
            assertEquals(4, kremlin.parentId());
            assertEquals("Moscow", kremlin.memo());
            assertEquals("read again", project.articleMemos().get(7).memo());
        }
        try (Connection c = ProjectFileTest.sqlite(file)) {
            assertTrue(Integer.parseInt(ProjectFileTest.query(c, "PRAGMA user_version").get(0)) >= 9);
        }
    }
}
