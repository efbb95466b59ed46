package org.stemma.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * Names of the sections of a news site ("Opinion", "World", "Politik"): pages print them beside the site's
 * name, in the title and on their own line, and they are never the outlet.
 */
public final class SectionNames {

    private static final Set<String> NAMES = Set.of(
            "opinion", "opinions", "comment", "commentary", "comment is free", "editorial", "editorials", "op-ed",
            "op-eds", "columns", "columnists", "letters", "analysis", "features", "world", "world news", "news",
            "latest", "latest news", "breaking news", "live", "video", "videos", "home", "politics", "business",
            "economy", "markets", "money", "finance", "tech", "technology", "science", "health", "sport", "sports",
            "culture", "arts", "entertainment", "lifestyle", "travel", "environment", "climate", "education",
            "weather", "local", "national", "international", "europe", "asia", "africa", "americas", "middle east",
            "us", "uk", "us news", "uk news", "blogs", "obituaries", "podcasts", "magazine",
            "meinung", "kommentar", "politik", "wirtschaft", "welt", "ausland", "inland", "kultur", "panorama",
            "nachrichten", "monde", "économie", "société", "politique");

    private SectionNames() {
    }

    public static boolean isSection(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return NAMES.contains(n) || n.endsWith(" news") && NAMES.contains(n.substring(0, n.length() - 5));
    }
}
