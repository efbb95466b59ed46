package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a corpus writes each word (decision 1121): how often capitalised in the middle of ordinary prose, where
 * only a name would be, and how often in lower case; and which runs of capitalised words stand before a
 * further name ("President" before "Kassym-Jomart Tokayev"). A word one article has only at a sentence's
 * start is read with what the other articles of the story say about it. Made once per corpus in one pass
 * over its tokens; the facts of one article on its own are read with the article as its corpus.
 */
public final class CorpusWords {

    /** A title is at most this many words ("Deputy Foreign Minister"). */
    private static final int TITLE_WORDS = 3;

    private static final int PROSE = 0;
    private static final int LOWER = 1;
    private static final int ALONE = 2;

    /** By form: capitalised in prose, in lower case, capitalised in prose with no name after it. */
    private final Map<String, int[]> counts;
    /** Runs of capitalised words (forms joined by spaces) by how often a further capitalised word follows. */
    private final Map<String, Integer> titles;

    private CorpusWords(Map<String, int[]> counts, Map<String, Integer> titles) {
        this.counts = counts;
        this.titles = titles;
    }

    /** The words of these articles, read in parallel. */
    public static CorpusWords of(Collection<AnalyzedDocument> docs) {
        return docs.parallelStream().collect(() -> new CorpusWords(new HashMap<>(), new HashMap<>()),
                CorpusWords::count, CorpusWords::merge);
    }

    /** The words of one article. */
    public static CorpusWords of(AnalyzedDocument doc) {
        CorpusWords words = new CorpusWords(new HashMap<>(), new HashMap<>());
        words.count(doc);
        return words;
    }

    private void merge(CorpusWords other) {
        other.counts.forEach((form, c) -> {
            int[] mine = counts.putIfAbsent(form, c);
            if (mine != null) {
                for (int k = 0; k < mine.length; k++) {
                    mine[k] += c[k];
                }
            }
        });
        other.titles.forEach((forms, n) -> titles.merge(forms, n, Integer::sum));
    }

    private void count(AnalyzedDocument doc) {
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            boolean title = Capitals.isTitleCase(text, s);
            List<Token> tokens = s.tokens();
            int run = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int first = text.codePointAt(t.start());
                if (Character.isUpperCase(first)) {
                    if (!title && !Capitals.positional(text, tokens, i)) {
                        int[] c = counts.computeIfAbsent(t.form(), k -> new int[3]);
                        c[PROSE]++;
                        if (alone(text, tokens, i)) {
                            c[ALONE]++;
                        }
                    }
                } else if (Character.isLowerCase(first)) {
                    counts.computeIfAbsent(t.form(), k -> new int[3])[LOWER]++;
                }
                boolean capitalised = Capitals.capitalisedWord(text, tokens, i);
                run = !capitalised ? 0 : run > 0 && t.start() - tokens.get(i - 1).end() <= 1 ? run + 1 : 1;
                if (!title && run >= 2) {
                    // The last words of the run before this one are a possible title of the name going on here.
                    String before = tokens.get(i - 1).form();
                    titles.merge(before, 1, Integer::sum);
                    for (int k = i - 2; k >= i - run + 1 && k >= i - TITLE_WORDS; k--) {
                        before = tokens.get(k).form() + " " + before;
                        titles.merge(before, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Neither another capitalised word nor "of" and one follows ("President of Russia" is a title's use). */
    private static boolean alone(String text, List<Token> tokens, int i) {
        int next = i + 1;
        if (next < tokens.size() && tokens.get(next).form().equals("of")) {
            next++;
        }
        return next >= tokens.size() || !Character.isUpperCase(text.codePointAt(tokens.get(next).start()));
    }

    /** Times the corpus capitalises this form in the middle of prose. */
    int inProse(String form) {
        int[] c = counts.get(form);
        return c == null ? 0 : c[PROSE];
    }

    /** Times the corpus writes this form in lower case. */
    int inLowerCase(String form) {
        int[] c = counts.get(form);
        return c == null ? 0 : c[LOWER];
    }

    /** Times the corpus capitalises this form in prose with no name after it ("the President said"). */
    int aloneInProse(String form) {
        int[] c = counts.get(form);
        return c == null ? 0 : c[ALONE];
    }

    /** The corpus capitalises the word in prose more often than it writes it in lower case: a name. */
    boolean vouches(String form) {
        return inProse(form) > inLowerCase(form);
    }

    /** The corpus writes the word in lower case more often than it capitalises it in prose: a common word. */
    boolean doubts(String form) {
        return inLowerCase(form) > inProse(form);
    }

    /** Times these words (forms joined by spaces) stand before a further capitalised word. */
    int beforeAName(String forms) {
        return titles.getOrDefault(forms, 0);
    }
}
