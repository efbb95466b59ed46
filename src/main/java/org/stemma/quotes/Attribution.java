package org.stemma.quotes;

import org.stemma.text.Span;

import java.util.List;
import java.util.Set;

/**
 * The attribution patterns of news prose around one quotation, read from the words of its sentence:
 * “…,” Taras Kuzio remarked / “…,” says Temur Umarov / Kuzio wrote on Twitter: “…” / the Atlantic Council
 * described this statement as “meaningful” / according to Reuters, … “…” / “…”, a professor has stated.
 */
final class Attribution {

    /** A speaker phrase and the words that attribute the quotation to it. */
    record Found(Mention speaker, Span cue) {
    }

    private static final Set<String> CUE_PLACES = Set.of("on", "via", "in");
    private static final Set<String> CUE_OBJECTS = Set.of("statement", "tweet", "post", "interview", "video",
            "speech", "letter", "message", "release", "briefing", "blog", "podcast");
    private static final int MAX_NAMING_GAP = 4;
    private static final Set<String> COMPLEMENTS = Set.of("for", "of", "at", "from", "with");
    private static final int MAX_COMPLEMENT = 6;

    private Attribution() {
    }

    /** An attribution after the quotation at item {@code q}, up to item {@code end} (the sentence's end). */
    static Found after(List<Words.Item> items, int q, int end) {
        int j = q + 1;
        while (j < end && items.get(j).kind() == Words.Kind.MARK && ",–—-".contains(items.get(j).text())) {
            j++;
        }
        if (j < end && items.get(j).isWord()) {
            int verb = skipAuxiliaries(items, j, end);
            if (verb < end && isVerb(items, verb)) {
                Mention m = Phrases.forward(items.subList(0, end), verb + 1);
                if (m != null) {
                    return new Found(m, cue(items, verb, end));
                }
            }
            Found f = subjectThenVerb(items, j, end);
            if (f != null) {
                return f;
            }
        }
        for (int k = q + 1; k + 1 < end; k++) {
            if (isAccordingTo(items, k)) {
                Mention m = Phrases.forward(items.subList(0, end), k + 2);
                if (m != null) {
                    return new Found(m, new Span(items.get(k).start(), items.get(k + 1).end()));
                }
            }
        }
        // "…, a professor has stated." at the sentence's end.
        int last = end;
        while (last > q + 1 && items.get(last - 1).kind() == Words.Kind.MARK) {
            last--;
        }
        for (int comma = last - 1; comma > q; comma--) {
            if (items.get(comma).is(",")) {
                Found f = subjectThenVerb(items, comma + 1, last);
                if (f != null && f.cue.end() == items.get(last - 1).end()) {
                    return f;
                }
                if (isVerb(items, comma + 1)) {
                    Mention m = Phrases.forward(items.subList(0, last), comma + 2);
                    if (m != null && m.span().end() == items.get(last - 1).end()) {
                        return new Found(m, cue(items, comma + 1, last));
                    }
                }
                break;
            }
        }
        return null;
    }

    /** An attribution before the quotation at item {@code q}, from item {@code from} (the sentence's start). */
    static Found before(List<Words.Item> items, int from, int q) {
        for (int k = q - 1; k >= from; k--) {
            if (isAccordingTo(items, k)) {
                Mention m = Phrases.forward(items.subList(0, q), k + 2);
                if (m != null) {
                    return new Found(m, new Span(items.get(k).start(), items.get(k + 1).end()));
                }
            }
            if (isVerb(items, k) && !(k > 0 && Lexicon.DETERMINERS.contains(items.get(k - 1).lower()))) {
                Mention m = Phrases.backward(items.subList(from, k + 1), k - from);
                if (m != null) {
                    return new Found(m, beforeCue(items, k, q));
                }
            }
        }
        return null;
    }

    private static Found subjectThenVerb(List<Words.Item> items, int j, int end) {
        Mention m = Phrases.forward(items.subList(0, end), j);
        if (m == null) {
            return null;
        }
        int k = j;
        while (k < end && items.get(k).end() <= m.span().end()) {
            k++;
        }
        while (k < end && items.get(k).isWord() && !isVerb(items, k) && items.get(k).end() <= m.span().end() + 1) {
            k++;
        }
        if (k < end && items.get(k).isWord() && COMPLEMENTS.contains(items.get(k).lower())) {
            // "a spokesman for the interior ministry said": the speaker phrase's complement before the verb.
            int v = k + 1;
            while (v < end && v - k <= MAX_COMPLEMENT && items.get(v).isWord() && !isVerb(items, v)) {
                v++;
            }
            if (v < end && isVerb(items, v)) {
                k = v;
            }
        }
        if (k < end && items.get(k).is(",")) {
            int close = k + 1;
            while (close < end && items.get(close).isWord()) {
                close++;
            }
            if (close < end && items.get(close).is(",") && close - k < 14) {
                k = close + 1;
            }
        }
        int verb = skipAuxiliaries(items, k, end);
        if (verb < end && isVerb(items, verb)) {
            return new Found(m, cue(items, verb, end));
        }
        return null;
    }

    private static int skipAuxiliaries(List<Words.Item> items, int k, int end) {
        while (k < end && items.get(k).isWord() && isAuxiliary(items.get(k).lower())) {
            k++;
        }
        return k;
    }

    static boolean isAuxiliary(String lower) {
        return Lexicon.AUXILIARIES.contains(lower) || lower.length() > 4 && lower.endsWith("ly")
                && !Lexicon.ORGANISATION_NOUNS.contains(lower) && !Lexicon.NOUNS_IN_LY.contains(lower);
    }

    static boolean isVerb(List<Words.Item> items, int k) {
        return k >= 0 && k < items.size() && items.get(k).isWord() && !items.get(k).capitalised()
                && Lexicon.VERBS.contains(items.get(k).text());
    }

    private static boolean isAccordingTo(List<Words.Item> items, int k) {
        return k + 1 < items.size() && items.get(k).isWord() && items.get(k).lower().equals("according")
                && items.get(k + 1).isWord() && items.get(k + 1).lower().equals("to");
    }

    /** The verb with what names where it was said: "wrote on Twitter", "said in a statement". */
    private static Span cue(List<Words.Item> items, int verb, int end) {
        int last = verb;
        if (verb + 2 < end && CUE_PLACES.contains(items.get(verb + 1).lower())) {
            Words.Item place = items.get(verb + 2);
            if (Lexicon.PLATFORMS.contains(place.lower())) {
                last = verb + 2;
            } else if (verb + 3 < end && Lexicon.DETERMINERS.contains(place.lower())
                    && CUE_OBJECTS.contains(items.get(verb + 3).lower())) {
                last = verb + 3;
            }
        }
        return new Span(items.get(verb).start(), items.get(last).end());
    }

    /** A naming verb keeps its object when it is short: "described this statement as", "calling it". */
    private static Span beforeCue(List<Words.Item> items, int verb, int q) {
        if (!Lexicon.NAMING_VERBS.contains(items.get(verb).lower())) {
            return cue(items, verb, q);
        }
        int last = q - 1;
        while (last > verb && !items.get(last).isWord()) {
            last--;
        }
        while (last > verb && Lexicon.DETERMINERS.contains(items.get(last).lower())) {
            last--;
        }
        for (int k = verb + 1; k <= last; k++) {
            if (!items.get(k).isWord()) {
                return cue(items, verb, q);
            }
        }
        if (last - verb > MAX_NAMING_GAP) {
            return cue(items, verb, q);
        }
        return new Span(items.get(verb).start(), items.get(last).end());
    }
}
