package org.stemma.ui.compare;

import org.stemma.text.Span;

/**
 * A passage the overview strip beside a pane marks: a changed or one-sided sentence ({@link Mark#CHANGED},
 * {@link Mark#ONLY}) or a disguised character ({@link Mark#HOMOGLYPH}, {@link Mark#INVISIBLE}).
 *
 * @param span where it stands, in display offsets
 */
public record OverviewMark(Mark kind, Span span) {
}
