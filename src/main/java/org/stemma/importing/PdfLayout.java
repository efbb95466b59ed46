package org.stemma.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines PDFBox reads into paragraphs: running headers and footers (the same line at the top or
 * bottom of most distinct pages, page numbers aside) and page numbers are dropped, words the typesetter
 * hyphenated at a line end are rejoined while compounds keep their hyphen ({@link LineEndHyphens}), and lines are joined into paragraphs where PDFBox saw a paragraph start, after a short
 * line that ends a sentence, and across a page break only mid-sentence.
 */
final class PdfLayout {

    /** Lines looked at for a running header or footer, at each end of a page. */
    private static final int MARGIN_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)^[\\s\\-–—|]*(?:page|seite|p\\.|s\\.)?\\s*\\d{1,4}(?:\\s*(?:/|of|von|sur|de)\\s*\\d{1,4})?[\\s\\-–—|]*$");

    private record Line(String text, boolean paragraphStart) {
    }

    private PdfLayout() {
    }

    static String paragraphs(String raw) {
        List<List<Line>> pages = new ArrayList<>();
        for (String page : raw.split(String.valueOf(PdfArticleReader.PAGE), -1)) {
            List<Line> lines = new ArrayList<>();
            boolean start = false;
            for (String piece : page.split("\n", -1)) {
                int mark = piece.lastIndexOf(PdfArticleReader.PARAGRAPH);
                start |= mark >= 0;
                String text = Paragraphs.collapse(piece.replace(String.valueOf(PdfArticleReader.PARAGRAPH), ""));
                if (!text.isEmpty()) {
                    lines.add(new Line(text, start));
                    start = false;
                }
            }
            pages.add(lines);
        }
        dropRunningLines(pages);
        return join(pages);
    }

    /**
     * A running line repeats in the margins of different pages: pages that are copies of one another
     * (a document of identical pages) count once, or every line of such a document would be a header.
     */
    private static void dropRunningLines(List<List<Line>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        Set<List<String>> distinctPages = new HashSet<>();
        for (List<Line> page : pages) {
            if (!distinctPages.add(page.stream().map(l -> key(l.text())).toList())) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (inMargin(i, page.size())) {
                    keys.add(key(page.get(i).text()));
                }
            }
            keys.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int nonEmpty = (int) distinctPages.stream().filter(p -> !p.isEmpty()).count();
        int needed = Math.max(2, (nonEmpty + 1) / 2);
        for (List<Line> page : pages) {
            List<Line> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                String text = page.get(i).text();
                boolean running = PAGE_NUMBER.matcher(text).matches() || seen.getOrDefault(key(text), 0) >= needed;
                if (!(inMargin(i, page.size()) && running)) {
                    kept.add(page.get(i));
                }
            }
            page.clear();
            page.addAll(kept);
        }
    }

    private static boolean inMargin(int index, int lines) {
        return index < MARGIN_LINES || index >= lines - MARGIN_LINES;
    }

    /** Page numbers inside a running line vary, so digits are not part of its identity. */
    private static String key(String line) {
        return line.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }

    private static String join(List<List<Line>> pages) {
        int full = fullLineLength(pages);
        LineEndHyphens hyphens = new LineEndHyphens(pages.stream().flatMap(List::stream).map(Line::text).toList());
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean endsParagraph = false;
        for (List<Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                boolean pageStart = i == 0;
                boolean midSentence = !current.isEmpty() && !Paragraphs.endsSentence(current);
                boolean breakHere = pageStart ? !midSentence : line.paragraphStart() || endsParagraph;
                if (breakHere && !current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                append(current, line.text(), hyphens);
                endsParagraph = line.text().length() < full * 0.7 && Paragraphs.endsSentence(line.text());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return Paragraphs.join(paragraphs);
    }

    /**
     * Joins a line onto the paragraph: a word the typesetter split at the line end is rejoined, a
     * compound broken at its own hyphen keeps the hyphen, with no space either way.
     */
    private static void append(StringBuilder paragraph, String line, LineEndHyphens hyphens) {
        int n = paragraph.length();
        if (n == 0) {
            paragraph.append(line);
            return;
        }
        char last = paragraph.charAt(n - 1);
        if (last == '\u00AD') {
            paragraph.setLength(n - 1);
        } else if (LineEndHyphens.endsInHyphen(paragraph) && Character.isLetterOrDigit(line.codePointAt(0))) {
            if (hyphens.joins(paragraph.substring(0, n - 1), line)) {
                paragraph.setLength(n - 1);
            }
        } else {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /** The length of a full line of body text: most lines are full, the last of each paragraph is shorter. */
    private static int fullLineLength(List<List<Line>> pages) {
        int[] lengths = pages.stream().flatMap(List::stream).mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.8)];
    }
}
