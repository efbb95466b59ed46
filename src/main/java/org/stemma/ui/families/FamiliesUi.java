package org.stemma.ui.families;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.corpus.Corpus;
import org.stemma.ui.corpus.CorpusTable;
import org.stemma.ui.jobs.Jobs;

import java.util.function.BiConsumer;

/**
 * What the families add to the window: a Family column in the corpus table (sort by it to group the
 * families; an article in none reads "alone"), a Families menu, and the Stemma view of the family of the
 * selected article.
 */
public final class FamiliesUi {

    /** How long the window stays idle before families out of date are caught up ({@link FamiliesViewModel#catchUpWhenIdle}). */
    static final java.time.Duration IDLE = java.time.Duration.ofSeconds(Long.getLong("stemma.familiesIdleSeconds", 10));

    private final FamiliesViewModel model;
    private final CorpusTable table;
    private final Window owner;
    private final BiConsumer<Article, Article> compare;
    private StemmaWindow window;

    /** @param compare opens two articles side by side in the main window */
    public FamiliesUi(Window owner, Corpus corpus, Jobs jobs, CorpusTable table, BiConsumer<Article, Article> compare) {
        this.model = new FamiliesViewModel(corpus, jobs, Platform::runLater);
        this.table = table;
        this.owner = owner;
        this.compare = compare;
        TableColumn<Article, FamilyTag> column = new TableColumn<>();
        javafx.scene.control.Label header = new javafx.scene.control.Label("Family");
        header.setTooltip(new Tooltip("The family of articles sharing substantial text; sort to group them"));
        column.setGraphic(header);
        column.setId("family-column");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.tag(cell.getValue())));
        column.setPrefWidth(90);
        table.addColumn(column, 0);
        model.families().addListener((ListChangeListener<Object>) c -> table.table().refresh());
        model.catchUpWhenIdle(IDLE, (delay, action) -> {
            PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.playFromStart();
            return pause::stop;
        });
    }

    public Menu menu() {
        MenuItem stemma = new MenuItem("Show _Stemma of the Selected Article's Family");
        stemma.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        stemma.setOnAction(e -> showStemma());
        MenuItem again = new MenuItem("_Find Families Again");
        again.setOnAction(e -> model.find());
        return new Menu("F_amilies", null, stemma, again);
    }

    /** Opens the Stemma view on the family of the article selected in the table (or the largest family). */
    public void showStemma() {
        model.catchUp();
        table.focused().flatMap(model::familyOf).ifPresent(model.selectedProperty()::set);
        if (window == null) {
            window = new StemmaWindow(owner, model, compare, this::select);
        }
        window.show();
    }

    private void select(Article article) {
        table.table().getSelectionModel().clearSelection();
        table.table().getSelectionModel().select(article);
        table.table().scrollTo(article);
    }

    public FamiliesViewModel model() {
        return model;
    }

    StemmaWindow window() {
        return window;
    }
}
