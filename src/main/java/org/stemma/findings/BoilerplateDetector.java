package org.stemma.findings;

import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Set<String> PROMPT_WORDS = Set.of(
            "app", "apps", "download", "subscribe", "subscription", "newsletter", "newsletters", "notifications",
            "follow", "follower", "followers", "login", "share", "click", "cookie", "cookies", "privacy",
            "comments", "reply", "copyright", "website", "links", "endorse", "disclaimer", "advertisement",
            "sponsored", "smartphone", "podcast", "instagram", "tiktok", "facebook", "whatsapp", "telegram",
            "youtube", "playstore");
    private static final Set<String> PROMPT_PHRASES = Set.of(
            "sign up", "log in", "read more", "more news", "google news", "play store", "app store",
            "this site", "our site", "breaking news", "latest news", "rights reserved", "tap here");
    /** First words of the phrases: only after one of them is a word pair worth building. */
    private static final Set<String> PHRASE_STARTS = PROMPT_PHRASES.stream()
            .map(p -> p.substring(0, p.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> READER_PRONOUNS = Set.of("you", "your", "you're", "yours", "we", "we're", "our", "us");

    /** A line about the page itself, not the news: "the information on this site", "our website". */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?i)\\b(?:this|our) (?:site|website|web site|page|newsletter)\\b");
    /** Fewest words of a line that reads as prose. */
    private static final int PROSE_WORDS = 8;
    /** Verbs that open prompts: "Subscribe to…", "Follow us…", "Download the app…". */
    private static final Set<String> IMPERATIVES = Set.of(
            "subscribe", "follow", "download", "click", "sign", "share", "read", "join", "get", "tap", "watch",
            "listen", "like", "register", "log", "visit", "install", "support", "donate", "comment", "see",
            "don't", "never", "enjoy", "discover", "find", "try", "become", "leave", "send", "contact", "write",
            "keep", "stay", "check", "learn", "explore");
    /** The reader addressed; "we"/"our" are also the people a story quotes. */
    private static final Set<String> READER = Set.of("you", "your", "yours", "you're", "you've", "you'll");
    /** Verbs and auxiliaries common enough to say that a line is a sentence, with "-ed" forms. */
    private static final Set<String> VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
            "could", "may", "might", "must", "should", "shall", "do", "does", "did", "said", "says", "say",
            "told", "made", "make", "makes", "took", "take", "takes", "gave", "give", "gives", "won", "went",
            "goes", "came", "comes", "rose", "fell", "met", "left", "began", "held", "holds", "sold", "bought",
            "grew", "saw", "sees", "found", "finds", "wrote", "writes", "shows", "shown", "became", "becomes",
            "weighs", "counts", "means", "gets", "got", "runs", "ran", "keeps", "kept", "plans", "wants",
            "needs", "thinks", "knows", "hopes", "seems", "remains", "stood", "spent", "paid", "sent", "led");

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
        boolean[] repeated = repeatedLines(tokens);
        for (int p = 0; p < n; p++) {
            reasons[p] = reason(text, paragraphs, tokens, p, repeated[p]);
        }
        for (int p = 0; p + 1 < n; p++) {
            if (reasons[p] == null && reasons[p + 1] != null && reasons[p + 1] == Furniture.Reason.CAPTION
                    && tokens.get(p).size() <= 15 && !endsSentence(paragraphs.get(p).of(text))) {
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
                    && !endsSentence(paragraphs.get(end).of(text))) {
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
                && isPrompt(text, paragraphs.get(start - 1).of(text), tokens.get(start - 1))) {
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
        boolean prose = readsAsProse(line, paragraphs.get(p).start(), words);
        if (BYLINE.matcher(line).find() && words.size() <= 12 && !prose) {
            return Furniture.Reason.BYLINE;
        }
        if (isDateLine(text, words)) {
            return Furniture.Reason.DATE_LINE;
        }
        if (line.startsWith("(") && line.endsWith(")") && words.size() <= 12) {
            return Furniture.Reason.NOTE;
        }
        if (!prose && isPrompt(text, line, words)) {
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

    /**
     * Lines repeated in the page: a later copy of the headline, and any line whose word triples recur in
     * later lines (a teaser, a synopsis, a pull quote). The last copy is kept as the article's.
     */
    private static boolean[] repeatedLines(List<List<Token>> tokens) {
        int n = tokens.size();
        boolean[] repeated = new boolean[n];
        Shingles shingles = new Shingles();
        BitSet title = new BitSet();
        if (n > 0) {
            for (int s : shingles.of(tokens.get(0))) {
                title.set(s);
            }
        }
        Map<String, Integer> shortLines = new HashMap<>();
        for (List<Token> line : tokens) {
            if (line.size() <= 6) {
                shortLines.merge(key(line), 1, Integer::sum);
            }
        }
        BitSet later = new BitSet();
        for (int p = n - 1; p >= 1; p--) {
            List<Token> line = tokens.get(p);
            if (line.isEmpty()) {
                continue;
            }
            int[] own = shingles.of(line);
            boolean shortRepeat = line.size() <= 6 && shortLines.get(key(line)) > 1;
            repeated[p] = shortRepeat || containedIn(own, later) || containedIn(own, title);
            for (int s : own) {
                later.set(s);
            }
        }
        return repeated;
    }

    private static boolean containedIn(int[] own, BitSet other) {
        if (own.length == 0) {
            return false;
        }
        int found = 0;
        for (int s : own) {
            if (other.get(s)) {
                found++;
            }
        }
        return found >= 0.75 * own.length;
    }

    private static String key(List<Token> line) {
        StringBuilder sb = new StringBuilder();
        for (Token t : line) {
            sb.append(t.form()).append(' ');
        }
        return sb.toString();
    }

    /**
     * The shingles of lines, numbered, so that lines compare by int rather than by a string built for
     * every word triple (which cost more than the rest of the detector): words get ids, pairs of word ids
     * get ids, and a triple is a pair id and a word id.
     */
    private static final class Shingles {
        /** High halves of the keys of one- and two-word lines, which no pair id (never negative) makes. */
        private static final long ONE_WORD = -1L << 32;
        private static final long TWO_WORDS = -2L << 32;
        private final Map<String, Integer> words = new HashMap<>();
        private final LongIds pairs = new LongIds();
        private final LongIds shingles = new LongIds();

        /** A line's distinct word triples; a line of fewer than three words is one "shingle" of itself. */
        int[] of(List<Token> line) {
            int[] w = new int[line.size()];
            for (int i = 0; i < w.length; i++) {
                Integer id = words.get(line.get(i).form());
                if (id == null) {
                    id = words.size();
                    words.put(line.get(i).form(), id);
                }
                w[i] = id;
            }
            if (w.length < 3) {
                return w.length == 0 ? w
                        : new int[]{shingles.id(w.length == 1 ? ONE_WORD | w[0] : TWO_WORDS | pair(w[0], w[1]))};
            }
            int[] out = new int[w.length - 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = shingles.id((long) pair(w[i], w[i + 1]) << 32 | w[i + 2]);
            }
            Arrays.sort(out);
            int distinct = 0;
            for (int i = 0; i < out.length; i++) {
                if (i == 0 || out[i] != out[i - 1]) {
                    out[distinct++] = out[i];
                }
            }
            return Arrays.copyOf(out, distinct);
        }

        private int pair(int a, int b) {
            return pairs.id((long) a << 32 | b);
        }
    }

    private static boolean isDateLine(String text, List<Token> words) {
        long numeric = words.stream().filter(t -> Character.isDigit(text.charAt(t.start()))).count();
        return numeric >= 2 && numeric * 2 >= words.size() && words.size() <= 10;
    }

    /**
     * Addressed to the reader: prompt words, or one prompt word and "you"/"our" outside a quotation. A long
     * paragraph needs them densely (one word in ten) so that an article that mentions an app is not furniture.
     */
    static boolean isPrompt(String text, String line, List<Token> words) {
        int prompts = 0;
        boolean pronoun = false;
        for (int i = 0; i < words.size(); i++) {
            String form = words.get(i).form();
            if (PROMPT_WORDS.contains(form)) {
                prompts++;
            }
            if (i + 1 < words.size() && PHRASE_STARTS.contains(form)
                    && PROMPT_PHRASES.contains(form + ' ' + words.get(i + 1).form())) {
                prompts++;
            }
            pronoun |= READER_PRONOUNS.contains(form) && !isAllCaps(text, words.get(i));
        }
        boolean quoted = line.indexOf('“') >= 0 || line.indexOf('"') >= 0 || line.indexOf('«') >= 0;
        if (words.size() > 40) {
            return prompts * 10 >= words.size();
        }
        return prompts >= 2 || (prompts == 1 && pronoun && !quoted);
    }

    /**
     * A line that reads as article prose (decision 0014): a full sentence of ordinary length, with a verb,
     * not opening with a prompt and not addressed to the reader outside a quotation. Prompt words alone
     * ("shares of stock", "how a search engine weighs links") never make such a line furniture.
     */
    static boolean readsAsProse(String line, int lineStart, List<Token> words) {
        if (words.size() < PROSE_WORDS || !endsSentence(line)) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'«(".indexOf(first) >= 0)) {
            return false;
        }
        if (IMPERATIVES.contains(words.get(0).form())) {
            return false;
        }
        if (SELF_REFERENCE.matcher(line).find()) {
            return false;
        }
        boolean verb = false;
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            String form = w.form();
            if (READER.contains(form) && !insideQuotation(line, w.start() - lineStart)) {
                return false;
            }
            verb |= i > 0 && (VERBS.contains(form) || form.length() > 4 && form.endsWith("ed"));
        }
        return verb;
    }

    /** Whether an offset of the line lies inside a quotation: an odd number of quote marks before it. */
    private static boolean insideQuotation(String line, int at) {
        int open = 0;
        for (int i = 0; i < at && i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '“' || c == '«') {
                open++;
            } else if (c == '”' || c == '»') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }

    /** "US" is a country, not the reader. */
    private static boolean isAllCaps(String text, Token word) {
        if (word.end() - word.start() < 2) {
            return false;
        }
        for (int i = word.start(); i < word.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** One to three words, capitalised at both ends, no sentence punctuation: "Advertisement", "Next Story". */
    private static boolean isLabel(String text, String line, List<Token> words) {
        if (words.size() > 3 || endsSentence(line) || line.endsWith(":")) {
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

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "”\"’')]»".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }
}
