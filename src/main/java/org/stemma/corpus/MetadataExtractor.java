package org.stemma.corpus;

import org.stemma.text.Folds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, byline, date and outlet from what an article's text states, and leaves a field empty
 * when the text does not state it.
 */
public final class MetadataExtractor {

    /** Lines after a site name looked at for the headline. */
    private static final int HEADLINE_LINES = 5;
    private static final Pattern NAME_LINE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’&.-]*|of|the|and|de|der|die|la|le");
    /** Dates are looked for only in the head of the article, where pages print them; later ones are news. */
    private static final int HEADER_LINES = 20;

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]+";
    private static final Pattern BYLINE = Pattern.compile(
            "(?m)^[ \\t]*By:?[ \\t]+(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3})[ \\t]*(?:,|\\||$)");
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?\\b");

    /** Phrases in which a page names itself: "Welcome to X", "notifications from X", "Download X App". */
    private static final String OUTLET = "((?:The[ \\t]+)?\\p{Lu}[\\p{L}\\d.]*(?:[ \\t]+\\p{Lu}[\\p{L}\\d.]*){0,3})";
    private static final List<Pattern> SELF_NAMING = List.of(
            Pattern.compile("\\bWelcome to " + OUTLET + "[,.!]"),
            Pattern.compile("\\b(?:news|notifications|updates|newsletter|alerts) from " + OUTLET),
            Pattern.compile("\\bDownload " + OUTLET + " App\\b"),
            Pattern.compile("\\bUpdates on " + OUTLET + "\\s*$", Pattern.MULTILINE),
            Pattern.compile("(?m)^" + OUTLET + " is an offer from\\b"));

    private MetadataExtractor() {
    }

    public static Metadata extract(String text) {
        return new Metadata(title(text), outlet(text), byline(text), date(text));
    }

    /**
     * The first line, unless it is only the site's name ("The Limited Times") and a headline follows that
     * the text repeats (as pages do): then that headline.
     */
    private static String title(String text) {
        List<String> head = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = Folds.SHOWN_FIELD.apply(line);
            if (!trimmed.isEmpty()) {
                head.add(trimmed);
                if (head.size() > HEADLINE_LINES) {
                    break;
                }
            }
        }
        if (head.isEmpty()) {
            return null;
        }
        if (isNameLine(head.get(0))) {
            for (int i = 1; i < head.size(); i++) {
                String line = head.get(i);
                if (isHeadlineLike(line) && repeatsLater(text, line)) {
                    return line;
                }
            }
        }
        return head.get(0);
    }

    /** One to four capitalised words, no punctuation or digits: a name, not a headline. */
    private static boolean isNameLine(String line) {
        String[] words = line.split(" ");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_LINE_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeadlineLike(String line) {
        return line.split(" ").length >= 4 && !line.endsWith("...") && !line.endsWith("…")
                && !ISO_DATE.matcher(line).find();
    }

    /** The headline stands again further down: on a line of its own or opening a paragraph. */
    private static boolean repeatsLater(String text, String line) {
        int first = text.indexOf(line);
        return first >= 0 && text.indexOf(line, first + line.length()) >= 0;
    }

    private static String byline(String text) {
        Matcher m = BYLINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String date(String text) {
        String[] lines = text.split("\\R");
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ISO_DATE.matcher(line);
            if (m.find()) {
                return m.group();
            }
            if (++seen >= HEADER_LINES) {
                break;
            }
        }
        return null;
    }

    /** The name the page gives itself most often, or {@code null} when it never names itself. */
    private static String outlet(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pattern p : SELF_NAMING) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                counts.merge(m.group(1).strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> !SectionNames.isSection(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
