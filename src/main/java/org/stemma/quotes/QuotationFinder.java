package org.stemma.quotes;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.QuoteMarks;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every direct quotation of an article with its speaker and cue (decision record 1100). Page furniture is
 * skipped; the first paragraph is read as the headline, whose quotations borrow the speaker of the body
 * quotation they repeat.
 */
public final class QuotationFinder {

    private static final double HEADLINE_SHARE = 0.6;
    /** Between the parts of a split quotation: the attribution, ending with the comma or dash that hands back. */
    private static final java.util.regex.Pattern HANDS_BACK = java.util.regex.Pattern.compile("[,–—]?[^.!?;:\\n]{1,80}[,–—]");

    /** A quotation being built, with the paragraph items it was read from. */
    private static final class Draft {
        final List<Span> parts = new ArrayList<>();
        final int paragraph;
        int lastParagraph;
        int open;
        int close;
        Attribution.Found found;
        boolean inherited;
        boolean wholeParagraph;
        boolean wholeSentence;

        Draft(int paragraph) {
            this.paragraph = paragraph;
            this.lastParagraph = paragraph;
        }
    }

    private record Paragraph(Span span, List<QuoteMarks.Quote> quotes, List<Words.Item> items, List<Span> sentences) {
    }

    private QuotationFinder() {
    }

