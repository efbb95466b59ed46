package org.stemma.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.stemma.align.CompareOptions;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stemma.platform.Causes;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.jobs.Requests;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The comparison the window shows and the requests for another: compare two articles, swap sides, hide
 * or show page furniture, align it or not, compare by other difference rules. Each is worked out through {@link Jobs}; only the newest request is shown,
 * however the jobs finish ({@link Requests}).
 */
public final class Comparisons {

    private final Jobs jobs;
    private final Consumer<String> status;
    private final BooleanProperty furnitureHidden;
    private final BooleanProperty furnitureAligned;
    private final ObjectProperty<CompareOptions> options = new SimpleObjectProperty<>(this, "options", CompareOptions.DEFAULT);
    private final ReadOnlyObjectWrapper<CompareViewModel> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Requests requests = new Requests();

    /**
     * @param status          one-line messages for the status bar
     * @param furnitureHidden  the analyst's preference; the comparison shown is made again when it changes
     * @param furnitureAligned whether page furniture is aligned and scored too; likewise
     */
    public Comparisons(Jobs jobs, Consumer<String> status, BooleanProperty furnitureHidden,
                       BooleanProperty furnitureAligned) {
        this.jobs = jobs;
        this.status = status;
        this.furnitureHidden = furnitureHidden;
        this.furnitureAligned = furnitureAligned;
        furnitureAligned.addListener((o, was, now) -> {
            CompareViewModel current = shown.get();
            if (current != null) {
                replace(now ? "Aligning page furniture too" : "Leaving page furniture out of the alignment",
                        () -> current.withFurnitureAligned(now));
            }
        });
        options.addListener((o, was, now) -> {
            CompareViewModel current = shown.get();
            if (current != null && !now.equals(current.options())) {
                replace("Comparing by the new difference rules", () -> current.withOptions(now));
            }
        });
        furnitureHidden.addListener((o, was, now) -> {
            CompareViewModel current = shown.get();
            if (current != null) {
                replace(now ? "Hiding page furniture" : "Showing page furniture", () -> current.withFurnitureHidden(now));
            }
        });
    }

    /** The difference rules every comparison is made with (Compare › Options); the one shown is made again when they change. */
    public ObjectProperty<CompareOptions> optionsProperty() {
        return options;
    }

    /** The comparison shown, or null. */
    public ReadOnlyObjectProperty<CompareViewModel> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Aligns two articles and shows them side by side; completes with the view model shown, or null if superseded. */
    public CompletableFuture<CompareViewModel> compare(Article left, Article right) {
        boolean hide = furnitureHidden.get();
        boolean align = furnitureAligned.get();
        CompareOptions rules = options.get();
        status.accept("Comparing “" + left.title() + "” with “" + right.title() + "”…");
        return replace("Comparing " + left.name() + " with " + right.name(),
                () -> CompareViewModel.of(left.documentId(), left.analysis(), right.documentId(), right.analysis(),
                        hide, align, rules));
    }

    /** Exchanges the two panes. */
    public CompletableFuture<CompareViewModel> swap() {
        CompareViewModel current = shown.get();
        return current == null ? CompletableFuture.completedFuture(null) : replace("Swapping sides", current::swapped);
    }

    /** Shows nothing, and drops any comparison still being worked out (another corpus was opened). */
    public void clear() {
        requests.next();
        shown.set(null);
    }

    private CompletableFuture<CompareViewModel> replace(String description, Callable<CompareViewModel> work) {
        long mine = requests.next();
        return jobs.submit(description, work).thenApply(vm -> {
            if (!requests.isLatest(mine)) {
                return null;
            }
            shown.set(vm);
            Summary s = vm.summary();
            status.accept("“" + vm.left().title() + "” and “" + vm.right().title() + "”: "
                    + Math.round(s.similarity() * 100) + "% similar · " + vm.stops().size() + " changes"
                    + (s.equivalentWords() > 0 ? " · " + s.equivalentWords() + " equivalent" : ""));
            return vm;
        }).exceptionally(e -> {
            if (requests.isLatest(mine)) {
                status.accept("Could not compare: " + Causes.describe(e)); // the job has logged it
            }
            return null;
        });
    }
}
