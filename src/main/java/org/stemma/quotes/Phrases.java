package org.stemma.quotes;

import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/** Reads a speaker phrase forward from, or backward to, a position among an article's {@link Words}. */
final class Phrases {

    private static final int MAX_WORDS = 8;
    private static final int MAX_APPOSITIVE = 14;

    private Phrases() {
    }

    /** The phrase that starts at item {@code from}: "Central Asia expert Temur Umarov" in "says … when". */
    static Mention forward(List<Words.Item> items, int from) {
        int end = from;
        while (end < items.size() && end - from < MAX_WORDS && items.get(end).isWord()) {
            String w = items.get(end).lower();
            boolean stop = Lexicon.BOUNDARIES.contains(w) && !connectsCapitals(items, end)
                    || Lexicon.PLATFORMS.contains(w) || Lexicon.VERBS.contains(w) || Lexicon.AUXILIARIES.contains(w);
            if (stop && end > from) {
                break;
            }
            end++;
        }
        if (end == from) {
            return null;
        }
        Mention m = mention(items, from, end);
        if (m != null && m.type() != Mention.Type.PERSON && !items.get(end - 1).capitalised()
                && end + 2 < items.size() && items.get(end).is(",")) {
            // "said Kenya's interior minister, Kithure Kindiki": the name is the apposition.
            int nameEnd = end + 1;
            while (nameEnd < items.size() && nameEnd - end <= 4 && items.get(nameEnd).capitalised()) {
                nameEnd++;
            }
            if (looksLikePerson(items, end + 1, nameEnd)) {
                return mention(items, end + 1, nameEnd);
            }
        }
        return m;
    }

    /**
     * The subject that ends just before item {@code to} (a verb of saying), skipping auxiliaries and an
     * appositive: "Taras Kuzio, a political science professor, [remarked]".
     */
    static Mention backward(List<Words.Item> items, int to) {
        int end = to;
        while (end > 0 && items.get(end - 1).isWord() && Attribution.isAuxiliary(items.get(end - 1).lower())) {
            end--;
        }
        if (end > 0 && items.get(end - 1).is(",")) {
            int comma = end - 2;
            while (comma >= 0 && end - comma < MAX_APPOSITIVE && items.get(comma).isWord()) {
                comma--;
            }
            if (comma < 0 || !items.get(comma).is(",") || comma + 1 >= end - 1) {
                return null;
            }
            if (looksLikePerson(items, comma + 1, end - 1)) {
                // "The representative of the ministry, Aibek Smadiyarov, responds": the name is the apposition.
                return mention(items, comma + 1, end - 1);
            }
            end = comma;
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORDS && items.get(start - 1).isWord()) {
            Words.Item w = items.get(start - 1);
            String lower = w.lower();
            if (Lexicon.DETERMINERS.contains(lower)) {
                start--;
                break;
            }
            if (!w.capitalised() && (Lexicon.BOUNDARIES.contains(lower) && !connectsCapitals(items, start - 1)
                    || Lexicon.VERBS.contains(lower))) {
                break;
            }
            if (Lexicon.isPronoun(lower)) {
                if (start == end) {
                    start--;
                }
                break;
            }
            start--;
        }
        return start < end ? mention(items, start, end) : null;
    }

    /**
     * Whether the lower-case small word at {@code i} stands inside a name: between capitalised words, or in
     * a run of name particles between them ("Anko van der Werff").
     */
    static boolean connectsCapitals(List<Words.Item> items, int i) {
        Words.Item word = items.get(i);
        if (!word.isWord() || word.capitalised()) {
            return false;
        }
        String lower = word.lower();
        if (!Lexicon.CONNECTORS.contains(lower) && !Lexicon.NAME_PARTICLES.contains(lower)) {
            return false;
        }
        int left = i - 1;
        while (left >= 0 && isParticle(items.get(left))) {
            left--;
        }
        int right = i + 1;
        while (right < items.size() && isParticle(items.get(right))) {
            right++;
        }
        boolean chain = left < i - 1 || right > i + 1;
        if (chain && !isParticle(items.get(i))) {
            return false;
        }
        return left >= 0 && items.get(left).capitalised() && right < items.size() && items.get(right).capitalised()
                && !Lexicon.NOT_NAMES.contains(items.get(right).lower());
    }

    private static boolean isParticle(Words.Item w) {
        return w.isWord() && !w.capitalised() && Lexicon.NAME_PARTICLES.contains(w.lower());
    }

