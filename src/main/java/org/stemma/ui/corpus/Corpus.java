package org.stemma.ui.corpus;

import org.stemma.session.CorpusSession;
import org.stemma.session.SessionArticle;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The articles the analyst works on: the rows of the open corpus session, with the counts it keeps.
 * After the session changed (an import added articles), {@link #sync} adds and removes rows; nothing
 * else is read again.
 */
public final class Corpus {

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper analysed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CorpusSession> session = new ReadOnlyObjectWrapper<>();

    /** Shows the articles of {@code shown}; call on the JavaFX thread. */
    public void show(CorpusSession shown) {
        session.set(shown);
        name.set(shown.name());
        articles.setAll(shown.articles().stream().map(a -> new Article(shown, a)).toList());
        analysed.set(true);
    }

    /**
     * Brings the rows in line with the session after it changed (an import added articles): new articles
     * get a row, removed ones lose theirs, re-imported ones a new row in their place, every other row
     * stays as it is. Call on the JavaFX thread.
     */
    public void sync() {
        CorpusSession shown = session.get();
        if (shown == null) {
            return;
        }
        Set<Long> listed = new HashSet<>();
        articles.forEach(a -> listed.add(a.sessionId()));
        Set<Long> held = new HashSet<>(shown.documentIds());
        articles.removeIf(a -> !held.contains(a.sessionId()));
        for (int i = 0; i < articles.size(); i++) {
            Article row = articles.get(i);
            SessionArticle now = shown.article(row.sessionId()).orElse(null);
            if (now != null && !now.equals(row.shown())) {
                articles.set(i, new Article(shown, now));
            }
        }
        List<Article> added = shown.articles().stream().filter(a -> !listed.contains(a.id()))
                .map(a -> new Article(shown, a)).toList();
        articles.addAll(added);
    }

    public ReadOnlyObjectProperty<CorpusSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    public ObservableList<Article> articles() {
        return articles;
    }

    /** Whether every article shown is analysed (the session analyses them before it is shown). */
    public ReadOnlyBooleanProperty analysedProperty() {
        return analysed.getReadOnlyProperty();
    }

    /** The row of the article with this file name (names are unique in a project). */
    public Optional<Article> byName(String documentName) {
        return articles.stream().filter(a -> a.name().equals(documentName)).findFirst();
    }

    /** The row of the article with this session id. */
    public Optional<Article> byId(long sessionId) {
        return articles.stream().filter(a -> a.sessionId() == sessionId).findFirst();
    }

    /** "5 articles · 9 homoglyphs · 0 invisible characters". */
    public String describe() {
        int homoglyphs = 0;
        int invisibles = 0;
        for (Article a : articles) {
            homoglyphs += a.homoglyphsProperty().get();
            invisibles += a.invisiblesProperty().get();
        }
        return count(articles.size(), "article", "articles") + " · " + count(homoglyphs, "homoglyph", "homoglyphs")
                + " · " + count(invisibles, "invisible character", "invisible characters");
    }

    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
