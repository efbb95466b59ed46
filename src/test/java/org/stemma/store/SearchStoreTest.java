package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.corpus.Document;
import org.stemma.text.Span;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search over the sample articles: folded forms, offsets into the original text, counts. */
class SearchStoreTest {

    @TempDir
    Path dir;

    private ProjectFile seeds() throws ProjectException {
        ProjectFile p = ProjectFile.create(dir.resolve("search.stemma"));
        for (String seed : Seeds.ALL) {
            p.documents().add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"));
        }
        return p;
    }

    @Test
    void aQueryInLatinLettersFindsTheWordSpeltWithCyrillicLookAlikes() throws ProjectException {
        try (ProjectFile p = seeds()) {
            StoredDocument spun = p.documents().byName(Seeds.S000).orElseThrow();
            List<SearchStore.Hit> hits = p.search().search("Kazakhstan", 10);
            SearchStore.Hit in000 = hits.stream().filter(h -> h.documentId() == spun.id()).findFirst().orElseThrow();
            List<String> found = in000.places().stream().map(s -> s.of(spun.text())).toList();
            assertTrue(found.contains("Kaz\u0430khstan"), found.toString());
            assertTrue(found.contains("Kaz\u0430khst\u0430n"), found.toString());
            assertEquals(in000.places().size(), in000.hits());
            long spellings = java.util.regex.Pattern.compile("\\bKaz[a\u0430]khst[a\u0430]n\\b",
                    java.util.regex.Pattern.UNICODE_CHARACTER_CLASS).matcher(spun.text()).results().count();
            assertEquals(spellings, in000.hits(), "every spelling of the word, and only the word (not Kazakhstani)");
            assertTrue(in000.snippet().contains(found.get(0)), in000.snippet());
            // And the other way round: typed with the look-alike, the plain spelling is found.
            assertEquals(hits.stream().map(SearchStore.Hit::documentId).sorted().toList(),
                    p.search().search("Kaz\u0430khstan", 10).stream().map(SearchStore.Hit::documentId).sorted().toList());
        }
    }

    @Test
    void everyWordMustOccurAndQuotesMakeAPhrase() throws ProjectException {
        try (ProjectFile p = seeds()) {
            StoredDocument express = p.documents().byName(Seeds.S001).orElseThrow();
            List<SearchStore.Hit> phrase = p.search().search("\"Atlantic Council described\"", 10);
            assertEquals(List.of(express.id()), phrase.stream().map(SearchStore.Hit::documentId).toList());
            Span place = phrase.get(0).places().get(0);
            assertEquals("Atlantic Council described", place.of(express.text()));
            assertTrue(p.search().search("Atlantic zzzunknownword", 10).isEmpty());
            assertTrue(p.search().search("  ,;  ", 10).isEmpty(), "no words, no results");
            assertTrue(p.search().search("\"OR\" NEAR( *", 10).stream().allMatch(h -> h.hits() > 0),
                    "FTS5 syntax in a query is only words");
        }
    }

    @Test
    void aDocumentAddedLaterIsFoundAndAnOldFileIsIndexedWhenOpened() throws Exception {
        Path file = dir.resolve("late.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            p.documents().add(Document.of("note.txt", "", "The harbour master of Vlorë spoke on Tuesday."),
                    SourceInfo.of(Path.of("note.txt"), "text"));
            assertEquals(1, p.search().search("Vlorë", 5).size());
            SearchStore.Hit hit = p.search().search("harbour master", 5).get(0);
            String text = "The harbour master of Vlorë spoke on Tuesday.";
            assertEquals("harbour master", text.substring(hit.places().get(0).start(),
                    hit.places().get(hit.places().size() - 1).end()));
        }
    }
}
