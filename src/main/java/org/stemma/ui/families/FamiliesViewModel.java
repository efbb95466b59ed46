package org.stemma.ui.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.families.FamilyEngine;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Family;
import org.stemma.model.PairKey;
import org.stemma.model.PairScore;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.jobs.Jobs;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The families of the corpus shown, found in the background once every article is analysed (through
 * the one {@link Jobs} seam), with progress and cancel. Articles are known to the engine by their place
 * in the corpus list.
 */
public final class FamiliesViewModel {

    private static final System.Logger LOG = System.getLogger(FamiliesViewModel.class.getName());

    private final Corpus corpus;
    private final Jobs jobs;
    private final Executor fx;
    private final ObservableList<Family> families = FXCollections.observableArrayList();
    private final ObjectProperty<Family> selected = new SimpleObjectProperty<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private List<Article> articles = List.of();
    private final Map<Article, Long> ids = new IdentityHashMap<>();
    private Map<PairKey, PairScore> scores = Map.of();

    /** @param fx runs a change of the properties on the JavaFX thread ({@code Platform::runLater}) */
    public FamiliesViewModel(Corpus corpus, Jobs jobs, Executor fx) {
        this.corpus = corpus;
        this.jobs = jobs;
        this.fx = fx;
        corpus.analysedProperty().addListener((o, was, now) -> {
            if (now) {
                find();
            }
        });
    }

    /** Finds the families of the articles shown now; call on the JavaFX thread. */
    public CompletableFuture<List<Family>> find() {
        cancelled.set(true);
        AtomicBoolean mine = new AtomicBoolean();
        cancelled = mine;
        List<Article> shown = List.copyOf(corpus.articles());
        running.set(true);
        progress.set(0);
        return jobs.submit("Finding families", () -> compute(shown, mine)).handle((result, failure) -> {
            if (mine != cancelled) {
                return List.<Family>of();
            }
            running.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (!(cause instanceof CancellationException)) {
                    LOG.log(System.Logger.Level.ERROR, "finding families failed", cause);
                }
                return List.<Family>of();
            }
            articles = shown;
            ids.clear();
            for (int i = 0; i < shown.size(); i++) {
                ids.put(shown.get(i), (long) i);
            }
            scores = result.scores;
            families.setAll(result.families);
            selected.set(result.families.isEmpty() ? null : result.families.get(0));
            return result.families;
        });
    }

    private record Found(List<Family> families, Map<PairKey, PairScore> scores) {
    }

    private Found compute(List<Article> shown, AtomicBoolean cancel) {
        FamilyEngine engine = new FamilyEngine();
        CandidateIndex index = new CandidateIndex();
        for (int i = 0; i < shown.size(); i++) {
            AnalyzedDocument doc = shown.get(i).analysis();
            engine.add(i, doc);
            index.add(i, doc);
        }
        List<Family> found = engine.update(index, new FamilyEngine.Progress() {
            @Override
            public void report(long done, long total) {
                fx.execute(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        });
        Map<PairKey, PairScore> byPair = new HashMap<>();
        engine.scores().forEach(s -> byPair.put(s.key(), s));
        return new Found(found, byPair);
    }

    /** Stops the search under way; the families found before stay. */
    public void cancel() {
        cancelled.set(true);
        running.set(false);
    }

    public ObservableList<Family> families() {
        return families;
    }

    public ObjectProperty<Family> selectedProperty() {
        return selected;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public Optional<Family> familyOf(Article article) {
        Long id = ids.get(article);
        return id == null ? Optional.empty() : families.stream().filter(f -> f.members().contains(id)).findFirst();
    }

    /** How the corpus table shows an article's family: its number and size, or "alone". */
    public FamilyTag tag(Article article) {
        if (!ids.containsKey(article)) {
            return FamilyTag.UNKNOWN;
        }
        return familyOf(article).map(f -> new FamilyTag(f.id(), f.members().size())).orElse(FamilyTag.ALONE);
    }

    public Article article(long id) {
        return articles.get((int) id);
    }

    public long id(Article article) {
        return ids.get(article);
    }

    /** The aligner's score of two articles, if they were a candidate pair. */
    public Optional<PairScore> score(long a, long b) {
        return a == b ? Optional.empty() : Optional.ofNullable(scores.get(PairKey.of(a, b)));
    }
}
