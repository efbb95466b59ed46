package org.stemma.ui.collation;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.stage.Window;
import org.stemma.model.DerivationEdge;
import org.stemma.text.Span;
import org.stemma.ui.corpus.Article;
import org.stemma.ui.jobs.Jobs;

import java.util.List;

/**
 * Many witnesses read at once (issue 17): opens the collation of a selection (Ctrl+D with three or more
 * articles) or of a family (base: its root), each in a window of its own.
 */
public final class CollationUi {

    /** What the collation asks of the main window. */
    public interface Actions {
        /** Opens base and witness side by side at the passage (either span may be null). */
        void pair(Article base, Article witness, Span baseSpan, Span witnessSpan);

        /** Opens the claim editor for a passage of an article. */
        void tag(Article article, String text, Span span, Node over);

        void status(String message);
    }

    private final Window owner;
    private final Jobs jobs;
    private final ObservableValue<List<String>> stylesheets;
    private final Actions actions;
    private CollationWindow last;

    /** @param stylesheets the theme's style sheets, followed as the analyst changes the theme */
    public CollationUi(Window owner, Jobs jobs, ObservableValue<List<String>> stylesheets, Actions actions) {
        this.owner = owner;
        this.jobs = jobs;
        this.stylesheets = stylesheets;
        this.actions = actions;
    }

    /** The collation of the selected articles, against the earliest dated. */
    public CollationWindow collate(List<Article> selection) {
        return open(CollationRequest.of(selection));
    }

    /**
     * The collation of a family against its root, columns in derivation order.
     *
     * @param members the family's articles; {@code ids} their member ids in {@code edges}
     * @param root    the root's member id, or {@code null}
     */
    public CollationWindow collateFamily(List<Article> members, List<Long> ids, Long root, List<DerivationEdge> edges) {
        return open(new CollationRequest(members, root == null ? -1 : ids.indexOf(root), ids, edges));
    }

    private CollationWindow open(CollationRequest request) {
        last = new CollationWindow(owner, jobs, stylesheets, actions);
        last.load(request);
        last.show();
        return last;
    }

    /** The window opened last, or null. */
    public CollationWindow last() {
        return last;
    }
}
