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

    public static List<Fact> find(AnalyzedDocument doc) {
        String text = doc.text();
        LocalDate dateline = Dates.dateline(doc.document().metadata().date());
        NameRuns names = new NameRuns(doc);
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
