package org.stemma.ui.corpus;

import org.stemma.ui.jobs.Jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The articles the analyst works on, held in memory. Later a project file backs it; the views only see
 * this class. Each article is analysed in the background as soon as it is shown.
 */
public final class Corpus {

    private final Jobs jobs;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper analysed = new ReadOnlyBooleanWrapper(false);
    private int generation;

    public Corpus(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Replaces the articles; the future completes when all are analysed. */
    public CompletableFuture<Void> show(ArticleSources.Loaded loaded) {
        return show(loaded.name(), loaded.documents().stream().map(Article::new).toList());
    }

    /** Replaces the articles with those of a project; the future completes when all are analysed. */
    public CompletableFuture<Void> show(Projects.Opened project) {
        return show(project.name(), project.documents().stream().map(Article::new).toList());
    }

    private CompletableFuture<Void> show(String corpusName, List<Article> list) {
        int current = ++generation;
        name.set(corpusName);
        analysed.set(false);
        articles.setAll(list);
        CompletableFuture<?>[] analyses = list.stream()
                .map(a -> jobs.submit("Analysing " + a.name(), a::analysis).thenAccept(done -> a.showCounts()))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(analyses).thenRun(() -> {
            if (current == generation) {
                analysed.set(true);
            }
        });
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

    /** Whether every article shown is analysed. */
    public ReadOnlyBooleanProperty analysedProperty() {
        return analysed.getReadOnlyProperty();
    }

    public Optional<Article> byName(String documentName) {
        return articles.stream().filter(a -> a.name().equals(documentName)).findFirst();
    }

    /** "5 articles · 9 homoglyphs · 0 invisible characters". */
    public String describe() {
        int homoglyphs = 0;
        int invisibles = 0;
        for (Article a : articles) {
            homoglyphs += a.homoglyphsProperty().get() == null ? 0 : a.homoglyphsProperty().get();
            invisibles += a.invisiblesProperty().get() == null ? 0 : a.invisiblesProperty().get();
        }
        return count(articles.size(), "article", "articles") + " · " + count(homoglyphs, "homoglyph", "homoglyphs")
                + " · " + count(invisibles, "invisible character", "invisible characters");
    }

    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
