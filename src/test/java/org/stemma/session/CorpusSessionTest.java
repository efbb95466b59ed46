package org.stemma.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSessionTest {

    @TempDir
    Path dir;

    private Path projectWithSeeds() throws Exception {
        Path file = dir.resolve("seeds.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            CorpusSession session = CorpusSession.open(p);
            for (String seed : Seeds.ALL) {
                session.add(Seeds.document(seed), SourceInfo.of(Seeds.path(seed), "text"), null);
            }
            assertEquals(5, session.analysesComputed());
        }
        return file;
    }

    @Test
    void reopeningReadsTheStoredAnalysesInsteadOfAnalysingAgain() throws Exception {
        Path file = projectWithSeeds();
        try (ProjectFile p = ProjectFile.open(file)) {
            CorpusSession session = CorpusSession.open(p);
            assertEquals(5, session.size());
            assertEquals(0, session.analysesComputed());
            for (SessionArticle a : session.articles()) {
                Document d = session.document(a.id());
                assertEquals(Analyzer.analyze(d), session.analysis(a.id()), "the stored analysis of " + a.name());
            }
            assertEquals(0, session.analysesComputed());
            SessionArticle spun = session.articles().get(0);
            assertEquals(Seeds.S000, spun.name());
            assertEquals(9, spun.homoglyphs());
            assertEquals(session.articles().get(1).id(), session.index().similarTo(spun.id(), 1).get(0).id());
        }
    }

    @Test
    void anAnalysisByAnotherEngineIsDoneAgain() throws Exception {
        Path file = projectWithSeeds();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE analysis SET engine = " + (Analyzer.VERSION - 1) + " WHERE document_id IN (1, 2)");
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            assertEquals(2, CorpusSession.open(p).analysesComputed());
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            assertEquals(0, CorpusSession.open(p).analysesComputed(), "and stored for the next time");
        }
    }

    @Test
    void addingAndRemovingTellTheListenersAndTheIndex() throws Exception {
        try (ProjectFile p = ProjectFile.open(projectWithSeeds())) {
            CorpusSession session = CorpusSession.open(p);
            List<CorpusChange> told = new ArrayList<>();
            session.addListener(told::add);
            Document copy = Document.of("copy.txt", "", Seeds.document(Seeds.S001).text().replace("Kazakhstan", "Kazakstan"));
            SessionArticle added = session.add(copy, SourceInfo.of(dir.resolve("copy.txt"), "text"), null);

            assertEquals(1, session.analysesComputed());
            assertEquals(added, assertInstanceOf(CorpusChange.Added.class, told.get(0)).article());
            assertTrue(session.index().similarTo(added.id(), 3).stream().anyMatch(c -> c.score() > 0.5));
            assertEquals(6, p.documents().headers().size());

            session.remove(added.id());
            assertEquals(new CorpusChange.Removed(added.id()), told.get(1));
            assertFalse(session.index().contains(added.id()));
            assertEquals(5, p.documents().headers().size());
            assertTrue(p.search().search("Kazakstan", 10).isEmpty(), "its search entry went with it");
        }
    }

    @Test
    void filesGivenOnACommandLineAreNumberedInTheOrderGiven() {
        CorpusSession session = CorpusSession.of("files", List.of(Seeds.document(Seeds.S003), Seeds.document(Seeds.S004)));
        assertEquals(List.of(0L, 1L), session.documentIds());
        assertEquals(Seeds.S004, session.document(1).name());
        assertEquals(1, session.index().similarTo(0, 1).get(0).id());
        assertTrue(session.project().isEmpty());
    }
}
