package org.stemma.ui.corpus;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.store.StoredDocument;
import org.stemma.findings.Finding;
import org.stemma.text.Sentence;

import java.util.regex.Pattern;

/**
 * A row of the corpus: an article and, once analysed, its counts. The analysis is computed once, on
 * whichever thread first needs it; the counts are set on the JavaFX thread.
 */
public final class Article {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private final Document document;
    private final long documentId;
    private volatile AnalyzedDocument analysis;
    private final ReadOnlyObjectWrapper<Integer> words = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> homoglyphs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> invisibles = new ReadOnlyObjectWrapper<>();

    public Article(Document document) {
        this(document, NOT_STORED);
    }

    /** An article of the open project, known there by {@code documentId}. */
    public Article(StoredDocument stored) {
        this(stored.document(), stored.id());
    }

    private Article(Document document, long documentId) {
        this.document = document;
        this.documentId = documentId;
    }

    public static final long NOT_STORED = -1;

    /** The article's id in the project file, or {@link #NOT_STORED}. */
    public long documentId() {
        return documentId;
    }

    public Document document() {
        return document;
    }

    public String name() {
        return document.name();
    }

    /** The title the article states, else its file name. */
    public String title() {
        return titleOf(document);
    }

    /** The title a document states (without the no-break spaces pages leave around it), else its file name. */
    public static String titleOf(Document document) {
        String t = document.metadata().title();
        return t != null ? EDGE_SPACE.matcher(t).replaceAll("") : document.name();
    }

    public String outlet() {
        return orEmpty(document.metadata().outlet());
    }

    public String date() {
        return orEmpty(document.metadata().date());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The analysis, computed on first use (safe from any thread). */
    public AnalyzedDocument analysis() {
        AnalyzedDocument a = analysis;
        if (a == null) {
            synchronized (this) {
                if (analysis == null) {
                    analysis = Analyzer.analyze(document);
                }
                a = analysis;
            }
        }
        return a;
    }

    /** Publishes the counts of the analysis; call on the JavaFX thread. */
    void showCounts() {
        AnalyzedDocument a = analysis();
        words.set(a.sentences().stream().filter(s -> !s.boilerplate()).mapToInt(Article::wordCount).sum());
        homoglyphs.set(a.findings(Finding.Type.HOMOGLYPH).size());
        invisibles.set(a.findings(Finding.Type.INVISIBLE).size());
    }

    private static int wordCount(Sentence s) {
        return s.tokens().size();
    }

    /** Words of the article proper (page furniture not counted); {@code null} until analysed. */
    public ReadOnlyObjectProperty<Integer> wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> homoglyphsProperty() {
        return homoglyphs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> invisiblesProperty() {
        return invisibles.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return title();
    }
}
