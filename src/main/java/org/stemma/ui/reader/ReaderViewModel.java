package org.stemma.ui.reader;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.findings.Finding;
import org.stemma.text.Span;
import org.stemma.ui.compare.PaneModel;
import org.stemma.ui.corpus.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One article to read alone: its text marked as a compare pane marks it (disguised and invisible
 * characters, page furniture), what it says about itself, and its findings as a list to step through.
 * Built off the JavaFX thread, immutable afterwards.
 */
public final class ReaderViewModel {

    /**
     * A disguised or invisible character.
     *
     * @param shown where it stands in the shown text (display offsets)
     */
    public record FindingLine(Finding.Type type, String description, Span shown) {
        @Override
        public String toString() {
            return description;
        }
    }

    private final PaneModel pane;
    private final String title;
    private final String details;
    private final String statedDate;
    private final String source;
    private final List<FindingLine> findings;
    private final String summary;

    private ReaderViewModel(PaneModel pane, Locale locale) {
        this.pane = pane;
        Document document = pane.document();
        Metadata md = document.metadata();
        title = Article.titleOf(document);
        statedDate = md.date();
        details = String.join("  ·  ", Stream.of(md.outlet(), md.byline(), ShownDate.of(md.date(), locale))
                .filter(Objects::nonNull).toList());
        source = document.source() == null || document.source().isBlank() ? document.name() : document.source();
        List<FindingLine> lines = new ArrayList<>();
        AnalyzedDocument analysis = pane.analysis();
        for (Finding f : analysis.findings()) {
            String text = f.match(h -> PaneModel.homoglyphTip(h), i -> PaneModel.invisibleTip(i, analysis.text()),
                    b -> null);
            if (text != null) {
                lines.add(new FindingLine(f.type(), text, pane.display().toDisplay(f.span())));
            }
        }
        lines.sort(java.util.Comparator.comparingInt(l -> l.shown().start()));
        findings = List.copyOf(lines);
        summary = count(analysis.findings(Finding.Type.HOMOGLYPH).size(), "disguised letter", "disguised letters")
                + " · " + count(analysis.findings(Finding.Type.INVISIBLE).size(), "invisible character", "invisible characters")
                + " · " + count(analysis.findings(Finding.Type.BOILERPLATE).size(), "passage of page furniture",
                "passages of page furniture");
    }

    /**
     * @param documentId the article's id in the project, or {@link Article#NOT_STORED} (it cannot be tagged then)
     */
    public static ReaderViewModel of(long documentId, AnalyzedDocument document, Locale locale) {
        return new ReaderViewModel(PaneModel.alone(documentId, document), locale);
    }

    /** An article of the corpus; reads its analysis, so not on the JavaFX thread. */
    public static ReaderViewModel of(Article article, Locale locale) {
        return of(article.documentId(), article.analysis(), locale);
    }

    /** The text with its marks, as a compare pane shows it. */
    public PaneModel pane() {
        return pane;
    }

    public long documentId() {
        return pane.documentId();
    }

    /** Whether claims can be tagged in it: only in an article of a project. */
    public boolean taggable() {
        return pane.documentId() != Article.NOT_STORED;
    }

    public String title() {
        return title;
    }

    /** Outlet, byline and date (in the reader's locale), as far as the article states them. */
    public String details() {
        return details;
    }

    /** The date as the article states it (ISO 8601 as a rule), or null. */
    public String statedDate() {
        return statedDate;
    }

    /** The file it was read from. */
    public String source() {
        return source;
    }

    /** Its disguised and invisible characters, in the order of the text. */
    public List<FindingLine> findings() {
        return findings;
    }

    /** "2 disguised letters · 0 invisible characters · 3 passages of page furniture". */
    public String summary() {
        return summary;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
