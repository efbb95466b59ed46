package org.stemma.cli;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The articles a corpus command works on: the files given (ids 0..n-1 in the order given) or every
 * article of {@code --project}, analysed, with the label each is reported by.
 */
record Corpus(Map<Long, AnalyzedDocument> articles) {

    static Corpus read(Arguments a) throws UsageException {
        Map<Long, AnalyzedDocument> articles = new TreeMap<>();
        if (a.has("--project")) {
            if (!a.positional().isEmpty()) {
                throw new UsageException("give either files or --project, not both");
            }
            try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
                List<StoredDocument> stored = project.view(() -> project.documents().list());
                stored.parallelStream().forEach(s -> {
                    AnalyzedDocument doc = Analyzer.analyze(s.document());
                    synchronized (articles) {
                        articles.put(s.id(), doc);
                    }
                });
            } catch (ProjectException e) {
                throw new UsageException(e.getMessage());
            }
            return new Corpus(articles);
        }
        List<Document> documents = new ArrayList<>();
        for (String path : a.positional()) {
            documents.add(Arguments.readArticle(path));
        }
        for (int i = 0; i < documents.size(); i++) {
            articles.put((long) i, Analyzer.analyze(documents.get(i)));
        }
        return new Corpus(articles);
    }

    /** How an article is named in reports: its path, or its name in the project. */
    String label(long id) {
        Document d = articles.get(id).document();
        return d.source().isEmpty() ? d.name() : d.source();
    }
}
