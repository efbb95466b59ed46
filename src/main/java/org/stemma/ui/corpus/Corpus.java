package org.stemma.ui.corpus;

import org.stemma.session.CorpusChange;
import org.stemma.session.CorpusSession;
import org.stemma.ui.jobs.Jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The articles the analyst works on: the rows of the open corpus session, with the counts it keeps.
 * Changes to the session (an import adding articles) add or remove rows; nothing else is read again.
 */
public final class Corpus {

    private final Jobs jobs;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper analysed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CorpusSession> session = new ReadOnlyObjectWrapper<>();
    private final Consumer<CorpusChange> follow = this::changed;

    public Corpus(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Shows the articles of {@code shown}; call on the JavaFX thread. */
    public void show(CorpusSession shown) {
        CorpusSession old = session.get();
        if (old != null) {
            old.removeListener(follow);
        }
        session.set(shown);
        name.set(shown.name());
        articles.setAll(shown.articles().stream().map(a -> new Article(shown, a)).toList());
        shown.addListener(follow);
        analysed.set(true);
    }

    /** Told on the thread that changed the session; the rows change on the JavaFX thread. */
    private void changed(CorpusChange change) {
        CorpusSession of = session.get();
        jobs.submit("Listing the new article", () -> change).thenAccept(c -> {
            if (session.get() != of) {
                return;
            }
            articles.removeIf(a -> a.sessionId() == c.id());
            if (c instanceof CorpusChange.Added added) {
                articles.add(new Article(of, added.article()));
            }
        });
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
