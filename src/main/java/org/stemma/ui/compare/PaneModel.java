package org.stemma.ui.compare;

import org.stemma.ui.corpus.Article;

import com.ibm.icu.lang.UCharacter;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.stemma.align.AlignedPair;
import org.stemma.align.Change;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.corpus.Document;
import org.stemma.findings.Finding;
import org.stemma.findings.Homoglyph;
import org.stemma.findings.Invisible;
import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one pane of the compare view shows: the article's text as displayed, the marks on it, which
 * pair each sentence belongs to, the glyph of each line and the tooltip of each marked character. Built
 * off the JavaFX thread; immutable afterwards. Offsets taken and returned are display offsets.
 */
public final class PaneModel {

    private final AnalyzedDocument doc;
    private final List<AlignedPair> pairs;
    private final DisplayText display;
    private final Highlights highlights;
    private final ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styledText;
    private final int[] sentencePair;
    private final SpanLookup<Integer> sentenceAt = new SpanLookup<>();
    private final int[] lineBreaks;
    private final int[] lineMasks;
    private final SpanLookup<String> homoglyphTips = new SpanLookup<>();
    private final SpanLookup<String> invisibleTips = new SpanLookup<>();
    private final SpanLookup<String> changeTips = new SpanLookup<>();
    private final SpanLookup<String> furnitureTips = new SpanLookup<>();

    private final long documentId;
    private final List<OverviewMark> overview = new ArrayList<>();

