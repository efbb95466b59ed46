package org.stemma.findings;

import org.stemma.text.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a line reads as article prose or as a prompt addressed to the reader, by its words: the two
 * signals of {@link BoilerplateDetector} that weigh a line's wording rather than its place or shape.
 */
final class ProseOrPrompt {

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
            .map(p -> p.substring(0, p.indexOf(' '))).collect(Collectors.toUnmodifiableSet());
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

    private ProseOrPrompt() {
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

    /** Whether a line ends as a sentence does, closing quotes and brackets aside. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "”\"’')]»".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }
}
