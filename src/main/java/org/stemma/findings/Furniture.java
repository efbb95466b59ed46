package org.stemma.findings;

import org.stemma.text.Span;

import java.util.function.Function;

/** A line of page furniture (decision 0003): marked, never removed; left out of alignment unless asked. */
public record Furniture(Span span, String text, Reason reason) implements Finding {

    /** Why a line was judged furniture; {@link #description()} is what the views and the JSON show. */
    public enum Reason {
        NO_WORDS("no words"),
        REPEATED("repeated elsewhere in the page"),
        CAPTION("image caption or credit"),
        IMAGE_DESCRIPTION("image description above its caption"),
        TRUNCATED("truncated teaser"),
        LINK_PROMPT("link prompt"),
        LINK_LIST("link list"),
        BYLINE("byline"),
        DATE_LINE("date line"),
        NOTE("note in parentheses"),
        CALL_TO_ACTION("call to action"),
        SITE_REFERENCE("site reference"),
        SHORT_LABEL("short label"),
        BETWEEN_FURNITURE("between page furniture");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    @Override
    public <R> R match(Function<Homoglyph, R> homoglyph, Function<Invisible, R> invisible, Function<Furniture, R> furniture) {
        return furniture.apply(this);
    }
}
