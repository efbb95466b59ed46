package org.stemma.facts;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.ComparisonForm;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The numbers, dates and names an article states, outside its page furniture. */
public final class FactFinder {

    /** Capitalised words that begin sentences or name months and days rather than people or places. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "after",
            "as", "according", "however", "although", "this", "that", "these", "those", "there", "it", "he", "she",
            "they", "we", "i", "if", "when", "while", "because", "so", "since", "despite", "given", "for", "with",
            "by", "from", "even", "also", "yet", "still", "now", "his", "her", "their", "its", "our", "my", "what",
            "who", "why", "how", "where", "which", "image", "photo", "read", "more", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr");

    private FactFinder() {
    }

    public static List<Fact> find(AnalyzedDocument doc) {
        String text = doc.text();
        LocalDate dateline = Dates.dateline(doc.document().metadata().date());
        Set<String> midSentence = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (int i = 1; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (Character.isUpperCase(text.codePointAt(t.start()))) {
                    midSentence.add(t.form());
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            List<Fact> dates = Dates.find(text, s.span(), dateline);
            out.addAll(dates);
            List<Span> taken = dates.stream().map(Fact::span).toList();
            out.addAll(Numbers.find(text, s.span(), s.tokens(), taken));
            names(text, s, taken, midSentence, out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Runs of capitalised words; one that only ever begins a sentence is not taken for a name. */
    private static void names(String text, Sentence s, List<Span> taken, Set<String> midSentence, List<Fact> out) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!isName(text, tokens.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isName(text, tokens.get(i))
                    && (i == start || tokens.get(i).start() - tokens.get(i - 1).end() <= 1)) {
                i++;
            }
            if (start == 0 && i - start == 1 && !midSentence.contains(tokens.get(0).form())) {
                continue;
            }
            int end = tokens.get(i - 1).end();
            String last = text.substring(tokens.get(i - 1).start(), end);
            if (last.length() > 2 && (last.endsWith("’s") || last.endsWith("'s"))) {
                end -= 2;
            }
            Span span = new Span(tokens.get(start).start(), end);
            if (!Numbers.overlaps(taken, span)) {
                out.add(new Fact(Fact.Type.NAME, span, span.of(text), ComparisonForm.of(span.of(text)), null));
            }
        }
    }

    private static boolean isName(String text, Token t) {
        int first = text.codePointAt(t.start());
        if (!Character.isUpperCase(first) || NOT_NAMES.contains(t.form())) {
            return false;
        }
        // All capitals longer than an initialism is a shouted word ("RUSSIA has begun"), not a name.
        return t.end() - t.start() <= 4 || !t.span().of(text).chars().allMatch(c -> !Character.isLowerCase(c));
    }
}
