package org.stemma.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stemma.ui.compare.Comparisons;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.Jobs;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The workbench window's state, made of its parts: the project session, the corpus, the comparison
 * requests, the view preferences, and the status line they all write to. The window hands each view
 * the parts it needs; nothing below the window reaches through this class.
 */
public final class MainViewModel implements SmokeTestable {

    private final Jobs jobs;
    private final Settings settings;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Corpus corpus;
    private final ViewPreferences preferences;
    private final Comparisons comparisons;
    private final ProjectSession session;
    private final StringBinding title;

    public MainViewModel(Jobs jobs, Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
        this.corpus = new Corpus();
        this.preferences = new ViewPreferences(settings);
        this.comparisons = new Comparisons(jobs, status::set, preferences.furnitureHiddenProperty(),
                preferences.furnitureAlignedProperty());
        this.session = new ProjectSession(jobs, settings, corpus, comparisons, status::set);
        title = Bindings.createStringBinding(
                () -> corpus.name().isEmpty() ? "Stemma" : corpus.name() + " — Stemma", corpus.nameProperty());
    }

    public ProjectSession session() {
        return session;
    }

    public Corpus corpus() {
        return corpus;
    }

    public Comparisons comparisons() {
        return comparisons;
    }

    public ViewPreferences preferences() {
        return preferences;
    }

    public Settings settings() {
        return settings;
    }

    public Jobs jobs() {
        return jobs;
    }

    /** The status line: what happened last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void status(String message) {
        status.set(message);
    }

    public StringBinding titleProperty() {
        return title;
    }

    @Override
    public boolean corpusLoaded() {
        return !corpus.articles().isEmpty() && corpus.analysedProperty().get();
    }

    @Override
    public CompletableFuture<Boolean> compareFirstTwo() {
        List<Article> articles = corpus.articles();
        if (articles.size() < 2) {
            return CompletableFuture.completedFuture(false);
        }
        return comparisons.compare(articles.get(0), articles.get(1))
                .thenApply(vm -> vm != null && !vm.comparison().pairs().isEmpty());
    }
}
