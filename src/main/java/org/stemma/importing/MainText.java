package org.stemma.importing;

import org.jsoup.nodes.Element;
import org.stemma.importing.TextBlocks.Block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article body of a cleaned page, in the manner of Readability: each paragraph scores its
 * parent and, less, its further ancestors (more for length and commas); an element's score is weighed by
 * its tag and its class/id words and discounted by its link density; the best element wins, moves up when
 * the article is split across several containers, and takes along siblings that score nearly as well.
 * The chosen region's runs of text are then filtered one by one (see {@link BlockFilter}).
 */
final class MainText {

    /** Paragraphs shorter than this do not vote for a container (Readability's threshold). */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private static final Set<String> PARAGRAPH_OWNERS = Set.of(
            "p", "td", "pre", "blockquote", "div", "section", "article", "main", "dd", "h2", "h3", "h4", "h5", "h6");

    private MainText() {
    }

    /** Per element: text it holds, link text it holds, and its score as a candidate container. */
    private static final class Stats {
        int chars;
        int linkChars;
        double score = Double.NaN;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        boolean candidate() {
            return !Double.isNaN(score);
        }

        double finalScore() {
            return score * (1 - linkDensity());
        }
    }

    /** The blocks of the article body, in page order; empty when the page has none. */
    static List<Block> body(Element root, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Map<Element, Stats> stats = new IdentityHashMap<>();
        // The text each element holds directly, not in a nested block.
        Map<Element, StringBuilder> ownerText = new IdentityHashMap<>();
        for (Block b : blocks) {
            ownerText.computeIfAbsent(b.owner(), k -> new StringBuilder()).append(b.text()).append(' ');
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.chars += b.chars();
                s.linkChars += b.linkChars();
                if (e == root) {
                    break;
                }
            }
        }
        score(root, blocks, stats);
        Element top = top(root, stats);
        if (top == null) {
            return filterIn(blocks, Set.of(root), root);
        }
        return filterIn(blocks, region(top, root, stats, ownerText), root);
    }

    /**
     * Each run of text of paragraph length votes for the element it sits in: a paragraph element votes
     * for its parent; an element holding several runs (text split by {@code <br>}) is itself the container.
     */
    private static void score(Element root, List<Block> blocks, Map<Element, Stats> stats) {
        Map<Element, Integer> runs = new IdentityHashMap<>();
        for (Block b : blocks) {
            runs.merge(b.owner(), 1, Integer::sum);
        }
        for (Block b : blocks) {
            Element owner = b.owner();
            if (!PARAGRAPH_OWNERS.contains(owner.normalName()) || b.chars() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + commas(b.text()) + Math.min(b.chars() / 100, 3);
            // A paragraph made of links (a teaser) votes less.
            points *= 1 - b.linkDensity();
            Element a = runs.get(owner) > 1 || owner == root ? owner : owner.parent();
            for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++) {
                Stats s = stats.get(a);
                if (Double.isNaN(s.score)) {
                    s.score = initialScore(a);
                }
                s.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (a == root) {
                    break;
                }
                a = a.parent();
            }
        }
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        score += Hints.of(e).weight();
        // Publishers that mark the body for search engines are almost always right about it.
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 50;
        }
        return score;
    }

    private static Element top(Element root, Map<Element, Stats> stats) {
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            if (s.candidate() && s.finalScore() > bestScore) {
                best = e.getKey();
                bestScore = s.finalScore();
            }
        }
        return best;
    }

    /** The top candidate, moved up where the article is split, plus the siblings that belong with it. */
    private static Set<Element> region(Element top, Element root, Map<Element, Stats> stats,
                                       Map<Element, StringBuilder> ownerText) {
        top = climb(top, root, stats);
        Element parent = top.parent();
        Set<Element> region = Collections.newSetFromMap(new IdentityHashMap<>());
        region.add(top);
        if (parent == null || top == root) {
            return region;
        }
        double topScore = stats.get(top).finalScore();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        boolean beforeTop = true;
        for (Element sibling : parent.children()) {
            Stats s = stats.get(sibling);
            if (sibling == top) {
                beforeTop = false;
                continue;
            }
            Hints hints = Hints.of(sibling);
            // A summary above the article (standfirst) is the page's description, not its text; another
            // <article> or anything with its own headline is another article (the next one, appended).
            if (s == null || hints.weight() < 0 || beforeTop && hints.summary()
                    || sibling.normalName().equals("article") || sibling.getElementsByTag("h1").size() > 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.candidate() && s.finalScore() + bonus >= threshold) {
                region.add(sibling);
            } else if (sibling.normalName().equals("p") && ownerText.containsKey(sibling)) {
                if (s.chars > 80 && s.linkDensity() < 0.25
                        || s.chars <= 80 && s.linkChars == 0 && Paragraphs.endsSentence(ownerText.get(sibling))) {
                    region.add(sibling);
                }
            }
        }
        return region;
    }

    private static Element climb(Element top, Element root, Map<Element, Stats> stats) {
        double topScore = stats.get(top).finalScore();
        // The best candidate and two near-best ones inside one ancestor: the article is split, take the
        // lowest such ancestor.
        List<Element> alternatives = new ArrayList<>();
        stats.entrySet().stream()
                .filter(e -> e.getValue().candidate() && !isAncestorOrSelf(top, e.getKey()) && !isAncestorOrSelf(e.getKey(), top))
                .sorted(Comparator.comparingDouble((Map.Entry<Element, Stats> e) -> e.getValue().finalScore()).reversed())
                .limit(4)
                .filter(e -> e.getValue().finalScore() >= topScore * 0.75)
                .forEach(e -> alternatives.add(e.getKey()));
        Element chosen = top;
        if (alternatives.size() >= 2) {
            for (Element p = top.parent(); p != null; p = p.parent()) {
                int inside = 0;
                for (Element alt : alternatives) {
                    if (isAncestorOrSelf(p, alt)) {
                        inside++;
                    }
                }
                if (inside >= 2) {
                    chosen = p;
                    break;
                }
                if (p == root) {
                    break;
                }
            }
        }
        // A parent that scores higher than its best child holds more of the article.
        double last = stats.get(chosen).finalScore();
        double floor = last / 3;
        for (Element p = chosen.parent(); p != null && chosen != root; p = p.parent()) {
            Stats s = stats.get(p);
            if (s != null && s.candidate()) {
                if (s.finalScore() < floor) {
                    break;
                }
                if (s.finalScore() > last) {
                    chosen = p;
                    break;
                }
                last = s.finalScore();
            }
            if (p == root) {
                break;
            }
        }
        while (chosen != root && chosen.parent() != null && chosen.parent().childrenSize() == 1) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    private static boolean isAncestorOrSelf(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Block> filterIn(List<Block> blocks, Set<Element> region, Element root) {
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                if (region.contains(e)) {
                    inside.add(b);
                    break;
                }
                if (e == root) {
                    break;
                }
            }
        }
        return inside;
    }

    private static int commas(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
