package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.ComparisonForm;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of one article: runs of capitalised words, read with what the article itself says about each
 * word (decision 1120). English capitalises a word for two reasons, because it is a name or because of where
 * it stands (a sentence's first word, the first word inside quotation marks or after a colon, every word of
 * a headline in title case). A word capitalised only where it stands is taken for part of a name when the
 * article also capitalises it in the middle of ordinary prose; one the article also writes in lower case
 * ("Is Putin…", "only") or that stands before no name of its own is not. A demonym ("Kazakh", "Russian",
 * "Ukrainians"), recognised because the article names the place it is formed from, is a name of its own,
 * never glued to the next one: "Kazakh Yunisbai" is Kazakh and Yunisbai; nor is a possessive
 * ("Kazakhstan’s President Tokayev").
 */
final class NameRuns {

    /**
     * English's closed word classes (articles, determiners and quantifiers, pronouns, prepositions,
     * conjunctions, auxiliary and modal verbs, focusing adverbs), the months and days, and a few words of
     * page furniture: capitalised, they begin a sentence or a heading and never name a person or place.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "some", "any", "all", "each", "every", "no", "both",
            "either", "neither", "many", "much", "most", "few", "several", "such", "another", "other",
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "his", "her", "its", "our",
            "their", "my", "your", "there", "here", "what", "who", "whom", "whose", "why", "how", "where", "which",
            "in", "on", "at", "by", "for", "with", "from", "of", "to", "into", "onto", "about", "above", "across",
            "after", "against", "along", "among", "around", "before", "behind", "below", "between", "beyond",
            "during", "inside", "near", "over", "through", "throughout", "under", "until", "upon", "within",
            "without", "as", "according", "despite", "given",
            "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "because", "since", "although",
            "though", "however", "unless", "whether", "than", "once",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could",
            "will", "would", "shall", "should", "might", "must",
            "only", "just", "even", "also", "still", "now", "then", "not", "never", "perhaps", "thus",
            "image", "photo", "read", "more",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr");
    /** Opening marks after which a word is capitalised because a quotation starts. */
    private static final String OPENING = "“„«‘‚\"'";
    /** Headline words shorter than this are let off title case ("of", "to", "in", "on", "a"). */
    private static final int TITLE_WORD = 4;
    /** A headline in title case has at least this many longer words, every one capitalised. */
    private static final int TITLE_WORDS = 3;

    /** A run ending in one of these names a body, and a demonym before it belongs to it: "European Union". */
    private static final Set<String> BODIES = Set.of("union", "federation", "republic", "council", "commission",
            "committee", "ministry", "government", "parliament", "assembly", "army", "navy", "party", "church",
            "academy", "institute", "university", "college", "bank", "agency", "airlines", "league", "association",
            "society", "foundation", "congress", "court", "service", "company", "corporation", "alliance", "front");

    private final String text;
    /** Forms the article capitalises where nothing but a name would be (mid-sentence, in prose). */
    private final Set<String> capitalisedInProse = new HashSet<>();
    /** Forms the article writes in lower case somewhere. */
    private final Set<String> lowerCase = new HashSet<>();
    /** Forms of capitalised words anywhere (a possessive's 's dropped), from which demonyms are recognised. */
    private final Set<String> capitalised = new HashSet<>();
    /** Capitalised words that are the people or adjective of a place the article names, and those places. */
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    private final Set<Sentence> titleCase = new HashSet<>();

    NameRuns(AnalyzedDocument doc) {
        text = doc.text();
        for (Sentence s : doc.sentences()) {
            boolean title = isTitleCase(s);
            if (title) {
                titleCase.add(s);
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int first = text.codePointAt(t.start());
                if (Character.isUpperCase(first)) {
                    capitalised.add(bare(t.form()));
                    if (!title && !positional(tokens, i)) {
                        capitalisedInProse.add(t.form());
                    }
                } else if (Character.isLowerCase(first)) {
                    lowerCase.add(t.form());
                }
            }
        }
        pairDemonyms();
    }

    private void pairDemonyms() {
        for (String word : capitalised) {
            String singular = word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
            for (String form : singular.equals(word) ? List.of(word) : List.of(word, singular)) {
                for (String place : bases(form)) {
                    if (!place.equals(word) && capitalised.contains(place)) {
                        demonyms.add(word);
                        places.add(place);
                    }
                }
                // Turkish of Turkey, Polish of Poland, Swedish of Sweden: the place begins with the stem.
                if (form.endsWith("ish") && form.length() >= 6) {
                    String stem = form.substring(0, form.length() - 3);
                    for (String place : capitalised) {
                        if (place.startsWith(stem) && place.length() <= stem.length() + 3 && !place.equals(form)
                                && place.chars().allMatch(Character::isLetter)) {
                            demonyms.add(word);
                            places.add(place);
                        }
                    }
                }
            }
        }
    }

    private static String bare(String form) {
        return form.replaceFirst("['’]s$", "");
    }

