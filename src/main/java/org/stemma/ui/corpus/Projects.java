package org.stemma.ui.corpus;

import org.stemma.corpus.Document;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening project files for the window, off the JavaFX thread. On first run the analyst gets a project
 * holding the bundled sample corpus, kept in the per-user data folder so that her tags on it persist.
 */
public final class Projects {

    public static final String EXTENSION = ".stemma";
    public static final String SAMPLE_FILE = "Sample corpus" + EXTENSION;

    /** An open project and the articles it holds. */
    public record Opened(ProjectFile file, List<StoredDocument> documents) {
        public Opened {
            documents = List.copyOf(documents);
        }

        public String name() {
            String n = String.valueOf(file.path().getFileName());
            return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
        }
    }

    private Projects() {
    }

    public static Opened open(Path file) throws ProjectException {
        ProjectFile project = ProjectFile.open(file);
        try {
            return new Opened(project, project.documents().list());
        } catch (ProjectException e) {
            project.close();
            throw e;
        }
    }

    /** A new, empty project; an existing file is never overwritten. */
    public static Opened create(Path file) throws ProjectException {
        return new Opened(ProjectFile.create(file), List.of());
    }

    /** The sample project in {@code dataDir}, made from the bundled corpus when it does not exist yet. */
    public static Opened sample(Path dataDir) throws ProjectException, IOException {
        Path file = dataDir.resolve(SAMPLE_FILE);
        if (Files.exists(file)) {
            return open(file);
        }
        Files.createDirectories(file.getParent());
        ProjectFile project = ProjectFile.create(file);
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<StoredDocument> stored = new ArrayList<>();
            for (Document d : ArticleSources.sample().documents()) {
                stored.add(project.documents().add(d, new SourceInfo(d.name(), d.source(), "text", now)));
            }
            return new Opened(project, stored);
        } catch (ProjectException | IOException | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** The file to open on start: a project named on the command line (a double-clicked file) wins. */
    public static Path fromArguments(List<String> args) {
        return args.stream().filter(a -> a.endsWith(EXTENSION)).map(Path::of).findFirst().orElse(null);
    }
}
