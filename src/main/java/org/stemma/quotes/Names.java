package org.stemma.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people and bodies an article names, where, and with the words that describe them there; resolves a
 * pronoun, a surname or a description to the name it stands for. Rules, not a model: the last person
 * named before "he", the fullest name that ends with a surname, and a description whose noun once
 * described a name ("a professor" is "Political science professor Taras Kuzio").
 */
final class Names {

    private record Occurrence(int position, String name, boolean person, List<String> descriptors) {
    }

    private final List<Occurrence> occurrences = new ArrayList<>();

    /** Notes the names in one paragraph's items (quotations are single items, so names inside them are skipped). */
    void scan(List<Words.Item> items) {
        int i = 0;
        while (i < items.size()) {
            if (!items.get(i).capitalised()) {
                i++;
                continue;
            }
            int start = i;
            while (i < items.size() && (items.get(i).capitalised() || isConnector(items, i))) {
                i++;
            }
            note(items, start, i);
        }
    }

    /** Records a speaker mention as a name occurrence, so later pronouns and surnames find it. */
    void note(Mention mention) {
        if (mention.name() != null) {
            occurrences.add(new Occurrence(mention.span().start(), mention.name(),
                    mention.type() == Mention.Type.PERSON, mention.descriptors()));
        }
    }

    private void note(List<Words.Item> items, int start, int end) {
        int nameStart = start;
        for (int k = start; k < end - 1; k++) {
            if (Lexicon.TITLES.contains(items.get(k).lower())) {
                nameStart = k + 1;
            }
        }
        if (nameStart < end - 1 && items.get(nameStart).lower().equals("the")) {
            nameStart++;
        }
        boolean person = Phrases.looksLikePerson(items, nameStart, end);
        // "the electronics maker Volta": a body's noun just before makes one capitalised word a body's name.
        boolean describedAsBody = nameStart > 0 && items.get(nameStart - 1).isWord() && !items.get(nameStart - 1).capitalised()
                && Lexicon.ORGANISATION_NOUNS.contains(items.get(nameStart - 1).lower());
        boolean body = !person && (Phrases.isBody(items, nameStart, end) || describedAsBody
                || nameStart > 0 && items.get(nameStart - 1).lower().equals("the") && end - nameStart >= 2);
        if (!person && !body) {
            return;
        }
        List<String> descriptors = new ArrayList<>();
        for (int k = Math.max(0, nameStart - 4); k < nameStart; k++) {
            Words.Item w = items.get(k);
            if (w.isWord() && !Lexicon.DETERMINERS.contains(w.lower())) {
                // "Kazakh President": a title describes, a demonym or place does not make a noun to match.
                if (!w.capitalised() || Lexicon.NOT_NAMES.contains(w.lower())) {
                    descriptors.add(w.lower());
                }
            } else {
                descriptors.clear();
            }
        }
        if (end + 2 < items.size() && items.get(end).is(",") && Lexicon.DETERMINERS.contains(items.get(end + 1).lower())) {
            for (int k = end + 2; k < items.size() && k < end + 10 && items.get(k).isWord(); k++) {
                descriptors.add(items.get(k).lower());
            }
        }
        occurrences.add(new Occurrence(items.get(nameStart).start(), Phrases.text(items, nameStart, end), person, descriptors));
    }

    /** A small word that goes on with a name: "Ministry of Defense", "Anko van der Werff", not "Hidalgo on Thursday". */
    private static boolean isConnector(List<Words.Item> items, int i) {
        return Phrases.connectsCapitals(items, i);
    }

    /** The name {@code mention} at {@code position} stands for, or {@code null} when the article does not say. */
    String resolve(Mention mention, int position) {
        return switch (mention.type()) {
            case PERSON -> fullName(mention.name(), position);
            case BODY -> mention.name();
            case PRONOUN -> Lexicon.PERSONAL_PRONOUNS.contains(mention.head())
                    ? lastBefore(position, true) : lastBefore(position, false);
            case DESCRIPTION -> described(mention, position);
        };
    }

    /** A surname stands for the fullest name that ends with it ("Umarov" is "Temur Umarov"). */
    private String fullName(String name, int position) {
        String best = name;
        String suffix = " " + name.toLowerCase(Locale.ROOT);
        for (Occurrence o : occurrences) {
            String candidate = o.name.toLowerCase(Locale.ROOT);
            if (o.person && candidate.endsWith(suffix) && o.name.length() > best.length()) {
                best = o.name;
            }
        }
        return best;
    }

    private String lastBefore(int position, boolean person) {
        Occurrence last = null;
        for (Occurrence o : occurrences) {
            if (o.position < position && o.person == person && (last == null || o.position > last.position)) {
                last = o;
            }
        }
        return last == null ? null : person ? fullName(last.name, last.position) : last.name;
    }

    private String described(Mention mention, int position) {
        String head = mention.head();
        // "the spokesman Peskov": a capitalised last word is a surname.
        String lastWord = mention.descriptors().get(mention.descriptors().size() - 1);
        for (Occurrence o : occurrences) {
            if (o.person && o.name.toLowerCase(Locale.ROOT).endsWith(" " + lastWord)) {
                return fullName(o.name, position);
            }
        }
        Occurrence before = null;
        Occurrence after = null;
        for (Occurrence o : occurrences) {
            if (!o.descriptors.contains(head)) {
                continue;
            }
            if (o.position < position && (before == null || o.position > before.position)) {
                before = o;
            } else if (o.position > position && (after == null || o.position < after.position)) {
                after = o;
            }
        }
        Occurrence found = before != null ? before : after;
        if (found != null) {
            return found.person ? fullName(found.name, found.position) : found.name;
        }
        if (plural(head)) {
            return null; // "farmers' groups", "critics": many, not the last one named
        }
        return lastBefore(position, !Lexicon.ORGANISATION_NOUNS.contains(head));
    }

    private static boolean plural(String noun) {
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is");
    }
}