    public static List<Quotation> find(AnalyzedDocument doc) {
        String text = doc.text();
        List<Paragraph> paragraphs = paragraphs(doc);
        Names names = new Names(text);
        for (Paragraph p : paragraphs) {
            if (p != null) {
                names.scan(p.items);
            }
        }
        List<Draft> drafts = chains(paragraphs);
        for (Draft d : drafts) {
            attribute(d, paragraphs);
            if (d.found != null) {
                names.note(d.found.speaker());
            }
        }
        splits(drafts, paragraphs, text);
        continuations(drafts, paragraphs, text);
        List<Quotation> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(quotation(d, text, names, paragraphs));
        }
        headlines(out, drafts, text);
        return out;
    }

    private static List<Paragraph> paragraphs(AnalyzedDocument doc) {
        String text = doc.text();
        List<List<Span>> sentences = new ArrayList<>();
        boolean[] article = new boolean[doc.paragraphs().size()];
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            sentences.add(new ArrayList<>());
        }
        for (Sentence s : doc.sentences()) {
            sentences.get(s.paragraph()).add(s.span());
            article[s.paragraph()] |= !s.boilerplate();
        }
        List<Paragraph> out = new ArrayList<>();
        boolean leftOpen = false;
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Span span = doc.paragraphs().get(i);
            if (!article[i] && i > 0) {
                out.add(null);
                leftOpen = false;
                continue;
            }
            List<QuoteMarks.Quote> quotes = new ArrayList<>();
            int from = span.start();
            int closer = leftOpen ? lineBrokenCloser(text, span) : -1;
            if (closer >= 0) {
                // A text whose lines were broken inside a paragraph: the quotation goes on without a mark.
                quotes.add(new QuoteMarks.Quote(new Span(span.start(), closer), span.start(), closer));
                from = closer + 1;
            }
            for (QuoteMarks.Quote q : QuoteMarks.quotes(text, new Span(from, span.end()))) {
                if (q.inside().of(text).codePoints().anyMatch(Character::isLetterOrDigit)) {
                    quotes.add(q);
                }
            }
            leftOpen = !quotes.isEmpty() && !quotes.get(quotes.size() - 1).closed();
            out.add(new Paragraph(span, quotes, Words.of(text, span.start(), span.end(), quotes), sentences.get(i)));
        }
        return out;
    }

    /**
     * After a paragraph that left a quotation open, one that does not open again but holds a mark that can
     * only close (after a word, before a space or the end: {@code again," Vassilenko told}): its offset, or -1.
     */
    private static int lineBrokenCloser(String text, Span paragraph) {
        if (QuoteMarks.isMark(text.charAt(paragraph.start()))) {
            return -1;
        }
        for (int i = paragraph.start() + 1; i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '”' && c != '»') {
                continue;
            }
            boolean afterWord = !Character.isWhitespace(text.charAt(i - 1));
            boolean beforeSpace = i + 1 == paragraph.end() || Character.isWhitespace(text.charAt(i + 1));
            return afterWord && beforeSpace ? i : -1;
        }
        return -1;
    }

    /** A quotation left open at a paragraph's end goes on where the next paragraph opens one. */
    private static List<Draft> chains(List<Paragraph> paragraphs) {
        List<Draft> drafts = new ArrayList<>();
        Draft open = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            if (para == null) {
                open = null;
                continue;
            }
            for (int i = 0; i < para.quotes.size(); i++) {
                QuoteMarks.Quote q = para.quotes.get(i);
                boolean continues = open != null && i == 0 && q.open() == para.span.start() && open.lastParagraph == p - 1;
                Draft d = continues ? open : new Draft(p);
                if (!continues) {
                    d.open = q.open();
                    drafts.add(d);
                }
                d.parts.add(q.inside());
                d.lastParagraph = p;
                d.close = q.closed() ? q.close() : q.inside().end();
                open = q.closed() ? null : d;
            }
            if (para.quotes.isEmpty()) {
                open = null;
            }
        }
        return drafts;
    }

    private static void attribute(Draft d, List<Paragraph> paragraphs) {
        Paragraph first = paragraphs.get(d.paragraph);
        Paragraph last = paragraphs.get(d.lastParagraph);
        int qOpen = itemAt(first.items, d.open);
        int qClose = itemAt(last.items, last == first ? d.open : last.span.start());
        int from = itemAt(first.items, sentenceOf(first, d.open).start());
        int end = itemAfter(last.items, sentenceOf(last, d.close).end());
        boolean nothingBefore = from == qOpen;
        boolean nothingAfter = true;
        for (int k = qClose + 1; k < end; k++) {
            nothingAfter &= !last.items.get(k).isWord() && last.items.get(k).kind() != Words.Kind.QUOTE;
        }
        d.wholeSentence = nothingBefore && nothingAfter;
        d.wholeParagraph = d.wholeSentence && qOpen == 0 && (end == last.items.size() || onlyMarksAfter(last.items, end));
        if (!nothingBefore) {
            d.found = Attribution.before(first.items, from, qOpen);
        }
        if (d.found == null) {
            d.found = Attribution.after(last.items, qClose, end);
        }
        if (d.found == null && nothingBefore && qOpen == 0 && d.paragraph > 0 && paragraphs.get(d.paragraph - 1) != null) {
            // A colon introduction in the paragraph before: "Smadiyarov further says:"
            Paragraph prev = paragraphs.get(d.paragraph - 1);
            int colon = prev.items.size() - 1;
            if (colon >= 0 && prev.items.get(colon).is(":")) {
                int start = itemAt(prev.items, sentenceOf(prev, prev.items.get(colon).start()).start());
                d.found = Attribution.before(prev.items, start, colon);
            }
        }
    }

    /**
     * A quotation its attribution interrupts is one quotation of two parts (decision 1104):
     * {@code “…now,” he said, “but…”} -- the first part does not end a sentence, and between the two stand
     * only the attribution and the comma or dash that hands back to the speaker.
     */
    private static void splits(List<Draft> drafts, List<Paragraph> paragraphs, String text) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = drafts.get(i + 1);
            Span said = a.found == null ? null : a.found.speaker().span();
            if (said == null || a.lastParagraph != b.paragraph || said.start() <= a.close || said.end() > b.open) {
                continue;
            }
            String first = a.parts.get(a.parts.size() - 1).of(text).strip();
            String gap = text.substring(a.close + 1, b.open).strip();
            boolean handsBack = HANDS_BACK.matcher(gap).matches();
            boolean sameAttribution = b.found == null || b.found.speaker().span().equals(a.found.speaker().span());
            if (first.isEmpty() || ".!?".indexOf(first.charAt(first.length() - 1)) >= 0 || !handsBack || !sameAttribution) {
                continue;
            }
            a.parts.addAll(b.parts);
            a.close = b.close;
            a.lastParagraph = b.lastParagraph;
            a.wholeParagraph = a.wholeParagraph && b.wholeParagraph;
            drafts.remove(i + 1);
        }
    }

    private static boolean onlyMarksAfter(List<Words.Item> items, int from) {
        for (int k = from; k < items.size(); k++) {
            if (items.get(k).kind() != Words.Kind.MARK) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quotations that carry no attribution of their own: a paragraph that is nothing but a quotation goes
     * on with the attributed quotation that ended the paragraph before (wire copy's continuation); a
     * sentence that is nothing but a quotation takes the speaker of the quotation or reported speech just
     * before it.
     */
    private static void continuations(List<Draft> drafts, List<Paragraph> paragraphs, String text) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if (d.found != null || !d.wholeSentence) {
                continue;
            }
            if (d.wholeParagraph && prev.found != null && prev.lastParagraph == d.paragraph - 1
                    && endsParagraph(prev, paragraphs.get(prev.lastParagraph))) {
                prev.parts.addAll(d.parts);
                prev.lastParagraph = d.lastParagraph;
                prev.close = d.close;
                drafts.remove(i);
                i--;
                continue;
            }
            if (prev.found != null && prev.lastParagraph == d.paragraph && !d.wholeParagraph) {
                d.found = new Attribution.Found(prev.found.speaker(), null);
                d.inherited = true;
            }
        }
        for (Draft d : drafts) {
            if (d.found == null && d.wholeSentence && !d.wholeParagraph) {
                Paragraph para = paragraphs.get(d.paragraph);
                Span sentence = sentenceOf(para, d.open);
                int index = para.sentences.indexOf(sentence);
                if (index > 0) {
                    Span previous = para.sentences.get(index - 1);
                    int from = itemAt(para.items, previous.start());
                    int to = itemAt(para.items, previous.end() - 1) + 1;
                    Attribution.Found f = Attribution.before(para.items, from, to);
                    if (f != null && f.cue() != null) {
                        d.found = f;
                        d.inherited = true;
                    }
                }
            }
        }
    }

    /** Whether the attribution of {@code d} is the last thing in its paragraph. */
    private static boolean endsParagraph(Draft d, Paragraph para) {
        int k = itemAt(para.items, d.close);
        for (int j = k + 1; j < para.items.size(); j++) {
            if (para.items.get(j).kind() == Words.Kind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    private static Quotation quotation(Draft d, String text, Names names, List<Paragraph> paragraphs) {
        String inside = text.substring(d.parts.get(0).start(), d.parts.get(d.parts.size() - 1).end());
        Paragraph para = paragraphs.get(d.paragraph);
        int q = itemAt(para.items, d.open);
        if (Terms.named(para.items, q) || Terms.titleCue(para.items, q) && Terms.isTitle(inside)) {
            // "a report titled “Kasanga: Lessons from the Count”": a name, whoever the sentence says speaks.
            return new Quotation(d.parts, Quotation.Kind.TITLE, null, null);
        }
        if (d.found != null && !d.inherited && d.found.cue() != null && !namingCue(d.found.cue(), text)
                && Terms.inNounPhrase(para.items, q, inside)) {
            return new Quotation(d.parts, Quotation.Kind.SCARE, null, null);
        }
        if (d.found != null) {
            Mention m = d.found.speaker();
            Speaker speaker = new Speaker(m.span(), names.resolve(m, d.open));
            return new Quotation(d.parts, Quotation.Kind.ATTRIBUTED, speaker, d.inherited ? null : d.found.cue());
        }
        Quotation.Kind kind;
        if (Terms.isTitle(inside) || Terms.titleCue(para.items, q)) {
            kind = Quotation.Kind.TITLE;
        } else if (d.wholeSentence && wordCount(inside) >= 3) {
            kind = Quotation.Kind.ATTRIBUTED;
        } else {
            kind = Quotation.Kind.SCARE;
        }
        return new Quotation(d.parts, kind, null, null);
    }

    /** A headline quotation is the speaker's when the body quotes the same words attributed. */
    private static void headlines(List<Quotation> quotes, List<Draft> drafts, String text) {
        for (int i = 0; i < quotes.size(); i++) {
            Quotation q = quotes.get(i);
            if (drafts.get(i).paragraph != 0 || q.speaker() != null) {
                continue;
            }
            Set<String> words = forms(q.text(text));
            for (Quotation body : quotes) {
                if (body == q || body.speaker() == null || words.isEmpty()) {
                    continue;
                }
                Set<String> shared = new HashSet<>(words);
                shared.retainAll(forms(body.text(text)));
                if (shared.size() >= HEADLINE_SHARE * words.size()) {
                    quotes.set(i, q.withSpeaker(body.speaker(), null, Quotation.Kind.ATTRIBUTED));
                    break;
                }
            }
        }
    }

    static Set<String> forms(String s) {
        Set<String> out = new HashSet<>();
        Tokenizer.tokens(s, 0, s.length()).forEach(t -> out.add(t.form()));
        return out;
    }

    private static boolean namingCue(Span cue, String text) {
        String words = cue.of(text);
        int space = words.indexOf(' ');
        String verb = (space < 0 ? words : words.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.NAMING_VERBS.contains(verb);
    }

    private static int wordCount(String s) {
        return Tokenizer.tokens(s, 0, s.length()).size();
    }

    private static Span sentenceOf(Paragraph para, int offset) {
        Span best = para.sentences.isEmpty() ? para.span : para.sentences.get(0);
        for (Span s : para.sentences) {
            if (s.start() <= offset) {
                best = s;
            }
        }
        return best;
    }

    /** The index of the item that holds {@code offset}, or the first after it. */
    private static int itemAt(List<Words.Item> items, int offset) {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).end() > offset) {
                return k;
            }
        }
        return items.size();
    }

    /** The index of the first item that starts at or after {@code offset}. */
    private static int itemAfter(List<Words.Item> items, int offset) {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).start() >= offset) {
                return k;
            }
        }
        return items.size();
    }
}