    /** The names of sentence {@code s} that overlap none of {@code taken}. */
    void find(Sentence s, List<Span> taken, List<Fact> out) {
        List<Token> tokens = s.tokens();
        boolean title = titleCase.contains(s);
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalisedWord(tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && capitalisedWord(tokens.get(i))
                    && (i == start || tokens.get(i).start() - tokens.get(i - 1).end() <= 1)) {
                i++;
            }
            emit(tokens.subList(start, i), title, start, tokens, taken, out);
        }
    }

    /** One run of capitalised words: position-capitalised words dropped from its front, demonyms split off. */
    private void emit(List<Token> run, boolean title, int offset, List<Token> tokens, List<Span> taken, List<Fact> out) {
        int from = 0;
        while (from < run.size() && (title || positional(tokens, offset + from))
                && !nameWord(run, from, title)) {
            from++;
        }
        int part = from;
        for (int k = from; k < run.size(); k++) {
            String form = run.get(k).form();
            if (title && !capitalisedInProse.contains(form) && !isDemonym(form) && !isPlaceOfDemonym(form)) {
                add(run, part, k, taken, out);
                part = k + 1;
            } else if (k + 1 < run.size() && possessive(run.get(k))) {
                add(run, part, k + 1, taken, out);
                part = k + 1;
            } else if (isDemonym(form) && k + 1 < run.size()
                    && !BODIES.contains(bare(run.get(run.size() - 1).form()))) {
                add(run, part, k, taken, out);
                add(run, k, k + 1, taken, out);
                part = k + 1;
            }
        }
        add(run, part, run.size(), taken, out);
    }

    /**
     * Whether the position-capitalised word {@code k} of the run is part of a name: the article capitalises
     * it in prose, it is a demonym of a place the article names or such a place ("Peru depends", beside
     * "Peruvian"), or (in prose only) it never writes it in lower case and a name word follows that is not a
     * demonym ("Timur Suleimenov said", not "Prominent Russian figures").
     */
    private boolean nameWord(List<Token> run, int k, boolean title) {
        String form = run.get(k).form();
        if (capitalisedInProse.contains(form) || isDemonym(form) || isPlaceOfDemonym(form)) {
            return true;
        }
        return !title && !lowerCase.contains(form) && k + 1 < run.size() && !isDemonym(run.get(k + 1).form());
    }

    /** "Kazakhstan’s President Tokayev" names two things: the possessive ends the first. */
    private boolean possessive(Token t) {
        String word = t.span().of(text);
        return word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"));
    }

    private void add(List<Token> run, int from, int to, List<Span> taken, List<Fact> out) {
        if (from >= to) {
            return;
        }
        int end = run.get(to - 1).end() - (possessive(run.get(to - 1)) ? 2 : 0);
        Span span = new Span(run.get(from).start(), end);
        if (!Numbers.overlaps(taken, span)) {
            out.add(new Fact(Fact.Type.NAME, span, span.of(text), ComparisonForm.of(span.of(text)), null));
        }
    }

    private boolean capitalisedWord(Token t) {
        int first = text.codePointAt(t.start());
        if (!Character.isUpperCase(first) || NOT_NAMES.contains(t.form())) {
            return false;
        }
        // All capitals longer than an initialism is a shouted word ("RUSSIA has begun"), not a name.
        return t.end() - t.start() <= 4 || !t.span().of(text).chars().allMatch(c -> !Character.isLowerCase(c));
    }

    /** The sentence's first word, or the first after an opening quotation mark or a colon. */
    private boolean positional(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int start = tokens.get(i).start();
        String gap = text.substring(tokens.get(i - 1).end(), start);
        char before = text.charAt(start - 1);
        return gap.contains(":") || gap.contains("\n")
                || (OPENING.indexOf(before) >= 0 && (gap.length() == 1 || Character.isWhitespace(gap.charAt(gap.length() - 2))));
    }

    /** Every word of four letters or more capitalised, and at least three of them: a headline's title case. */
    private boolean isTitleCase(Sentence s) {
        int words = 0;
        for (Token t : s.tokens()) {
            int first = text.codePointAt(t.start());
            if (!Character.isLetter(first) || t.end() - t.start() < TITLE_WORD) {
                continue;
            }
            if (!Character.isUpperCase(first)) {
                return false;
            }
            words++;
        }
        return words >= TITLE_WORDS;
    }

    /**
     * Whether the article names a place this word is the people or adjective of, by English demonym
     * endings: Kazakh and Kazakhs of Kazakhstan, Uzbek of Uzbekistan, Kazakhstani, Russian of Russia,
     * Ukrainian of Ukraine, European of Europe, Italian of Italy, Chinese of China, Western of West.
     */
    boolean isDemonym(String form) {
        return demonyms.contains(bare(form));
    }

    /** Whether the article names this place by a demonym too ("Peru" beside "Peruvian"). */
    private boolean isPlaceOfDemonym(String form) {
        return places.contains(bare(form));
    }

    /** The places a word could be the demonym of. */
    private static List<String> bases(String w) {
        List<String> out = new ArrayList<>();
        out.add(w + "stan");
        out.add(w + "istan");
        if (w.endsWith("i") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ern") && w.length() > 5) {
            out.add(w.substring(0, w.length() - 3));
        }
        for (String suffix : List.of("ian", "ean", "an", "n", "ese")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "a");
                out.add(stem + "e");
                out.add(stem + "y");
            }
        }
        return out;
    }
}
