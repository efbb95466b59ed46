package org.stemma.ui.corpus;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.corpus.Document;
import org.stemma.session.CorpusSession;
import org.stemma.store.SourceInfo;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a re-import in place, the corpus table replaces that article's row and leaves every other row as it was. */
class CorpusSyncTest {

    @Test
    void aReimportedArticleGetsANewRowInItsPlace() throws Exception {
        List<Document> docs = List.of(Seeds.document(Seeds.S000), Seeds.document(Seeds.S001), Seeds.document(Seeds.S002));
        CorpusSession session = CorpusSession.of("three", docs);
        Corpus corpus = new Corpus();
        corpus.show(session);
        List<Article> before = List.copyOf(corpus.articles());
        long id = before.get(1).sessionId();
        int words = before.get(1).wordsProperty().get();

        Document old = docs.get(1);
        Document changed = new Document(old.name(), old.source(),
                "A new opening paragraph of seven words here.\n\n" + old.text(), old.metadata());
        assertTrue(session.replace(id, changed, SourceInfo.of(Seeds.path(Seeds.S001), "text")).isPresent());
        corpus.sync();

        List<Article> after = corpus.articles();
        assertEquals(3, after.size());
        assertSame(before.get(0), after.get(0));
        assertSame(before.get(2), after.get(2));
        assertNotSame(before.get(1), after.get(1));
        assertEquals(id, after.get(1).sessionId());
        assertEquals(words + 8, after.get(1).wordsProperty().get());
        assertTrue(after.get(1).document().text().startsWith("A new opening paragraph"));
    }
}
