package org.stemma.ui.ledger;

import org.stemma.text.Span;
import org.stemma.ui.compare.CompareView;
import org.stemma.ui.compare.Comparisons;
import org.stemma.ui.corpus.Corpus;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens ledger rows in the main window: two articles in the comparison with each quotation selected, one
 * article in its reader window at the quotation.
 */
public final class WindowOpener implements LedgerViewModel.Opener {

    private final Corpus corpus;
    private final Comparisons comparisons;
    private final CompareView view;
    private final BiConsumer<Long, Span> reader;
    private final Runnable toFront;
    private final Consumer<String> status;

    /**
     * @param reader  shows an article (by session id) with a passage selected
     * @param toFront brings the main window forward, where the comparison is shown
     */
    public WindowOpener(Corpus corpus, Comparisons comparisons, CompareView view, BiConsumer<Long, Span> reader,
                        Runnable toFront, Consumer<String> status) {
        this.corpus = corpus;
        this.comparisons = comparisons;
        this.view = view;
        this.reader = reader;
        this.toFront = toFront;
        this.status = status;
    }

    @Override
    public void article(long document, Span passage) {
        reader.accept(document, passage);
    }

    @Override
    public void compare(long left, Span leftPassage, long right, Span rightPassage) {
        var l = corpus.byId(left);
        var r = corpus.byId(right);
        if (l.isEmpty() || r.isEmpty()) {
            status.accept("The article is no longer in the corpus");
            return;
        }
        toFront.run();
        comparisons.compare(l.get(), r.get()).thenAccept(shown -> {
            if (shown != null) {
                view.reveal(leftPassage, rightPassage);
            }
        });
    }
}
