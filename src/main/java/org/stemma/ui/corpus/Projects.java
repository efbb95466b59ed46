package org.stemma.ui.corpus;

import org.stemma.corpus.Document;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.session.CorpusSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Opening project files for the window, off the JavaFX thread. On first run the analyst gets a project
 * holding the bundled sample corpus, kept in the per-user data folder so that her tags on it persist.
 */
public final class Projects {

    public static final String EXTENSION = ".stemma";
    public static final String SAMPLE_FILE = "Sample corpus" + EXTENSION;

    /** An open project and its corpus session. */
    public record Opened(ProjectFile file, CorpusSession session) {

        public String name() {
            return session.name();
        }
    }

    private Projects() {
    }

    public static Opened open(Path file) throws ProjectException {
        ProjectFile project = ProjectFile.open(file);
        try {
            return new Opened(project, CorpusSession.open(project));
        } catch (ProjectException e) {
            project.close();
            throw e;
        }
    }

    /** A new, empty project; an existing file is never overwritten. */
    public static Opened create(Path file) throws ProjectException {
        ProjectFile project = ProjectFile.create(file);
        try {
            return new Opened(project, CorpusSession.open(project));
        } catch (ProjectException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** The sample project in {@code dataDir}, made from the bundled corpus when it does not exist yet. */
    public static Opened sample(Path dataDir) throws ProjectException, IOException {
        Path file = dataDir.resolve(SAMPLE_FILE);
        if (Files.exists(file)) {
            return open(file);
        }
        Files.createDirectories(file.getParent());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Document> sample = ArticleSources.sample().documents();
        ProjectFile project = ProjectFile.create(file, building -> {
            for (Document d : sample) {
                building.documents().add(d, new SourceInfo(d.name(), d.source(), "text", now));
            }
        });
        try {
            return new Opened(project, CorpusSession.open(project));
        } catch (ProjectException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** The file to open on start: a project named on the command line (a double-clicked file) wins. */
    public static Path fromArguments(List<String> args) {
        return args.stream().filter(a -> a.endsWith(EXTENSION)).map(Path::of).findFirst().orElse(null);
    }
}
