package org.stemma.ui.corpus;

import org.stemma.align.CompareOptions;
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

    /**
     * An open project, its corpus session and its difference rules as stored when it was opened (read
     * with the session, so that the first comparison is made by them and not made again when they arrive).
     */
    public record Opened(ProjectFile file, CorpusSession session, CompareOptions rules) {

        public String name() {
            return session.name();
        }
    }

    private Projects() {
    }

    public static Opened open(Path file) throws ProjectException {
        return opened(ProjectFile.open(file));
    }

    /** A new, empty project; an existing file is never overwritten. */
    public static Opened create(Path file) throws ProjectException {
        return opened(ProjectFile.create(file));
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
        return opened(project);
    }

    /** The session and the rules of a project file just opened; the file is closed if they cannot be read. */
    private static Opened opened(ProjectFile project) throws ProjectException {
        try {
            return new Opened(project, CorpusSession.open(project), project.compareOptions().load());
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
