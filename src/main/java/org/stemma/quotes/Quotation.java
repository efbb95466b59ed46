package org.stemma.quotes;

import org.stemma.text.Span;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A direct quotation in an article.
 *
 * @param parts   the text between the marks, one span per stretch: a quotation that runs over several
 *                paragraphs, or that an attribution interrupts, has several; offsets into the original text
 * @param kind    whether someone is quoted, or the marks set off a term or a title
 * @param speaker who is quoted, or {@code null} when the article does not say
 * @param cue     the words that attribute it ("said", "wrote on Twitter", "according to"), or {@code null}
 */
public record Quotation(List<Span> parts, Kind kind, Speaker speaker, Span cue) {

    public enum Kind {
        /** Someone's words: a speaker is named, or the quotation stands as speech (a whole sentence). */
        ATTRIBUTED,
        /** A term set off by marks, with no one saying it ("other issues", “yurts of invincibility”). */
        SCARE,
        /** The name of a work, event or body in title case (“Day of Victory”). */
        TITLE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quotation {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a quotation has at least one part");
        }
    }

    /** From the first quoted character to the last. */
    public Span span() {
        return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }

    public int start() {
        return parts.get(0).start();
    }

    public int end() {
        return parts.get(parts.size() - 1).end();
    }

    /** The quoted words: the parts joined by a space, without the marks and the words between the parts. */
    public String text(String article) {
        return parts.stream().map(p -> p.of(article).strip()).collect(Collectors.joining(" "));
    }

    public Quotation withSpeaker(Speaker newSpeaker, Span newCue, Kind newKind) {
        return new Quotation(parts, newKind, newSpeaker, newCue);
    }
}
