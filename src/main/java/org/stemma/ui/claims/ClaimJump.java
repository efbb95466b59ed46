package org.stemma.ui.claims;

import org.stemma.text.Span;

/**
 * A request to show a claim in its article, e.g. after a double-click in the claims table.
 *
 * @param span the passage, in the article's own offsets
 */
public record ClaimJump(long claimId, long documentId, Span span) {
}
