package org.stemma.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and bodies an article names, where, and with the words that describe them there; resolves a
 * pronoun, a surname or a description to the name it stands for. Rules, not a model: the last person
 * named before "he", the fullest name that ends with a surname, and a description whose noun once
 * described a name ("a professor" is "Political science professor Taras Kuzio"). "He" and "she" skip a
 * person the text has already shown to be the other: by a title ("Mr", "Queen"), by the first "his" or
 * "her" after the name in its sentence ("Els Janssen said she hoped"), or by an earlier pronoun for them.
 */
final class Names {

    /** @param male whether the text shows the person to be "he" ({@code true}) or "she", or {@code null} */
    private record Occurrence(int position, String name, boolean person, List<String> descriptors, Boolean male) {
    }

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "king", "lord", "prince", "father", "brother");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "queen", "lady", "princess", "sister",
            "dame");
    private static final int PRONOUN_REACH = 30;
    private static final int MAX_PRONOUN_LENGTH = 7;
    private static final int PRONOUN_CANDIDATES = 3;

    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

    private final String text;
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** Caches over {@link #occurrences}, emptied when one is added: each name's full name, each full name's gender. */
    private final Map<String, String> fullNames = new HashMap<>();
    private Map<String, Boolean> genders;
    /** Full names a pronoun was resolved to, with the pronoun's gender. */
    private final Map<String, Boolean> bound = new HashMap<>();

    Names(String text) {
        this.text = text;
    }

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
            add(new Occurrence(mention.span().start(), mention.name(),
                    mention.type() == Mention.Type.PERSON, mention.descriptors(), null));
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
        Boolean male = person ? gender(items, nameStart, end) : null;
        add(new Occurrence(items.get(nameStart).start(), Phrases.text(items, nameStart, end), person,
                descriptors, male));
    }

    private void add(Occurrence o) {
        occurrences.add(o);
        fullNames.clear();
        genders = null;
    }

    /** What a title before the name, or the first pronoun after it in its sentence, says of the person. */
    private static Boolean gender(List<Words.Item> items, int nameStart, int end) {
        int title = nameStart > 0 && items.get(nameStart - 1).is(".") ? nameStart - 2 : nameStart - 1;
        if (title >= 0 && items.get(title).isWord()) {
            String t = items.get(title).lower();
            if (MALE_TITLES.contains(t) || FEMALE_TITLES.contains(t)) {
                return MALE_TITLES.contains(t);
            }
        }
        for (int k = end; k < items.size() && k < end + PRONOUN_REACH; k++) {
            Words.Item w = items.get(k);
            if (w.is(".") || w.is("?") || w.is("!") || w.is(";")
                    || w.capitalised() && k + 1 < items.size() && items.get(k + 1).capitalised()) {
                return null; // the sentence ends, or another name comes first
            }
            if (w.isWord() && w.text().length() <= MAX_PRONOUN_LENGTH) {
                String lower = w.lower();
                if (MALE.contains(lower) || FEMALE.contains(lower)) {
                    return MALE.contains(lower);
                }
            }
        }
        return null;
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
                    ? person(position, MALE.contains(mention.head())) : lastBefore(position, false);
            case DESCRIPTION -> described(mention, position);
        };
    }

    /** A surname stands for the fullest name that ends with it ("Umarov" is "Temur Umarov"). */
    private String fullName(String name, int position) {
        return fullNames.computeIfAbsent(name, this::fullestEndingWith);
    }

    private String fullestEndingWith(String name) {
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

    /**
     * The person a "he" or "she" at {@code position} stands for: among the last {@value #PRONOUN_CANDIDATES}
     * people named before it, the latest the text shows to be of that gender, else the latest it says
     * nothing of; never one shown to be of the other.
     */
    private String person(int position, boolean male) {
        List<Occurrence> before = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.position < position && o.person) {
                before.add(o);
            }
        }
        before.sort((a, b) -> Integer.compare(b.position, a.position));
        List<String> recent = new ArrayList<>();
        for (Occurrence o : before) {
            String name = fullName(o.name, o.position);
            if (!recent.contains(name)) {
                recent.add(name);
            }
        }
        String unknown = null;
        for (int i = 0; i < recent.size(); i++) {
            Boolean known = genderOf(recent.get(i));
            if (known != null && known == male && i < PRONOUN_CANDIDATES) {
                return bind(recent.get(i), male);
            }
            if (known == null && unknown == null) {
                unknown = recent.get(i);
            }
            if (unknown != null && i + 1 >= PRONOUN_CANDIDATES) {
                break;
            }
        }
        return unknown == null ? null : bind(unknown, male);
    }

    private String bind(String name, boolean male) {
        bound.putIfAbsent(name, male);
        return name;
    }

    private Boolean genderOf(String fullName) {
        if (genders == null) {
            genders = new HashMap<>();
            for (Occurrence o : occurrences) {
                if (o.male != null && o.person) {
                    genders.putIfAbsent(fullName(o.name, o.position), o.male);
                }
            }
        }
        Boolean shown = genders.get(fullName);
        return shown != null ? shown : bound.get(fullName);
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
        // "critics": many; "a spokesman": someone the article brings in unnamed; "the native Kazakh", "the
        // company": the last person or body named.
        // "the president's spokesman" is someone of the president's, not the president.
        boolean possessive = mention.descriptors().contains("’s") || mention.descriptors().contains("'s");
        if (plural(head) || possessive || INDEFINITE.contains(mention.span().of(text).split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return lastBefore(position, !Lexicon.ORGANISATION_NOUNS.contains(head));
    }

    private static boolean plural(String noun) {
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is");
    }
}
