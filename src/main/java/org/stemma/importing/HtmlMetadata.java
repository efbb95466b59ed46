package org.stemma.importing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.parser.Parser;
import org.stemma.corpus.SectionNames;
import org.stemma.text.Folds;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a saved page states about its article in machine-readable form: JSON-LD ({@code NewsArticle} and
 * kin), Open Graph and {@code article:} meta tags, other common meta names, and {@code <title>}. Fields a
 * page does not state stay {@code null}.
 *
 * @param articleBody the JSON-LD {@code articleBody}, which some publishers fill with the full text
 */
record HtmlMetadata(String title, String byline, String date, String publisher, String articleBody) {

    private static final int MAX_FIELD_CHARS = 300;
    private static final Pattern BY = Pattern.compile("^(?iu)(?:by|von|par)(?:\\s+|$)");
    private static final Pattern SEPARATORS_AT_ENDS = Pattern.compile("^[\\s|\\-–—·»:]+|[\\s|\\-–—·»:]+$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—·»:]{1,2}\\s+");

    /** A comparison key for short texts: the {@link Folds#SHORT_TEXT} chain. */
    static String key(String s) {
        return Folds.SHORT_TEXT.apply(s);
    }

    /**
     * @param runs the page's short runs of text: a part of {@code <title>} that the page shows on its own
     *             is the headline
     */
    static HtmlMetadata read(Document page, List<String> runs) {
        JsonObject ld = jsonLdArticle(page);
        Map<String, String> meta = metaTags(page);
        String publisher = first(
                () -> ld == null ? null : notSection(name(ld.get("publisher"), false)),
                () -> notSection(meta.get("property=og:site_name")),
                () -> notSection(meta.get("name=application-name")));
        String title = first(
                () -> ld == null ? null : notName(string(ld.get("headline")), publisher),
                () -> notName(meta.get("property=og:title"), publisher),
                () -> notName(meta.get("name=twitter:title"), publisher),
                () -> notName(headingOne(page), publisher),
                page::title);
        String byline = first(
                () -> ld == null ? null : name(ld.get("author"), true),
                () -> notUrl(meta.get("name=author")),
                () -> notUrl(meta.get("property=article:author")),
                () -> meta.get("name=byl"),
                () -> meta.get("name=parsely-author"),
                () -> meta.get("name=dc.creator"),
                () -> bylineText(page.select("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                        + "[class*=byline], [class~=(?i)\\b(?:author|auteur|autor)\\b]")));
        String date = first(
                () -> ld == null ? null : string(ld.get("datePublished")),
                () -> meta.get("property=article:published_time"),
                () -> meta.get("itemprop=datepublished"),
                () -> meta.get("name=date"),
                () -> meta.get("name=pubdate"),
                () -> meta.get("name=publishdate"),
                () -> meta.get("name=dc.date"),
                () -> meta.get("name=dcterms.created"),
                () -> meta.get("name=parsely-pub-date"),
                () -> timeAttribute(page));
        String body = ld == null ? null : string(ld.get("articleBody"));
        String headline = withoutSections(stripSiteName(title, publisher, runs));
        return new HtmlMetadata(
                clip(headline),
                clip(stripBy(byline)),
                clip(date),
                clip(publisher != null ? publisher : siteInTitle(page.title(), headline)),
                body == null || body.isBlank() ? null : body);
    }

    /** The first JSON-LD object whose type is an article or blog post, or {@code null}. */
    private static JsonObject jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonElement root;
            try {
                JsonReader reader = new JsonReader(new StringReader(script.data()));
                reader.setStrictness(Strictness.LENIENT);
                root = JsonParser.parseReader(reader);
            } catch (JsonParseException e) {
                continue;
            }
            Deque<JsonElement> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                JsonElement e = todo.pop();
                if (e.isJsonArray()) {
                    for (JsonElement item : e.getAsJsonArray()) {
                        todo.addLast(item);
                    }
                } else if (e.isJsonObject()) {
                    JsonObject o = e.getAsJsonObject();
                    if (isArticle(o.get("@type"))) {
                        return o;
                    }
                    if (o.has("@graph")) {
                        todo.addLast(o.get("@graph"));
                    }
                    if (o.has("mainEntity")) {
                        todo.addLast(o.get("mainEntity"));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonElement type) {
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isJsonArray()) {
            type.getAsJsonArray().forEach(t -> types.add(t.isJsonPrimitive() ? t.getAsString() : ""));
        } else if (type.isJsonPrimitive()) {
            types.add(type.getAsString());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report"));
    }

    /**
     * A name from a string, an object with "name", or an array of those joined with "and"; with
     * {@code people}, an organisation given as the author (a newsroom) is no byline.
     */
    private static String name(JsonElement e, boolean people) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return notUrl(string(e));
        }
        if (e.isJsonObject()) {
            JsonElement type = e.getAsJsonObject().get("@type");
            boolean organisation = type != null && type.isJsonPrimitive() && type.getAsString().contains("Organization");
            return people && organisation ? null : string(e.getAsJsonObject().get("name"));
        }
        JsonArray array = e.getAsJsonArray();
        List<String> names = new ArrayList<>();
        for (JsonElement item : array) {
            String n = item.isJsonArray() ? null : name(item, people);
            if (n != null && !names.contains(n)) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(" and ", names);
    }

    private static String string(JsonElement e) {
        if (e == null || !e.isJsonPrimitive()) {
            return null;
        }
        // JSON-LD written by templates often carries escaped HTML entities.
        String s = Parser.unescapeEntities(e.getAsString(), false).strip();
        return s.isEmpty() ? null : s;
    }

    /** The page's meta tags as "name=author" (attribute and value lower-cased) to content; the first wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"name", "property", "itemprop"}) {
                String value = m.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!value.isEmpty()) {
                    tags.putIfAbsent(attribute + "=" + value, content);
                }
            }
        }
        return tags;
    }

    private static String timeAttribute(Document page) {
        Element t = page.selectFirst("article time[datetime], time[pubdate][datetime], [itemprop=datePublished][datetime]");
        return t == null ? null : t.attr("datetime");
    }

    /**
     * The name in a byline element: its first piece of text other than "By", up to a comma or bar
     * ("By <a>Rachel Dunmore</a>, Local Democracy Reporter" gives "Rachel Dunmore").
     */
    private static String bylineText(Elements candidates) {
        for (Element e : candidates) {
            for (TextNode t : e.selectXpath(".//text()", TextNode.class)) {
                String piece = BY.matcher(Paragraphs.collapse(t.getWholeText())).replaceFirst("").strip();
                if (!piece.isEmpty()) {
                    String name = piece.split("\\s*[,|·•]\\s*|\\s+[-–—]\\s+")[0].strip();
                    if (Paragraphs.words(name) <= 5) {
                        return name;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static boolean shownAlone(String part, List<String> runs) {
        String key = key(part);
        for (String run : runs) {
            if (Math.abs(run.length() - part.length()) <= 4 && key(run).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** "Headline - Rhône Magazine": what {@code <title>} adds to the headline, when that is a short name. */
    private static String siteInTitle(String pageTitle, String headline) {
        if (headline == null || pageTitle == null) {
            return null;
        }
        String t = Paragraphs.collapse(pageTitle);
        int at = t.indexOf(headline);
        if (at < 0 || t.length() == headline.length()) {
            return null;
        }
        String rest = SEPARATORS_AT_ENDS.matcher(at == 0 ? t.substring(headline.length()) : t.substring(0, at)).replaceAll("");
        String site = null;
        for (String part : SEPARATORS.split(rest)) {
            if (!part.isBlank() && !SectionNames.isSection(part)) {
                site = part.strip();
            }
        }
        return site != null && Paragraphs.words(site) >= 1 && Paragraphs.words(site) <= 5 ? site : null;
    }

    /** A section of the site ("Opinion", "World") is not its name. */
    private static String notSection(String s) {
        return SectionNames.isSection(s) ? null : s;
    }

    /** A "headline" that is only the site's or a section's name is none. */
    private static String notName(String title, String publisher) {
        if (title == null) {
            return null;
        }
        boolean site = publisher != null && key(title).equals(key(publisher));
        return site || SectionNames.isSection(title) ? null : title;
    }

    /** The page's headline element: the one {@code h1}, or the first one inside the article. */
    private static String headingOne(Document page) {
        Elements h1 = page.select("h1");
        Element chosen = h1.size() == 1 ? h1.first() : page.selectFirst("article h1, [itemprop=headline]");
        return chosen == null ? null : chosen.text();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/") ? null : s;
    }

    /**
     * "Headline | The Courier" becomes "Headline": the part the page shows as a line of its own wins;
     * otherwise a tail naming the site, or a short tail after a bar, goes.
     */
    private static String stripSiteName(String title, String publisher, List<String> runs) {
        if (title == null) {
            return null;
        }
        String t = Paragraphs.collapse(title);
        String shown = null;
        Matcher m = SEPARATORS.matcher(t);
        while (m.find()) {
            for (String part : new String[] {t.substring(0, m.start()), t.substring(m.end())}) {
                if (Paragraphs.words(part) >= 3 && shownAlone(part, runs) && (shown == null || part.length() > shown.length())) {
                    shown = part.strip();
                }
            }
        }
        if (shown != null) {
            return shown;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " · ", " :: "}) {
            int at = t.lastIndexOf(sep);
            if (at <= 0) {
                continue;
            }
            String tail = t.substring(at + sep.length()).strip();
            boolean named = publisher != null && tail.toLowerCase(Locale.ROOT).contains(publisher.toLowerCase(Locale.ROOT));
            if (named || sep.equals(" | ") && Paragraphs.words(tail) <= 4 && Paragraphs.words(t.substring(0, at)) > 3) {
                return t.substring(0, at).strip();
            }
        }
        return t;
    }

    /** "Headline | Opinion" becomes "Headline": a section named before or after the headline goes. */
    private static String withoutSections(String title) {
        if (title == null) {
            return null;
        }
        String[] parts = SEPARATORS.split(title);
        int from = 0;
        int to = parts.length;
        while (to - from > 1 && SectionNames.isSection(parts[to - 1])) {
            to--;
        }
        while (to - from > 1 && SectionNames.isSection(parts[from])) {
            from++;
        }
        if (from == 0 && to == parts.length) {
            return title;
        }
        Matcher m = SEPARATORS.matcher(title);
        int start = 0;
        int end = title.length();
        for (int i = 0; m.find(); i++) {
            if (i == from - 1) {
                start = m.end();
            }
            if (i == to - 1) {
                end = m.start();
            }
        }
        return title.substring(start, end).strip();
    }

    private static String stripBy(String byline) {
        return byline == null ? null : BY.matcher(byline).replaceFirst("").strip();
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String c = Paragraphs.collapse(s.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(s).text() : s);
        return c.isEmpty() || c.length() > MAX_FIELD_CHARS ? null : c;
    }

    /** The first value stated; later sources are not even looked at. */
    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String v = source.get();
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
