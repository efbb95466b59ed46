package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.ComparisonForm;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of one article: runs of capitalised words, read with what the article and its corpus say about
 * each word (decisions 1120, 1121). English capitalises a word for two reasons, because it is a name or
 * because of where it stands ({@link Capitals}). A word capitalised only where it stands is taken for part
 * of a name when the article capitalises it in the middle of ordinary prose, or the corpus does so more
 * often than it writes it in lower case, or it is a place or a demonym, or it is a subject on its own
 * ("Manila accused…"); one the article also writes in lower case ("Is Putin…", "only") is not. A demonym
 * ("Kazakh", "Irish", "Ukrainians") is a name of its own, never glued to the next one: "Kazakh Yunisbai" is
 * Kazakh and Yunisbai; nor is a possessive ("Kazakhstan’s President Tokayev"). A title standing alone
 * ("the President said") names no one and is left out.
 */
final class NameRuns {

    /** A run ending in one of these names a body, and a demonym before it belongs to it: "European Union". */
    private static final Set<String> BODIES = Set.of("union", "federation", "republic", "council", "commission",
            "committee", "ministry", "government", "parliament", "assembly", "army", "navy", "party", "church",
            "academy", "institute", "university", "college", "bank", "agency", "airlines", "league", "association",
            "society", "foundation", "congress", "court", "service", "company", "corporation", "alliance", "front",
            "office");
    /**
     * Verbs of saying, and (before a participle) the auxiliaries of the perfect: a capitalised word at a
     * sentence's start followed by one is the sentence's subject on its own, as a name is ("Beijing said",
     * "Beijing has pressed"); an adjective is not ("Thai police said").
     */
    private static final Set<String> SUBJECT_VERBS = Set.of("said", "says", "say", "told", "tells", "accused",
            "accuses", "announced", "announces", "denied", "denies", "warned", "warns", "welcomed", "welcomes",
            "urged", "urges", "insisted", "insists", "claimed", "claims", "confirmed", "confirms", "rejected",
            "rejects", "condemned", "condemns", "responded", "replied", "argued", "stated", "demanded");
    private static final Set<String> PERFECT = Set.of("has", "had", "have");
    /** A sentence-initial "Geophysicist Magnus…" is an occupation before a name, not a first name. */
    private static final List<String> AGENT_NOUNS = List.of("ist", "yst");
    private static final int AGENT_NOUN = 6;
    /** An apposition after a sentence's first word is at most this many words ("the state copper firm"). */
    private static final int APPOSITION_WORDS = 6;

    private final String text;
    private final CorpusWords article;
    private final CorpusWords corpus;
    /** Forms of capitalised words anywhere (a possessive's 's dropped), from which demonyms are recognised. */
    private final Set<String> capitalised = new HashSet<>();
    /** Capitalised words that are the people or adjective of a place the article names, and those places. */
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> places = new HashSet<>();
    /** The article's capitalised words that are places CLDR names, or their demonyms (decision 1121). */
    private final Set<String> knownPlaces = new HashSet<>();
    private final Set<String> knownDemonyms = new HashSet<>();
    private final Set<Sentence> titleCase = new HashSet<>();

    NameRuns(AnalyzedDocument doc) {
        this(doc, null);
    }

    /** The names of {@code doc}, read with what {@code corpus} (null: the article alone) says of its words. */
    NameRuns(AnalyzedDocument doc, CorpusWords corpus) {
        text = doc.text();
        article = CorpusWords.of(doc);
        this.corpus = corpus == null ? article : corpus;
        for (Sentence s : doc.sentences()) {
            if (Capitals.isTitleCase(text, s)) {
                titleCase.add(s);
            }
            for (Token t : s.tokens()) {
                if (Character.isUpperCase(text.codePointAt(t.start()))) {
                    capitalised.add(bare(t.form()));
                }
            }
        }
        pairDemonyms();
        for (String word : capitalised) {
            if (Demonyms.knownPlace(word)) {
                knownPlaces.add(word);
            } else if (Demonyms.knownDemonym(word)) {
                knownDemonyms.add(word);
            }
        }
    }

