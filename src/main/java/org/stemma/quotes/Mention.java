package org.stemma.quotes;

import org.stemma.text.Span;

import java.util.List;

/**
 * A phrase that names or points at a speaker, before it is resolved.
 *
 * @param name        for a name, the name itself without a leading article ("Atlantic Council"); otherwise null
 * @param descriptors the lower-case words that describe it where it stands ("political science professor"),
 *                    or the words of the description itself
 */
record Mention(Span span, Type type, String name, List<String> descriptors) {

    enum Type { PERSON, BODY, PRONOUN, DESCRIPTION }

    Mention {
        descriptors = List.copyOf(descriptors);
    }

    /** The last word of a description, the noun it is about ("daily" in "the influential US daily"). */
    String head() {
        return descriptors.isEmpty() ? "" : descriptors.get(descriptors.size() - 1);
    }
}
