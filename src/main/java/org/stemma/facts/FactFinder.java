package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The numbers, dates and names an article states, outside its page furniture. */
public final class FactFinder {

    private FactFinder() {
    }

    /** The facts of an article on its own: its names are read with its own words only. */
    public static List<Fact> find(AnalyzedDocument doc) {
        return find(doc, null);
    }

    /**
     * The facts of an article of a corpus: a word the article has only at a sentence's start is read with how
     * the corpus writes it (decision 1121). {@code corpus} null reads the article alone.
     */
    public static List<Fact> find(AnalyzedDocument doc, CorpusWords corpus) {
        String text = doc.text();
        LocalDate dateline = Dates.dateline(doc.document().metadata().date());
        NameRuns names = new NameRuns(doc, corpus);
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            List<Fact> dates = Dates.find(text, s.span(), dateline);
            out.addAll(dates);
            List<Span> taken = dates.stream().map(Fact::span).toList();
            out.addAll(Numbers.find(text, s.span(), s.tokens(), taken));
            names.find(s, taken, out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