    private void pairDemonyms() {
        for (String word : capitalised) {
            String singular = Demonyms.singular(word);
            for (String form : singular.equals(word) ? List.of(word) : List.of(word, singular)) {
                for (String place : Demonyms.bases(form)) {
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
            if (!Capitals.capitalisedWord(text, tokens, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && Capitals.capitalisedWord(text, tokens, i)
                    && (i == start || tokens.get(i).start() - tokens.get(i - 1).end() <= 1)) {
                i++;
            }
            emit(tokens.subList(start, i), title, start, tokens, taken, out);
        }
    }

    /** One run of capitalised words: position-capitalised words dropped from its front, demonyms split off. */
    private void emit(List<Token> run, boolean title, int offset, List<Token> tokens, List<Span> taken, List<Fact> out) {
        int from = 0;
        while (from < run.size() && (title || Capitals.positional(text, tokens, offset + from))
                && !nameWord(run, from, title, tokens, offset)) {
            from++;
        }
        int part = from;
        for (int k = from; k < run.size(); k++) {
            String form = run.get(k).form();
            if (title && !vouched(form)) {
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
     * Evidence that a word is a name wherever it stands: the article capitalises it in prose, the corpus does
     * more often than it writes it in lower case, or it is a place or a demonym the article does not write
     * in lower case.
     */
    private boolean vouched(String form) {
        if (article.inProse(form) > 0 || corpus.vouches(form) || demonyms.contains(bare(form))
                || places.contains(bare(form))) {
            return true;
        }
        String bare = bare(form);
        return article.inLowerCase(form) == 0 && !corpus.doubts(form)
                && (knownPlaces.contains(bare) || knownDemonyms.contains(bare));
    }

    /**
     * Whether the position-capitalised word {@code k} of the run is part of a name: it is vouched for, or (in
     * prose only) the article never writes it in lower case and either a name word follows that is not a
     * demonym ("Timur Suleimenov said", not "Prominent Russian figures" nor "Geophysicist Magnus…"), or it
     * is the sentence's subject on its own ("Beijing said", "Brussels and London welcomed", "Codelco, the
     * state copper firm, sent").
     */
    private boolean nameWord(List<Token> run, int k, boolean title, List<Token> tokens, int offset) {
        String form = run.get(k).form();
        if (vouched(form)) {
            return true;
        }
        if (title || article.inLowerCase(form) > 0) {
            return false;
        }
        if (k + 1 < run.size()) {
            return !isDemonym(run.get(k + 1).form()) && AGENT_NOUNS.stream().noneMatch(
                    s -> form.endsWith(s) && form.length() >= AGENT_NOUN);
        }
        return k == 0 && run.size() == 1 && !corpus.doubts(form) && !corpus.doubts(Demonyms.singular(form))
                && subjectOnItsOwn(tokens, offset + 1);
    }

    /**
     * A verb of saying follows (after "has" only a participle), or "and" with a name after it, or an
     * apposition between commas before the verb ("Codelco, the state copper firm, sent…").
     */
    private boolean subjectOnItsOwn(List<Token> tokens, int next) {
        if (next >= tokens.size() || !Character.isLowerCase(text.codePointAt(tokens.get(next).start()))) {
            return false;
        }
        String verb = tokens.get(next).form();
        if (gapHasComma(tokens, next)) {
            return apposition(tokens, next);
        }
        if (verb.equals("and") || verb.equals("or")) {
            return next + 1 < tokens.size() && Capitals.capitalisedWord(text, tokens, next + 1)
                    && article.inProse(tokens.get(next + 1).form()) > 0;
        }
        if (PERFECT.contains(verb)) {
            return next + 1 < tokens.size()
                    && tokens.get(next + 1).form().matches("\\p{Ll}+(ed|en)");
        }
        return SUBJECT_VERBS.contains(verb);
    }

    /** "the state copper firm," or "a unit of Vingroup," closed by a comma, and a lower-case word after it. */
    private boolean apposition(List<Token> tokens, int from) {
        if (!Set.of("the", "a", "an").contains(tokens.get(from).form())) {
            return false;
        }
        for (int i = from + 1; i < tokens.size() && i <= from + APPOSITION_WORDS; i++) {
            if (gapHasComma(tokens, i)) {
                return i - from > 1 && Character.isLowerCase(text.codePointAt(tokens.get(i).start()));
            }
        }
        return false;
    }

    private boolean gapHasComma(List<Token> tokens, int i) {
        return text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",");
    }

    /** "Kazakhstan’s President Tokayev" names two things: the possessive ends the first. */
    private boolean possessive(Token t) {
        String word = t.span().of(text);
        return word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"));
    }

    private void add(List<Token> run, int from, int to, List<Span> taken, List<Fact> out) {
        if (from >= to || loneTitle(run.subList(from, to))) {
            return;
        }
        int end = run.get(to - 1).end() - (possessive(run.get(to - 1)) ? 2 : 0);
        Span span = new Span(run.get(from).start(), end);
        if (!Numbers.overlaps(taken, span)) {
            out.add(new Fact(Fact.Type.NAME, span, span.of(text), ComparisonForm.of(span.of(text)), null));
        }
    }

    /**
     * A title with no name after it ("the Kazakh President’s decision", decision 1121): words the corpus
     * writes before a name more often than it capitalises their last word with no name after it, and
     * writes that word in lower case ("our president") at least as often (a surname that is also a word,
     * "Brown said", is not a title); not an initialism ("US", whose form is the pronoun's), a demonym or a
     * place.
     */
    private boolean loneTitle(List<Token> words) {
        Token end = words.get(words.size() - 1);
        String last = bare(end.form());
        int alone = corpus.aloneInProse(last);
        if (end.span().of(text).chars().noneMatch(Character::isLowerCase) || corpus.inLowerCase(last) == 0
                || corpus.inLowerCase(last) < alone || isDemonym(last) || isPlaceOfDemonym(last)) {
            return false;
        }
        StringBuilder forms = new StringBuilder();
        for (Token t : words.subList(0, words.size() - 1)) {
            forms.append(t.form()).append(' ');
        }
        return corpus.beforeAName(forms.append(last).toString()) > alone;
    }

    /**
     * Whether this word is the people or adjective of a place the article names, or of a country or region
     * CLDR names (not written in lower case by the article).
     */
    boolean isDemonym(String form) {
        String bare = bare(form);
        return demonyms.contains(bare) || article.inLowerCase(form) == 0 && knownDemonyms.contains(bare);
    }

    /** Whether the article names this place by a demonym too ("Peru" beside "Peruvian"), or CLDR names it. */
    private boolean isPlaceOfDemonym(String form) {
        String bare = bare(form);
        return places.contains(bare) || knownPlaces.contains(bare);
    }
}
