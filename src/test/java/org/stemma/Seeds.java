package org.stemma;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.importing.ArticleFiles;
import org.stemma.corpus.Document;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;

/** The bundled sample corpus, read as the product reads it. */
public final class Seeds {
    public static final String S000 = "000_bccecb4352150e81.txt";
    public static final String S001 = "001_a14117e3dcc20b34.txt";
    public static final String S002 = "002_3e58512b73e31964.txt";
    public static final String S003 = "003_be3a2c4a61845e7d.txt";
    public static final String S004 = "004_a749db46accb916b.txt";
    public static final String[] ALL = {S000, S001, S002, S003, S004};

    private Seeds() {
    }

    public static Path path(String name) {
        return Path.of("seeds", name);
    }

    public static Document document(String name) {
        try {
            return ArticleFiles.document(path(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static AnalyzedDocument analyzed(String name) {
        return Analyzer.analyze(document(name));
    }

    /** Adds {@code names} (all the seeds if none) to a project as the text files they are. */
    public static void addTo(ProjectFile project, String... names) throws ProjectException {
        for (String seed : names.length == 0 ? ALL : names) {
            project.documents().add(document(seed), SourceInfo.of(path(seed), "text"));
        }
    }
}
