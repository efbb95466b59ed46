package org.stemma.importing;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes from a page what is never article text: code, media and controls; page furniture (navigation,
 * footers, sidebars); and blocks whose names mark them as comments, cookie notices, advertising, sharing
 * bars, related-article lists and the like. An element that holds most of the page's text is kept
 * whatever its name, because sites do wrap the whole page in a "has-sidebar" or ASP.NET {@code <form>}.
 * Every walk is iterative, so nesting depth cannot overflow the stack.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "map", "button", "input", "select", "textarea", "option", "dialog",
            "link", "meta", "head", "img", "source", "track");

    /** Structural page furniture; {@code figure} because captions and credits are not article text. */
    private static final Set<String> FURNITURE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "form", "menu", "figure", "figcaption");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog",
            "alertdialog", "alert", "toolbar");

    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** A text node this long is prose, not a menu item or a label. */
    private static final int PROSE_NODE_CHARS = 40;

    /** A picture box with more text than this holds more than a caption. */
    private static final int PICTURE_TEXT_CHARS = 200;

    /** A label block holding more text than this is not a label. */
    private static final int LABEL_MAX_CHARS = 300;

    private PageCleaner() {
    }

    static void clean(Element body) {
        Map<Element, Integer> images = new IdentityHashMap<>();
        Map<Element, Integer> prose = new IdentityHashMap<>();
        Map<Element, Integer> textChars = textChars(body, images, prose);
        // "Most of the page's text" counts prose, so that big menus and footers do not dilute it.
        Map<Element, Integer> weight = prose.getOrDefault(body, 0) > 0 ? prose : textChars;
        int pageChars = Math.max(1, weight.getOrDefault(body, 0));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body
                        && (remove(e, textChars.getOrDefault(e, 0), weight.getOrDefault(e, 0), pageChars)
                        || pictureBox(e, textChars, images))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * @param chars     the element's text
     * @param share     its part of the page's text as weighed against {@code pageChars}
     */
    private static boolean remove(Element e, int chars, int share, int pageChars) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || DISPLAY_NONE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        boolean majority = share * 2 > pageChars;
        Hints hints = Hints.of(e);
        if (hints.comments()) {
            return !majority;
        }
        boolean positive = hints.positive() || e.attr("itemprop").equalsIgnoreCase("articleBody");
        if (hints.neverArticle()) {
            // "article-body ad-slot-container": a name that says both is decided by how much text it holds.
            return !(majority || positive && share * 5 > pageChars);
        }
        if (majority) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (hints.furniture() && !positive) {
            return true;
        }
        return hints.label() && chars < LABEL_MAX_CHARS;
    }

    /**
     * A box holding a picture and a line or two (a caption and credit, a photo teaser) but no paragraph;
     * a {@code <p>} is left alone, since a paragraph may start with an inline image.
     */
    private static boolean pictureBox(Element e, Map<Element, Integer> textChars, Map<Element, Integer> images) {
        if (!images.containsKey(e) || e.normalName().equals("p") || textChars.getOrDefault(e, 0) > PICTURE_TEXT_CHARS) {
            return false;
        }
        for (Element p : e.getElementsByTag("p")) {
            if (textChars.getOrDefault(p, 0) >= PICTURE_TEXT_CHARS / 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Non-space characters of text under each element, in one bottom-up pass; also the characters in runs
     * of prose (text nodes of a sentence's length or more), and the elements that hold images.
     */
    private static Map<Element, Integer> textChars(Element root, Map<Element, Integer> images, Map<Element, Integer> prose) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own;
                int ownProse;
                if (node instanceof TextNode t) {
                    own = nonSpace(t.getWholeText());
                    ownProse = own >= PROSE_NODE_CHARS ? own : 0;
                } else if (node instanceof Element e) {
                    own = chars.getOrDefault(e, 0);
                    ownProse = prose.getOrDefault(e, 0);
                    int pictures = images.getOrDefault(e, 0) + (e.normalName().equals("img") ? 1 : 0);
                    if (pictures > 0 && e != root && e.parent() != null) {
                        images.merge(e.parent(), pictures, Integer::sum);
                    }
                } else {
                    return;
                }
                if (own > 0 && node != root && node.parent() instanceof Element parent) {
                    chars.merge(parent, own, Integer::sum);
                    if (ownProse > 0) {
                        prose.merge(parent, ownProse, Integer::sum);
                    }
                }
            }
        }, root);
        return chars;
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Paragraphs.isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