    /**
     * @param documentId the document's id in the project, or {@link CompareViewModel#NO_ID}
     * @param pairs the comparison's pairs seen from this article (this side is each pair's left)
     */
    PaneModel(long documentId, AnalyzedDocument doc, List<AlignedPair> pairs, boolean hideFurniture) {
        this.documentId = documentId;
        this.doc = doc;
        this.pairs = pairs;
        String text = doc.text();
        display = DisplayText.of(text, hideFurniture ? furnitureLines(text) : List.of());
        sentencePair = new int[doc.sentences().size()];
        Arrays.fill(sentencePair, -1);
        Highlights.Builder marks = new Highlights.Builder(text.length());
        markPairs(marks);
        markFindings(marks, text);
        highlights = marks.build();
        styledText = highlights.toDocument(display);
        for (int s = 0; s < doc.sentences().size(); s++) {
            sentenceAt.add(doc.sentences().get(s).span(), s);
        }
        sentenceAt.seal();
        homoglyphTips.seal();
        invisibleTips.seal();
        changeTips.seal();
        furnitureTips.seal();
        lineBreaks = lineBreaks(display.text());
        lineMasks = new int[lineBreaks.length + 1];
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            int mask = highlights.maskAt(sentence.start()) & (Mark.IDENTICAL.bit() | Mark.CHANGED.bit() | Mark.ONLY.bit());
            lineMasks[lineOf(display.toDisplay(sentence.start()))] |= mask;
        }
        for (Finding f : doc.findings()) {
            Mark mark = f.match(h -> Mark.HOMOGLYPH, i -> Mark.INVISIBLE, b -> Mark.BOILERPLATE);
            int shownAt = display.toDisplay(f.start());
            if (display.toModel(shownAt) == f.start()) {
                lineMasks[lineOf(shownAt)] |= mark.bit();
            }
        }
        overviewMarks();
    }

    /** Changed and one-sided sentences and disguised characters, by place, for the overview strip. */
    private void overviewMarks() {
        for (int p = 0; p < pairs.size(); p++) {
            AlignedPair.Kind kind = pairs.get(p).kind();
            Span shown = displaySpan(p);
            // An equivalent passage is the same by the analyst's rules: no change to point at.
            if (shown != null && (kind == AlignedPair.Kind.CHANGED || !kind.isMatch())) {
                overview.add(new OverviewMark(Mark.of(kind), shown));
            }
        }
        for (Finding f : doc.findings()) {
            if (f.isDisguise() && display.toModel(display.toDisplay(f.start())) == f.start()) {
                overview.add(new OverviewMark(f.match(h -> Mark.HOMOGLYPH, i -> Mark.INVISIBLE, b -> Mark.BOILERPLATE),
                        display.toDisplay(f.span())));
            }
        }
        overview.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    }

    /** One article shown alone (the reader): its findings and furniture marked, no counterparts. */
    public static PaneModel alone(long documentId, AnalyzedDocument doc) {
        return new PaneModel(documentId, doc, List.of(), false);
    }

    private static int[] lineBreaks(String text) {
        int[] breaks = new int[16];
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == breaks.length) {
                breaks = Arrays.copyOf(breaks, n * 2);
            }
            breaks[n++] = i;
        }
        return Arrays.copyOf(breaks, n);
    }

    private void markPairs(Highlights.Builder marks) {
        for (int p = 0; p < pairs.size(); p++) {
            AlignedPair pair = pairs.get(p);
            Mark kind = Mark.of(pair.kind());
            for (int s : pair.leftSentences()) {
                marks.mark(doc.sentences().get(s).span(), kind);
                sentencePair[s] = p;
            }
            for (Change c : pair.changes()) {
                String tip = switch (c.kind()) {
                    case MOVED -> "Moved: the other article has these words elsewhere in the sentence";
                    case EQUIVALENT -> "Equivalent: the other article has “" + c.rightText()
                            + "”, the same by the comparison's options (Compare › Options…)";
                    case EDIT -> c.rightText().isEmpty() ? "Not in the other article"
                            : "The other article has “" + c.rightText() + "”";
                };
                Mark mark = switch (c.kind()) {
                    case MOVED -> Mark.MOVED;
                    case EQUIVALENT -> Mark.EQUIVALENT;
                    case EDIT -> Mark.CHANGE;
                };
                for (Span w : joinedAcrossSpaces(c.leftWords(), doc.text())) {
                    marks.mark(w, mark);
                    changeTips.add(w, tip);
                }
            }
        }
    }

    /** Changed words with only spaces between them read as one highlighted phrase, not a row of boxes. */
    static List<Span> joinedAcrossSpaces(List<Span> words, String text) {
        List<Span> joined = new ArrayList<>();
        for (Span w : words) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end() <= w.start() && text.substring(last.end(), w.start()).isBlank()
                    && text.substring(last.end(), w.start()).indexOf('\n') < 0) {
                joined.set(joined.size() - 1, last.union(w));
            } else {
                joined.add(w);
            }
        }
        return joined;
    }

    private void markFindings(Highlights.Builder marks, String text) {
        Map<Span, String> invisible = new LinkedHashMap<>();
        for (Finding f : doc.findings()) {
            f.<Void>match(h -> {
                marks.mark(h.span(), Mark.HOMOGLYPH);
                homoglyphTips.add(h.span(), homoglyphTip(h));
                return null;
            }, i -> {
                marks.mark(i.span(), Mark.INVISIBLE);
                String tip = invisibleTip(i, text);
                invisible.merge(i.span(), tip, (a, b) -> a + "\n" + b);
                Span neighbour = visibleNeighbour(text, i.span());
                if (neighbour != null) {
                    marks.mark(neighbour, Mark.INVISIBLE_MARK);
                    invisible.merge(neighbour, tip, (a, b) -> a + "\n" + b);
                }
                return null;
            }, b -> {
                marks.mark(b.span(), Mark.BOILERPLATE);
                furnitureTips.add(b.span(), "Page furniture: " + b.reason().description());
                return null;
            });
        }
        invisible.forEach(invisibleTips::add);
    }

    /** "U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kazаkhstan”". */
    public static String homoglyphTip(Homoglyph f) {
        String name = f.codePoint() + " " + UCharacter.getName(f.text().codePointAt(0));
        return f.imitates() != null
                ? name + " imitating '" + f.imitates() + "' in “" + f.word() + "”"
                : name + ", a letter of another script, in “" + f.word() + "”";
    }

    public static String invisibleTip(Invisible f, String text) {
        int from = f.start();
        while (from > 0 && from > f.start() - 24 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String before = text.substring(from, f.start());
        return f.codePoint() + " " + f.name() + ", an invisible character, "
                + (before.isBlank() ? "before the next word" : "after “" + before + "”");
    }

    /** The visible character before an invisible one (after it at a line's start), to frame. */
    private static Span visibleNeighbour(String text, Span invisible) {
        int before = invisible.start();
        while (before > 0 && isInvisibleAt(text, before - 1)) {
            before--;
        }
        if (before > 0 && !isLineBreak(text.charAt(before - 1))) {
            return new Span(before - Character.charCount(text.codePointBefore(before)), before);
        }
        int after = invisible.end();
        while (after < text.length() && isInvisibleAt(text, after)) {
            after++;
        }
        if (after < text.length() && !isLineBreak(text.charAt(after))) {
            return new Span(after, after + Character.charCount(text.codePointAt(after)));
        }
        return null;
    }

    private static boolean isInvisibleAt(String text, int i) {
        return Character.getType(text.charAt(i)) == Character.FORMAT;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whole lines of page furniture, with the blank lines after them, so that hiding leaves no gap. */
    private List<Span> furnitureLines(String text) {
        List<Span> hidden = new ArrayList<>();
        for (Finding f : doc.findings(Finding.Type.BOILERPLATE)) {
            int start = f.start();
            while (start > 0 && !isLineBreak(text.charAt(start - 1))) {
                start--;
            }
            int end = f.end();
            int lineEnd = end;
            while (true) {
                while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                    lineEnd++;
                }
                if (!text.substring(end, lineEnd).isBlank() || lineEnd == text.length()) {
                    break;
                }
                lineEnd += text.startsWith("\r\n", lineEnd) ? 2 : 1;
                end = lineEnd;
            }
            if (!hidden.isEmpty() && hidden.get(hidden.size() - 1).end() >= start) {
                start = hidden.remove(hidden.size() - 1).start();
            }
            hidden.add(new Span(start, Math.max(start, end)));
        }
        return hidden;
    }

    /** What the overview strip marks, in the order of the text. */
    public List<OverviewMark> overview() {
        return List.copyOf(overview);
    }

    /** The document's id in the project, or {@link CompareViewModel#NO_ID} outside one. */
    public long documentId() {
        return documentId;
    }

    public Document document() {
        return doc.document();
    }

    public AnalyzedDocument analysis() {
        return doc;
    }

    /** The article's title as it states it, else its file name. */
    public String title() {
        return Article.titleOf(doc.document());
    }

    public DisplayText display() {
        return display;
    }

    public Highlights highlights() {
        return highlights;
    }

    /** The shown text with its style classes, ready for the text area. */
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styledText() {
        return styledText;
    }

    /** The pair of the sentence at a display offset (its end included), or -1. */
    public int pairAt(int displayOffset) {
        return sentenceAt.find(display.toModel(displayOffset), true).map(s -> sentencePair[s]).orElse(-1);
    }

    /** This side of a pair in display offsets, or {@code null} when the pair has no sentence here. */
    public Span displaySpan(int pair) {
        Span span = pairs.get(pair).left();
        return span == null ? null : display.toDisplay(span);
    }

    /** The display line (text area paragraph) that holds a display offset. */
    public int lineOf(int displayOffset) {
        int i = Arrays.binarySearch(lineBreaks, displayOffset);
        return i >= 0 ? i : -i - 1;
    }

    public int lineCount() {
        return lineMasks.length;
    }

    /** The marks that start on a display line: the sentence kinds and findings its gutter glyph shows. */
    public int lineMask(int line) {
        return line >= 0 && line < lineMasks.length ? lineMasks[line] : 0;
    }

    /** The marks of the character at a display offset. */
    public int maskAt(int displayOffset) {
        return displayOffset < display.length() ? highlights.maskAt(display.toModel(displayOffset)) : 0;
    }

    /** What the analyst should read about the character at a display offset, if it is marked. */
    public Optional<String> tooltipAt(int displayOffset) {
        if (displayOffset < 0 || displayOffset >= display.length()) {
            return Optional.empty();
        }
        int m = display.toModel(displayOffset);
        List<String> lines = new ArrayList<>();
        homoglyphTips.find(m, false).ifPresent(lines::add);
        invisibleTips.find(m, false).ifPresent(lines::add);
        changeTips.find(m, false).ifPresent(lines::add);
        furnitureTips.find(m, false).ifPresent(lines::add);
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
