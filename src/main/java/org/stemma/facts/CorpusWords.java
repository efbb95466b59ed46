package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<String, int[]> counts;
    private final Set<String> titles;

    private CorpusWords(Map<String, int[]> counts, Set<String> titles) {
        this.counts = counts;
        this.titles = titles;
    }

    /** The words of these articles, read in parallel. */
    public static CorpusWords of(Collection<AnalyzedDocument> docs) {
        Map<String, int[]> counts = new ConcurrentHashMap<>();
        Set<String> titles = ConcurrentHashMap.newKeySet();
        docs.parallelStream().forEach(d -> {
            CorpusWords one = of(d);
            one.counts.forEach((form, c) -> counts.merge(form, c, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
            titles.addAll(one.titles);
        });
        return new CorpusWords(counts, titles);
    }

    /** The words of one article. */
    public static CorpusWords of(AnalyzedDocument doc) {
        Map<String, int[]> counts = new HashMap<>();
        Set<String> titles = new java.util.HashSet<>();
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
                        counts.computeIfAbsent(t.form(), k -> new int[2])[0]++;
                    }
                } else if (Character.isLowerCase(first)) {
                    counts.computeIfAbsent(t.form(), k -> new int[2])[1]++;
                }
                boolean joins = Capitals.capitalisedWord(text, tokens, i)
                        && (run == 0 || t.start() - tokens.get(i - 1).end() <= 1);
                run = joins ? run + 1 : Capitals.capitalisedWord(text, tokens, i) ? 1 : 0;
                if (!title && run >= 2) {
                    // The words before this one are a possible title of the name that goes on here.
                    StringBuilder prefix = new StringBuilder();
                    for (int k = i - run + 1; k < i && k < i - run + 1 + TITLE_WORDS; k++) {
                        prefix.append(prefix.isEmpty() ? "" : " ").append(tokens.get(k).form());
                        titles.add(prefix.toString());
                    }
                }
            }
        }
        return new CorpusWords(counts, titles);
    }

    /** Times the corpus capitalises this form in the middle of prose. */
    int inProse(String form) {
        int[] c = counts.get(form);
        return c == null ? 0 : c[0];
    }

    /** Times the corpus writes this form in lower case. */
    int inLowerCase(String form) {
        int[] c = counts.get(form);
        return c == null ? 0 : c[1];
    }

    /** The corpus capitalises the word in prose more often than it writes it in lower case: a name. */
    boolean vouches(String form) {
        return inProse(form) > inLowerCase(form);
    }

    /** The corpus writes the word in lower case more often than it capitalises it in prose: a common word. */
    boolean doubts(String form) {
        return inLowerCase(form) > inProse(form);
    }

    /** Whether these words (forms joined by spaces) stand somewhere before a further capitalised word. */
    boolean standsBeforeAName(String forms) {
        return titles.contains(forms);
    }
}
