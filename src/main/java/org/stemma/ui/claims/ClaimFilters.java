package org.stemma.ui.claims;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.stemma.claims.TagTree;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.session.SessionArticle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The claims table's filters: by tag (a claim tagged with a tag below the chosen one counts too), status,
 * article and words. When the tags or articles are read again the filter keeps the same tag or article
 * (the new value of the same id), or shows all when it is gone.
 */
final class ClaimFilters {

    final ObjectProperty<Tag> tag = new SimpleObjectProperty<>(this, "tagFilter");
    final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>(this, "statusFilter");
    final ObjectProperty<SessionArticle> document = new SimpleObjectProperty<>(this, "documentFilter");
    final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectProperty<TagTree> tree;
    private final ObjectBinding<Predicate<ClaimRow>> predicate;

    ClaimFilters(ObservableList<Tag> tags, ObservableList<SessionArticle> documents, ReadOnlyObjectProperty<TagTree> tree) {
        this.tree = tree;
        predicate = Bindings.createObjectBinding(this::predicate, tag, status, document, searchText, tree);
        tags.addListener((InvalidationListener) o -> {
            Tag t = tag.get();
            tag.set(t == null ? null : tags.stream().filter(x -> x.id() == t.id()).findFirst().orElse(null));
        });
        documents.addListener((InvalidationListener) o -> {
            SessionArticle d = document.get();
            document.set(d == null ? null : documents.stream().filter(x -> x.id() == d.id()).findFirst().orElse(null));
        });
    }

    /** What passes every filter, made again whenever a filter or the tag tree changes. */
    ObjectBinding<Predicate<ClaimRow>> predicateBinding() {
        return predicate;
    }

    private Predicate<ClaimRow> predicate() {
        Tag chosen = tag.get();
        Set<Long> under = chosen == null ? Set.of() : tree.get().withDescendants(chosen.id());
        ClaimStatus s = status.get();
        SessionArticle d = document.get();
        String query = searchText.get() == null ? "" : searchText.get().toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(query.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return row -> (chosen == null || row.tags().stream().anyMatch(t -> under.contains(t.id())))
                && (s == null || row.claim().status() == s)
                && (d == null || row.document().id() == d.id())
                && row.matches(words);
    }
}