    /** Classifies the words {@code [from, to)} as a name (with the words that describe it), pronoun or description. */
    static Mention mention(List<Words.Item> items, int from, int to) {
        Words.Item first = items.get(from);
        boolean determiner = Lexicon.DETERMINERS.contains(first.lower());
        if (to - from == 1 && Lexicon.isPronoun(first.lower())) {
            return new Mention(first.span(), Mention.Type.PRONOUN, null, List.of(first.lower()));
        }
        int end = to;
        while (end > from && !items.get(end - 1).capitalised()) {
            end--;
        }
        if (end == from || determiner && end == from + 1) {
            return determiner ? description(items, from, to) : null;
        }
        int start = end - 1;
        while (start > from && (items.get(start - 1).capitalised() || connectsCapitals(items, start - 1))) {
            start--;
        }
        if (start == from && determiner && start < end - 1) {
            start++;
        }
        // Titles before a name describe it: "Prime Minister Boris Johnson" is Boris Johnson.
        int nameStart = start;
        for (int i = start; i < end - 1; i++) {
            if (Lexicon.TITLES.contains(items.get(i).lower())) {
                nameStart = i + 1;
            }
        }
        if (nameStart == end - 1 && Lexicon.NOT_NAMES.contains(items.get(nameStart).lower())) {
            return determiner ? description(items, from, to) : null;
        }
        if (end < to && isPossessive(items.get(end))) {
            // "Kenya's foreign ministry" is a body of Kenya's; "Kenya's interior minister" a description.
            int head = to - 1;
            int bodyFrom = determiner ? from + 1 : from;
            if (Lexicon.ORGANISATION_NOUNS.contains(items.get(head).lower()) && bodyFrom < head) {
                Span span = new Span(items.get(bodyFrom).start(), items.get(head).end());
                return new Mention(span, Mention.Type.BODY, text(items, bodyFrom, to), List.of());
            }
            return description(items, from, to);
        }
        if (end < to && pluralPossessive(items.get(end - 1).text())) {
            // "Farmers' groups": a plural possessive describes the noun after it, it does not name anyone.
            return description(items, from, to);
        }
        boolean articleOnly = determiner && start == from + 1;
        List<String> descriptors = new ArrayList<>();
        for (int i = from; i < nameStart; i++) {
            if (!Lexicon.DETERMINERS.contains(items.get(i).lower())) {
                descriptors.add(items.get(i).lower());
            }
        }
        if (determiner && !articleOnly && end - nameStart == 1) {
            // "the native Kazakh": one capitalised word after an adjective describes, it does not name.
            return description(items, from, to);
        }
        int mentionStart = articleOnly && nameStart == start ? from : nameStart;
        Span span = new Span(items.get(mentionStart).start(), items.get(end - 1).end());
        // "Consumer group Which?", "the electronics maker Volta": the noun before the name says it is a body.
        boolean describedAsBody = !descriptors.isEmpty()
                && Lexicon.ORGANISATION_NOUNS.contains(descriptors.get(descriptors.size() - 1));
        Mention.Type type = isBody(items, nameStart, end) || describedAsBody
                || articleOnly && !looksLikePerson(items, nameStart, end) ? Mention.Type.BODY : Mention.Type.PERSON;
        return new Mention(span, type, text(items, nameStart, end), descriptors);
    }

    private static Mention description(List<Words.Item> items, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!Lexicon.DETERMINERS.contains(items.get(i).lower())) {
                words.add(items.get(i).lower());
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return new Mention(new Span(items.get(from).start(), items.get(to - 1).end()), Mention.Type.DESCRIPTION, null, words);
    }

    static boolean isBody(List<Words.Item> items, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.ORGANISATION_WORDS.contains(items.get(i).lower())) {
                return true;
            }
        }
        String only = items.get(from).text();
        return to - from == 1 && only.length() > 1 && only.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * Two to four capitalised words with lower-case letters, none of them an organisation's word; name
     * particles may stand between them.
     */
    static boolean looksLikePerson(List<Words.Item> items, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Words.Item w = items.get(i);
            if (i > from && i < to - 1 && isParticle(w)) {
                continue;
            }
            if (!w.capitalised() || w.text().chars().noneMatch(Character::isLowerCase)
                    || Lexicon.NOT_NAMES.contains(w.lower()) || Lexicon.ORGANISATION_WORDS.contains(w.lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean pluralPossessive(String word) {
        int n = word.length();
        return n > 1 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '’')
                && (word.charAt(n - 2) == 's' || word.charAt(n - 2) == 'S');
    }

    private static boolean isPossessive(Words.Item w) {
        return w.isWord() && (w.text().equals("’s") || w.text().equals("'s"));
    }

    static String text(List<Words.Item> items, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && !isPossessive(items.get(i))) {
                b.append(' ');
            }
            b.append(items.get(i).text());
        }
        return b.toString();
    }
}
