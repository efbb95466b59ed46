package org.stemma.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.importing.FileOutcome;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.Importer;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer writing into a real project through its corpus session: added rows, duplicates and near twins across imports. */
class SessionLibraryTest {

    @TempDir
    Path dir;

    @Test
    void importsIntoTheProjectAndRecognisesWhatItHoldsOnTheNextImport() throws Exception {
        String seed = Files.readString(Seeds.path(Seeds.S001));
        Path a = Files.writeString(dir.resolve("express.txt"), seed);
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Wind farm</title></head><body><article>"
                + "<p>The council approved the wind farm on Tuesday after a long debate about the coast.</p>"
                + "<p>Residents who opposed it said they would appeal the decision in the regional court.</p>"
                + "</article></body></html>");
        Path project = dir.resolve("p.stemma");
        try (ProjectFile p = ProjectFile.create(project)) {
            ImportSummary first = new Importer(new SessionLibrary(CorpusSession.open(p))).importPaths(List.of(a, page), (d, t, c) -> { }, () -> false);
            assertEquals(2, first.added().size(), first.toString());
        }

        // A second session: the same text under another name, and a trimmed copy.
        Path again = Files.writeString(dir.resolve("express copy.txt"), seed.replace("\n", "\r\n"));
        String trimmed = seed.substring(0, seed.indexOf("DON'T MISS")).replace("a professor", "an academic");
        Path twin = Files.writeString(dir.resolve("trimmed.md"), trimmed);
        try (ProjectFile p = ProjectFile.open(project)) {
            ImportSummary second = new Importer(new SessionLibrary(CorpusSession.open(p))).importPaths(List.of(again, twin), (d, t, c) -> { }, () -> false);
            FileOutcome.Duplicate dup = assertInstanceOf(FileOutcome.Duplicate.class, second.outcomes().get(0));
            assertEquals("express.txt", dup.of().name());
            FileOutcome.NearTwin near = assertInstanceOf(FileOutcome.NearTwin.class, second.outcomes().get(1));
            assertEquals("express.txt", near.of().name());

            List<StoredDocument> docs = p.documents().list();
            assertEquals(List.of("express.txt", "page.html", "trimmed.md"), docs.stream().map(StoredDocument::name).toList());
            StoredDocument md = docs.get(2);
            assertEquals("markdown", md.source().format());
            assertEquals(twin.toAbsolutePath().toString(), md.source().path());
            assertEquals("trimmed.md", md.source().fileName());
            assertEquals("html", docs.get(1).source().format());
            assertTrue(docs.get(1).text().contains("wind farm"), docs.get(1).text());
        }
    }
}
