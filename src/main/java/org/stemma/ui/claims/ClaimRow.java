package org.stemma.ui.claims;

import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.session.SessionArticle;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of the claims table: a claim with the article it is in and what became of it elsewhere. A
 * value (equal to a row of the same claim, article, counterparts and summary) made with its one-line text
 * and its searchable text: the table filters thousands of rows per keystroke, so a keystroke only
 * searches (BENCHMARKS.md, "Claims at scale").
 */
public final class ClaimRow {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Claim claim;
    private final SessionArticle document;
    private final List<ClaimCounterpart> counterparts;
    private final String summary;
    private final String text;
    /** Every cell in lower case, one per line. */
    private final String searchable;

    /**
     * @param counterparts the claim's counterparts, by document
     * @param summary      the counterparts in one line ({@link CounterpartText#summary})
     */
    public ClaimRow(Claim claim, SessionArticle document, List<ClaimCounterpart> counterparts, String summary) {
        this.claim = claim;
        this.document = document;
        this.counterparts = List.copyOf(counterparts);
        this.summary = summary;
        this.text = oneLine(claim.anchor().exact().strip());
        // Each cell lowered on its own gives the same text as lowering them joined (a line break ends a
        // word for the final-sigma rule too), and keeps cells in Latin-1 out of the slower UTF-16 path
        // that one "…" in the summary would otherwise force on the whole row.
        this.searchable = String.join("\n", lower(text), lower(article()), lower(document.name()), lower(outlet()),
                lower(tagNames()), lower(claim.status().label()), lower(claim.note()), lower(summary));
    }

    public Claim claim() {
        return claim;
    }

    public SessionArticle document() {
        return document;
    }

    public List<ClaimCounterpart> counterparts() {
        return counterparts;
    }

    public String summary() {
        return summary;
    }

    public long id() {
        return claim.id();
    }

    /** The passage on one line: its line breaks and runs of spaces shown as single spaces. */
    public String text() {
        return text;
    }

    public String article() {
        String title = document.metadata().title();
        return title == null || title.isBlank() ? document.name() : title;
    }

    /** The outlet the article names, or empty when it names none. */
    public String outlet() {
        String outlet = document.metadata().outlet();
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
        for (String word : queryWords) {
            if (!searchable.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String cell) {
        return cell.toLowerCase(Locale.ROOT);
    }

    /** The passage's line breaks and runs of white space as single spaces. */
    static String oneLine(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimRow other && claim.equals(other.claim) && Objects.equals(document, other.document)
                && counterparts.equals(other.counterparts) && Objects.equals(summary, other.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, document, counterparts, summary);
    }

    @Override
    public String toString() {
        return "ClaimRow[claim=" + claim + ", document=" + document + ", counterparts=" + counterparts
                + ", summary=" + summary + "]";
    }
}
