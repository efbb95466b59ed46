package org.stemma.importing;

import org.stemma.corpus.TextDecoder;
import org.stemma.corpus.UnreadableArticleException;
import org.stemma.corpus.Document;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample articles bundled with the program (the repository's {@code seeds/}, packed under
 * {@code org/stemma/seeds/}), so that a fresh install opens on real text. Read from the jar when
 * installed and from the classes folder in development; the jar is read with {@link JarFile} rather
 * than a zip file system, which would need the {@code jdk.zipfs} module in the bundled runtime.
 */
public final class SampleCorpus {

    static final String FOLDER = "org/stemma/seeds/";

    private SampleCorpus() {
    }

    /** The sample articles in name order. */
    public static List<Document> load() throws UnreadableArticleException {
        return load(origin());
    }

    /** The sample articles packed in {@code origin}, a jar or a classes folder. */
    static List<Document> load(Path origin) throws UnreadableArticleException {
        List<Document> documents = new ArrayList<>();
        try {
            if (Files.isDirectory(origin)) {
                try (Stream<Path> files = Files.list(origin.resolve(FOLDER))) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        documents.add(ArticleFiles.document(file));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(origin.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        if (entry.getName().startsWith(FOLDER) && !entry.isDirectory()) {
                            documents.add(read(jar, entry));
                        }
                    }
                }
                documents.sort((a, b) -> a.name().compareTo(b.name()));
            }
        } catch (IOException e) {
            throw new UnreadableArticleException("the sample corpus in " + origin + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (documents.isEmpty()) {
            throw new UnreadableArticleException("the sample corpus is missing from " + origin);
        }
        return documents;
    }

    private static Document read(JarFile jar, JarEntry entry) throws IOException, UnreadableArticleException {
        String name = entry.getName().substring(FOLDER.length());
        try (InputStream in = jar.getInputStream(entry)) {
            try {
                return Document.of(name, "sample corpus/" + name, TextDecoder.decode(in.readAllBytes()).text());
            } catch (UnreadableArticleException e) {
                throw new UnreadableArticleException("sample corpus/" + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** The jar or classes folder this class was loaded from: the seeds are packed next to it. */
    private static Path origin() throws UnreadableArticleException {
        try {
            return Path.of(SampleCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new UnreadableArticleException("the sample corpus cannot be located (" + e + ")", e);
        }
    }
}
