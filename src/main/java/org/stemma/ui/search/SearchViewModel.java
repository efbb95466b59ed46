package org.stemma.ui.search;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stemma.index.Candidate;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionArticle;
import org.stemma.store.SearchStore;
import org.stemma.ui.jobs.Jobs;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Searching the corpus and finding copies of an article, for the window: the work runs through
 * {@link Jobs}, and only the newest search asked for is shown, however the jobs finish.
 */
public final class SearchViewModel {

    /** Articles listed by a search, best first. */
    static final int SEARCH_LIMIT = 50;
    /** Articles listed as copies of one, most shared text first. */
    static final int COPIES_LIMIT = 50;

    /** An article that shares text with the one asked about, as the copies list shows it. */
    public record Copy(SessionArticle article, double shared) {
        @Override
        public String toString() {
            String title = article.metadata().title() == null ? article.name() : article.metadata().title().strip();
            String outlet = article.metadata().outlet() == null ? "" : " — " + article.metadata().outlet();
            return String.format(Locale.ROOT, "%3.0f%%  %s%s  (%s)", 100 * shared, title, outlet, article.name());
        }
    }

    private final Jobs jobs;
    private final Supplier<CorpusSession> session;
    private final ObservableList<SearchStore.Hit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private int request;

    /** @param session the corpus session shown, or null when none is */
    public SearchViewModel(Jobs jobs, Supplier<CorpusSession> session) {
        this.jobs = jobs;
        this.session = session;
    }

    /** Searches the open project; completes (on the JavaFX thread) once the results are shown or superseded. */
    public CompletableFuture<Void> search(String query) {
        int mine = ++request;
        CorpusSession s = session.get();
        if (query == null || query.isBlank()) {
            hits.clear();
            summary.set("");
            return CompletableFuture.completedFuture(null);
        }
        if (s == null || s.project().isEmpty()) {
            summary.set("Search works in a project: open or create one");
            return CompletableFuture.completedFuture(null);
        }
        long started = System.nanoTime();
        return jobs.submit("Searching for " + query, () -> s.project().get().search().search(query, SEARCH_LIMIT, false))
                .thenAccept(found -> {
                    if (mine != request) {
                        return;
                    }
                    hits.setAll(found);
                    int total = found.stream().mapToInt(SearchStore.Hit::hits).sum();
                    summary.set(found.isEmpty() ? "No article contains " + query
                            : String.format(Locale.ROOT, "%,d hits in %,d%s articles (%.0f ms)", total, found.size(),
                            found.size() == SEARCH_LIMIT ? "+" : "", (System.nanoTime() - started) / 1e6));
                }).exceptionally(e -> {
                    if (mine == request) {
                        summary.set("Could not search: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                    }
                    return null;
                });
    }

    /** The articles sharing the most text with article {@code sessionId}, from the session's candidate index. */
    public CompletableFuture<List<Copy>> copiesOf(long sessionId) {
        CorpusSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return jobs.submit("Finding copies", () -> {
            List<Candidate> found = s.index().similarTo(sessionId, COPIES_LIMIT);
            return found.stream().map(c -> new Copy(s.article(c.id()).orElseThrow(), c.score())).toList();
        });
    }

    public ObservableList<SearchStore.Hit> hits() {
        return hits;
    }

    /** "37 hits in 12 articles (8 ms)", or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
