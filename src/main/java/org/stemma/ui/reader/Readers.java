package org.stemma.ui.reader;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.stemma.platform.Causes;
import org.stemma.text.Span;
import org.stemma.ui.claims.ClaimsUi;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens articles in reader windows, one window per article: opening one already open brings it
 * forward. The article is read and marked through {@link Jobs}, never on the JavaFX thread. Every
 * reader closes with its project. Call on the JavaFX thread.
 */
public final class Readers {

    private final Window owner;
    private final Jobs jobs;
    private final Corpus corpus;
    private final Supplier<ClaimsUi> claims;
    private final ObservableValue<List<String>> stylesheets;
    private final ReadOnlyIntegerProperty textSize;
    private final Consumer<String> status;
    private final List<ReaderWindow> open = new ArrayList<>();

    /**
     * @param claims      the open project's claims, or null when no project is open
     * @param stylesheets the theme's style sheets, followed by open readers
     * @param status      one-line messages for the status bar
     */
    public Readers(Window owner, Jobs jobs, Corpus corpus, Supplier<ClaimsUi> claims,
                   ObservableValue<List<String>> stylesheets, ReadOnlyIntegerProperty textSize,
                   Consumer<String> status) {
        this.owner = owner;
        this.jobs = jobs;
        this.corpus = corpus;
        this.claims = claims;
        this.stylesheets = stylesheets;
        this.textSize = textSize;
        this.status = status;
        stylesheets.addListener((o, was, now) -> open.forEach(w -> w.stage().getScene().getStylesheets().setAll(now)));
        corpus.sessionProperty().addListener((o, was, now) -> closeAll());
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closeAll());
    }

    /** Opens an article of the corpus (its session id) at a passage of it, or at its start when null. */
    public CompletableFuture<Optional<ReaderWindow>> open(long sessionId, Span place) {
        Optional<Article> article = corpus.byId(sessionId);
        if (article.isEmpty()) {
            status.accept("That article is no longer in the corpus");
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return open(article.get(), place);
    }

    /** Opens an article in a reader window of its own, at a passage (the article's offsets) or its start. */
    public CompletableFuture<Optional<ReaderWindow>> open(Article article, Span place) {
        Optional<ReaderWindow> shown = open.stream()
                .filter(w -> w.reader().model().pane().document().name().equals(article.name())).findFirst();
        if (shown.isPresent()) {
            shown.get().show();
            if (place != null) {
                shown.get().reader().reveal(place);
            }
            return CompletableFuture.completedFuture(shown);
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        return jobs.submit("Opening " + article.name(), () -> ReaderViewModel.of(article, locale))
                .thenApply(model -> {
                    ReaderWindow window = new ReaderWindow(owner,
                            new ArticleReader(model, claims.get(), textSize), stylesheets.getValue());
                    open.add(window);
                    window.stage().setOnHidden(e -> open.remove(window));
                    window.show();
                    if (place != null) {
                        window.reader().reveal(place);
                    } else {
                        window.reader().area().requestFocus();
                    }
                    status.accept("Reading “" + model.title() + "”: " + model.summary());
                    return Optional.of(window);
                }).exceptionally(e -> {
                    status.accept("Could not open " + article.name() + ": " + Causes.describe(e)); // the job logged it
                    return Optional.empty();
                });
    }

    /** The reader windows open now. */
    public List<ReaderWindow> windows() {
        return List.copyOf(open);
    }

    /** Closes every reader, e.g. when another project is opened. */
    public void closeAll() {
        List.copyOf(open).forEach(ReaderWindow::close);
    }
}
