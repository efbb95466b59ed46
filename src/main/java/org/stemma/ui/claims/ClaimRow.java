package org.stemma.ui.claims;

import org.stemma.claims.Claim;
import org.stemma.claims.ClaimCounterpart;
import org.stemma.claims.Tag;
import org.stemma.store.StoredDocument;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line of the claims table: a claim with the article it is in and what became of it elsewhere.
 *
 * @param counterparts the claim's counterparts, by document
 * @param summary      the counterparts in one line ({@link CounterpartText#summary})
 */
public record ClaimRow(Claim claim, StoredDocument document, List<ClaimCounterpart> counterparts, String summary) {

    public ClaimRow {
        counterparts = List.copyOf(counterparts);
    }

    public long id() {
        return claim.id();
    }

    /** The passage on one line: its line breaks and runs of spaces shown as single spaces. */
    public String text() {
        return claim.anchor().exact().strip().replaceAll("\\s+", " ");
    }

    public String article() {
        String title = document.document().metadata().title();
        return title == null || title.isBlank() ? document.name() : title;
    }

    /** The outlet the article names, or empty when it names none. */
    public String outlet() {
        String outlet = document.document().metadata().outlet();
        return outlet == null ? "" : outlet;
    }

    public List<Tag> tags() {
        return claim.tags();
    }

    public String tagNames() {
        return claim.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
    }

    /** Whether every word of {@code query} (lower case, split on spaces) occurs in one of the row's cells. */
    boolean matches(List<String> queryWords) {
        String all = String.join("\n", text(), article(), document.name(), outlet(), tagNames(),
                claim.status().label(), claim.note(), summary).toLowerCase(Locale.ROOT);
        return queryWords.stream().allMatch(all::contains);
    }
}
