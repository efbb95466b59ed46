package org.stemma.ui.corpus;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionArticle;

import java.util.regex.Pattern;

/**
 * A row of the corpus: an article of the corpus session, with the counts the session keeps. Its text
 * and analysis are the session's, read on whichever (background) thread first needs them.
 */
public final class Article {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private final CorpusSession session;
    private final SessionArticle article;
    private final ReadOnlyObjectWrapper<Integer> words;
    private final ReadOnlyObjectWrapper<Integer> homoglyphs;
    private final ReadOnlyObjectWrapper<Integer> invisibles;

    public Article(CorpusSession session, SessionArticle article) {
        this.session = session;
        this.article = article;
        words = new ReadOnlyObjectWrapper<>(article.words());
        homoglyphs = new ReadOnlyObjectWrapper<>(article.homoglyphs());
        invisibles = new ReadOnlyObjectWrapper<>(article.invisibles());
    }

    public static final long NOT_STORED = -1;

    /** The article's id in the project file, or {@link #NOT_STORED} for files opened outside a project. */
    public long documentId() {
        return session.project().isPresent() ? article.id() : NOT_STORED;
    }

    /** The session's article this row shows (a re-imported article gets a new one). */
    SessionArticle shown() {
        return article;
    }

    /** The article's id in its corpus session (in a project, its id in the project file). */
    public long sessionId() {
        return article.id();
    }

    /** The document with its text (read from the project if need be: not on the JavaFX thread). */
    public Document document() {
        return session.document(article.id());
    }

    public String name() {
        return article.name();
    }

    /** The title the article states, else its file name. */
    public String title() {
        return titleOf(article.metadata(), article.name());
    }

    /** The title a document states (without the no-break spaces pages leave around it), else its file name. */
    public static String titleOf(Document document) {
        return titleOf(document.metadata(), document.name());
    }

    private static String titleOf(Metadata metadata, String name) {
        String t = metadata.title();
        return t != null ? EDGE_SPACE.matcher(t).replaceAll("") : name;
    }

    public String outlet() {
        return orEmpty(article.metadata().outlet());
    }

    public String date() {
        return orEmpty(article.metadata().date());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The session's analysis (read or computed: not on the JavaFX thread). */
    public AnalyzedDocument analysis() {
        return session.analysis(article.id());
    }

    /** Words of the article proper (page furniture not counted). */
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
