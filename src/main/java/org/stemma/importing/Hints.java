package org.stemma.importing;

import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an element's id, class and component names say about its role. Names are split into words
 * ("articleBody", "article__body", "article-body" all give "article" and "body"), and adjacent words are
 * also tried joined ("read-more" gives "readmore"), so that a word list serves every naming style. Long,
 * distinctive stems also match inside a word ("jp-relatedposts"); short ones ("ad") only whole, or "ad"
 * would match inside "header".
 */
final class Hints {

    /** Reader comments: never the article, even when the name also says "article" or "post". */
    private static final List<String> COMMENT_STEMS = List.of(
            "comment", "kommentar", "disqus", "respond", "replies", "discussion", "reaction");

    /** Content that is never the article, whatever the layout calls it; matched inside longer words. */
    private static final List<String> NEVER_ARTICLE_STEMS = List.of(
            "cookie", "consent", "gdpr", "newsletter", "subscri", "signup", "login", "related", "recommend",
            "recirc", "outbrain", "taboola", "zergnet", "sharing", "socialmedia", "advert", "sponsor", "promo",
            "popup", "breadcrumb", "readmore", "readalso", "alsoread", "morestories", "mostread", "mostpopular",
            "trending", "taglist", "tagcloud", "sronly", "visuallyhidden", "screenreader", "skiplink",
            "werbung", "anzeige", "teilen", "empfehlung", "publicite", "partage", "abonne", "lireaussi");

    /** Short words that would match inside unrelated words, so only matched whole. */
    private static final Set<String> NEVER_ARTICLE_WORDS = Set.of(
            "ad", "ads", "adslot", "adunit", "dfp", "cmp", "modal", "share", "shares", "sharebar", "social",
            "popular", "tags", "keywords", "pub");

    /** Page furniture; a wrapper around the article may carry these words too, so a positive word overrides. */
    private static final Set<String> FURNITURE = Set.of(
            "sidebar", "rail", "aside", "nav", "navbar", "navigation", "subnav", "menu", "megamenu",
            "footer", "header", "masthead", "banner", "widget", "widgets", "toolbar", "tools", "pagination",
            "pager", "topbar", "dropdown", "overlay", "drawer", "flyout", "offcanvas", "search", "utility", "card",
            "teaser");

    /** Small labels around the article: removed when they hold little text. */
    private static final Set<String> LABELS = Set.of(
            "byline", "author", "authors", "dateline", "date", "time", "timestamp", "meta", "postmeta",
            "caption", "credit", "credits", "copyright", "published", "updated", "kicker", "eyebrow",
            "bildunterschrift", "bildtext", "bildnachweis", "legende", "autor", "auteur", "datum");

    /** A summary of the article printed above it (standfirst, dek, chapô): not the article text itself. */
    private static final Set<String> SUMMARY = Set.of(
            "standfirst", "intro", "chapo", "chapeau", "dek", "desc", "description", "summary", "subtitle",
            "subheadline", "teaser", "excerpt", "abstract", "vorspann");

    private static final Set<String> BODY_PART = Set.of(
            "body", "content", "text", "articlebody", "articletext", "articlecontent", "storybody",
            "postbody", "postcontent", "entrycontent", "richtext", "prose");

    private static final Set<String> POSITIVE = Set.of(
            "article", "articlebody", "articletext", "articlecontent", "body", "content", "entry",
            "entrycontent", "main", "post", "postbody", "postcontent", "story", "storybody", "text", "prose",
            "richtext", "blog", "hentry", "single");

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final List<String> words;

    private Hints(List<String> words) {
        this.words = words;
    }

    static Hints of(Element e) {
        List<String> words = new ArrayList<>();
        add(words, e.id());
        add(words, e.className());
        add(words, e.attr("data-component"));
        add(words, e.attr("data-testid"));
        add(words, e.attr("data-module"));
        return new Hints(words);
    }

    boolean comments() {
        for (String w : words) {
            if (!w.startsWith("commentar") && contains(w, COMMENT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    boolean neverArticle() {
        for (String w : words) {
            if (NEVER_ARTICLE_WORDS.contains(w) || w.startsWith("share") || contains(w, NEVER_ARTICLE_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    boolean furniture() {
        return any(FURNITURE);
    }

    boolean label() {
        return any(LABELS);
    }

    boolean summary() {
        return any(SUMMARY);
    }

    /** Named as (part of) the text of an article: "article-body", "post-content", "text". */
    boolean bodyPart() {
        return any(BODY_PART);
    }

    boolean positive() {
        return any(POSITIVE);
    }

    /** Readability's class weight: a nudge for words that mark content, against words that mark anything else. */
    int weight() {
        if (comments()) {
            return -50;
        }
        int w = 0;
        if (positive()) {
            w += 25;
        }
        if (neverArticle() || furniture()) {
            w -= 25;
        }
        return w;
    }

    private boolean any(Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the words of one attribute value, and each pair of adjacent words joined. */
    private static void add(List<String> out, String value) {
        if (value.isEmpty()) {
            return;
        }
        for (String name : value.split("\\s+")) {
            String prev = null;
            StringBuilder word = new StringBuilder();
            for (int i = 0; i <= name.length(); i++) {
                char c = i < name.length() ? name.charAt(i) : '-';
                boolean camelBreak = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
                if (!Character.isLetterOrDigit(c) || camelBreak) {
                    if (!word.isEmpty()) {
                        String w = ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                                .toLowerCase(Locale.ROOT);
                        out.add(w);
                        if (prev != null) {
                            out.add(prev + w);
                        }
                        prev = w;
                        word.setLength(0);
                    }
                }
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                }
            }
        }
    }
}
