package org.stemma.findings;

import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds page furniture: lines that belong to the web page rather than to the article. It works from
 * general signals (repetition within the page, position, shape, prompts addressed to the reader) rather
 * than from a list of known strings, because every outlet words its furniture differently. Lines are
 * marked, never removed.
 */
public final class BoilerplateDetector {

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:\\b(?:image|photo|picture|pic|bild|foto|credit|source|quelle)s?\\s*:)|©"
                    + "|\\([^)]*\\b(?:photo|image|credit)s?\\b[^)]*\\)");
    private static final Pattern CAPS_PROMPT = Pattern.compile("^\\p{Lu}[\\p{Lu}'’ ]{2,}:");
    private static final Pattern BRACKET_TAG = Pattern.compile("\\[[\\p{Lu}\\d ]{2,}]\\s*$");
    private static final Pattern DOMAIN = Pattern.compile("\\b[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}\\b");
    private static final Pattern BYLINE = Pattern.compile("^By:?\\s+\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}");

    /** Longest line that may be furniture because the lines around it are. */
    private static final int SANDWICH_TOKENS = 12;

    private BoilerplateDetector() {
    }

    /**
     * @param paragraphs the article's non-blank lines
     * @param tokens     the words of each line, in the same order
     */
    public static List<Furniture> detect(String text, List<Span> paragraphs, List<List<Token>> tokens) {
        int n = paragraphs.size();
        Furniture.Reason[] reasons = new Furniture.Reason[n];
        boolean[] repeated = RepeatedLines.of(tokens);
        for (int p = 0; p < n; p++) {
            reasons[p] = reason(text, paragraphs, tokens, p, repeated[p]);
        }
        for (int p = 0; p + 1 < n; p++) {
            if (reasons[p] == null && reasons[p + 1] != null && reasons[p + 1] == Furniture.Reason.CAPTION
                    && tokens.get(p).size() <= 15 && !ProseOrPrompt.endsSentence(paragraphs.get(p).of(text))) {
                reasons[p] = Furniture.Reason.IMAGE_DESCRIPTION;
            }
        }
        markRunsBetweenFurniture(text, paragraphs, reasons, tokens);
        markPromptsInTheTrailingFurniture(text, paragraphs, reasons, tokens);
        List<Furniture> findings = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (reasons[p] != null) {
                Span span = paragraphs.get(p);
                findings.add(new Furniture(span, span.of(text), reasons[p]));
            }
        }
        return findings;
    }

    /**
     * A run of one or two short lines that are not sentences, with furniture on both sides (or the page's
     * end), is furniture too: "You may like" between a source line and a list of trends.
     */
    private static void markRunsBetweenFurniture(String text, List<Span> paragraphs, Furniture.Reason[] reasons,
                                                 List<List<Token>> tokens) {
        int n = reasons.length;
        int p = 1;
        while (p < n) {
            if (reasons[p] != null || reasons[p - 1] == null) {
                p++;
                continue;
            }
            int end = p;
            while (end < n && reasons[end] == null && tokens.get(end).size() <= SANDWICH_TOKENS
                    && !ProseOrPrompt.endsSentence(paragraphs.get(end).of(text))) {
                end++;
            }
            boolean closed = end == n || reasons[end] != null;
            if (closed && end - p <= 2) {
                for (int q = p; q < end; q++) {
                    reasons[q] = Furniture.Reason.BETWEEN_FURNITURE;
                }
            }
            p = Math.max(end, p + 1);
        }
    }

    /**
     * Prompt-worded lines that read as prose but close the page inside its furniture (a disclaimer after
     * the copyright line: "The inclusion of any links does not imply…") are furniture: nothing of the
     * article follows them, and the line before them is furniture of its own evidence, not a label.
     */
    private static void markPromptsInTheTrailingFurniture(String text, List<Span> paragraphs,
                                                          Furniture.Reason[] reasons, List<List<Token>> tokens) {
        int end = reasons.length;
        while (end > 0 && reasons[end - 1] != null) {
            end--;
        }
        int start = end;
        while (start > 0 && reasons[start - 1] == null
                && ProseOrPrompt.isPrompt(text, paragraphs.get(start - 1).of(text), tokens.get(start - 1))) {
            start--;
        }
        Furniture.Reason before = start > 0 ? reasons[start - 1] : null;
        if (start < end && before != null && before != Furniture.Reason.SHORT_LABEL
                && before != Furniture.Reason.BETWEEN_FURNITURE) {
            for (int p = start; p < end; p++) {
                reasons[p] = Furniture.Reason.CALL_TO_ACTION;
            }
        }
    }

    private static Furniture.Reason reason(String text, List<Span> paragraphs, List<List<Token>> tokens, int p, boolean repeated) {
        String line = paragraphs.get(p).of(text);
        List<Token> words = tokens.get(p);
        if (words.isEmpty()) {
            return Furniture.Reason.NO_WORDS;
        }
        if (repeated) {
            return Furniture.Reason.REPEATED;
        }
        if (mayHoldCredit(line) && CREDIT.matcher(line).find()) {
            return Furniture.Reason.CAPTION;
        }
        if (line.endsWith("...") || line.endsWith("…")) {
            return Furniture.Reason.TRUNCATED;
        }
        if (CAPS_PROMPT.matcher(line).find()) {
            return Furniture.Reason.LINK_PROMPT;
        }
        if (BRACKET_TAG.matcher(line).find()) {
            return Furniture.Reason.LINK_LIST;
        }
        boolean prose = ProseOrPrompt.readsAsProse(line, paragraphs.get(p).start(), words);
        if (BYLINE.matcher(line).find() && words.size() <= 12 && !prose) {
            return Furniture.Reason.BYLINE;
        }
        if (isDateLine(text, words)) {
            return Furniture.Reason.DATE_LINE;
        }
        if (line.startsWith("(") && line.endsWith(")") && words.size() <= 12) {
            return Furniture.Reason.NOTE;
        }
        if (!prose && ProseOrPrompt.isPrompt(text, line, words)) {
            return Furniture.Reason.CALL_TO_ACTION;
        }
        if (!prose && words.size() <= 25 && mayHoldDomain(line) && DOMAIN.matcher(line).find()) {
            return Furniture.Reason.SITE_REFERENCE;
        }
        if (isLabel(text, line, words) && !continuesIntoNext(text, paragraphs, p)) {
            return Furniture.Reason.SHORT_LABEL;
        }
        return null;
    }

    /** Cheap tests that let most lines skip the regular expressions, which dominate the cost otherwise. */
    private static boolean mayHoldCredit(String line) {
        return line.indexOf(':') >= 0 || line.indexOf('©') >= 0 || line.indexOf('(') >= 0;
    }

    private static boolean mayHoldDomain(String line) {
        for (int i = line.indexOf('.'); i > 0 && i + 2 < line.length(); i = line.indexOf('.', i + 1)) {
            char next = line.charAt(i + 1);
            if (next >= 'a' && next <= 'z' && Character.isLetterOrDigit(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateLine(String text, List<Token> words) {
        long numeric = words.stream().filter(t -> Character.isDigit(text.charAt(t.start()))).count();
        return numeric >= 2 && numeric * 2 >= words.size() && words.size() <= 10;
    }

    /** One to three words, capitalised at both ends, no sentence punctuation: "Advertisement", "Next Story". */
    private static boolean isLabel(String text, String line, List<Token> words) {
        if (words.size() > 3 || ProseOrPrompt.endsSentence(line) || line.endsWith(":")) {
            return false;
        }
        int first = text.codePointAt(words.get(0).start());
        int last = text.codePointAt(words.get(words.size() - 1).start());
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && (Character.isUpperCase(last) || Character.isDigit(last));
    }

    /** A line broken in mid-sentence: the next line carries on in lower case or after a colon. */
    private static boolean continuesIntoNext(String text, List<Span> paragraphs, int p) {
        if (p + 1 >= paragraphs.size()) {
            return false;
        }
        int c = text.codePointAt(paragraphs.get(p + 1).start());
        return Character.isLowerCase(c) || c == ':' || c == ',' || c == ';';
    }
}
