package org.stemma.quotes;

import org.stemma.text.Span;

/**
 * Who a quotation is attributed to.
 *
 * @param mention where the article names the speaker at the attribution ("Taras Kuzio", "he", "the
 *                influential US daily"); for a quotation that continues an earlier one, that one's mention
 * @param name    the name the mention refers to, resolved from the article ("Taras Kuzio" for "he"), or
 *                {@code null} when the article never names it
 */
public record Speaker(Span mention, String name) {
}
