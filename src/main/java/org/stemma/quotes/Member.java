package org.stemma.quotes;

import org.stemma.text.Span;

import java.util.List;
import java.util.Set;

/**
 * One article's wording of a ledger entry.
 *
 * @param document  the article's id in the corpus
 * @param quotation the quotation as found, or {@code null} when the article carries the words without
 *                  quotation marks (turned indirect)
 * @param span      where the wording stands in the article
 * @param text      the wording
 * @param speaker   the name the article attributes it to, or {@code null}
 * @param date      the article's date as it states it, or {@code null}
 * @param flags     how this wording differs from the reference
 * @param changes   the words changed against the reference
 */
public record Member(long document, Quotation quotation, Span span, String text, String speaker, String date,
                    Set<LedgerEntry.Flag> flags, List<WordChange> changes) {
    public Member {
        flags = Set.copyOf(flags);
        changes = List.copyOf(changes);
    }

    public boolean quoted() {
        return quotation != null;
    }
}
