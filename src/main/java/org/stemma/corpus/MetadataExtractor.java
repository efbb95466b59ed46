package org.stemma.corpus;

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

    private static String title(String text) {
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                return trimmed;
            }
        }
        return null;
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
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
