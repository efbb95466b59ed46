package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.corpus.Document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentStoreTest {

    @TempDir
    Path dir;

    @Test
    void anArticleIsKeptWholeWithItsSourceAndMetadata() throws Exception {
        Document article = Seeds.document(Seeds.S003);
        SourceInfo source = new SourceInfo("003.html", "/home/analyst/in/003.html", "html",
                Instant.parse("2024-05-09T14:03:07.120Z"));
        try (ProjectFile project = ProjectFile.create(dir.resolve("d.stemma"))) {
            StoredDocument stored = project.documents().add(article, source);
            assertEquals(article.text(), stored.text());
            assertEquals(article.metadata(), stored.document().metadata());
            assertEquals(source, stored.source());
            assertEquals(stored, project.documents().byName(article.name()).orElseThrow());
        }
    }

    @Test
    void anIdenticalArticleIsRecognisedThroughLineEndsAndTrailingSpace() throws Exception {
        Document article = Seeds.document(Seeds.S001);
        String windowsCopy = "\uFEFF" + article.text().replace("\n", "  \r\n") + "\r\n";
        String spunCopy = article.text().replaceFirst("Kazakhstan", "K\u0430zakhstan");
        try (ProjectFile project = ProjectFile.create(dir.resolve("d.stemma"))) {
            StoredDocument stored = project.documents().add(article, SourceInfo.of(Seeds.path(Seeds.S001), "text"));
            assertEquals(stored.id(), project.documents().findIdentical(windowsCopy).orElseThrow().id());
            assertTrue(project.documents().findIdentical(spunCopy).isEmpty(), "a look-alike letter makes another article");
            assertTrue(project.documents().findIdentical(Seeds.document(Seeds.S000).text()).isEmpty());
        }
    }

    @Test
    void twoArticlesWithTheSameFileNameGetDistinctNames() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("d.stemma"))) {
            for (String seed : List.of(Seeds.S001, Seeds.S002, Seeds.S004)) {
                Document d = Seeds.document(seed);
                project.documents().add(new Document("article.txt", d.source(), d.text(), d.metadata()),
                        SourceInfo.of(Seeds.path(seed), "text"));
            }
            List<StoredDocument> docs = project.documents().list();
            assertEquals(List.of("article.txt", "article.txt (2)", "article.txt (3)"),
                    docs.stream().map(StoredDocument::name).toList());
            assertNotEquals(docs.get(0).contentHash(), docs.get(1).contentHash());
        }
    }
}
