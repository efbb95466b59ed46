package org.stemma.importing;

import org.jsoup.nodes.Element;
import org.stemma.importing.TextBlocks.Block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lists of items that each carry a line of their own made of a link next to some prose: reader
 * comments (the commenter's name, "Reply"), teaser cards (a linked headline over a summary). Three or
 * more such siblings of one kind are a list, whatever the site calls them, and not the article: an
 * article split into parts has its links inside its sentences, and its parts are named as body parts.
 */
final class RepeatedItems {

    private static final int MIN_ITEMS = 3;
    private static final int MIN_PROSE_CHARS = 25;
    private static final int MAX_LINK_LINE_CHARS = 100;

    private RepeatedItems() {
    }

    /** The blocks that are not inside such a list. */
    static List<Block> drop(List<Block> blocks, Element root) {
        Map<Element, int[]> marks = new IdentityHashMap<>();
        for (Block b : blocks) {
            boolean linkLine = b.linkDensity() >= 0.5 && b.chars() < MAX_LINK_LINE_CHARS;
            boolean prose = b.chars() >= MIN_PROSE_CHARS && b.linkDensity() < 0.5;
            if (!linkLine && !prose) {
                continue;
            }
            for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
                marks.computeIfAbsent(e, k -> new int[2])[linkLine ? 0 : 1]++;
            }
        }
        Map<Element, Map<String, List<Element>>> byParent = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> m : marks.entrySet()) {
            Element e = m.getKey();
            // Parts of an article body that each end in a "Read more" line are not a list.
            if (m.getValue()[0] > 0 && m.getValue()[1] > 0 && e.parent() != null && !Hints.of(e).bodyPart()) {
                byParent.computeIfAbsent(e.parent(), k -> new HashMap<>())
                        .computeIfAbsent(e.normalName() + "." + e.className(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<Element> items = Collections.newSetFromMap(new IdentityHashMap<>());
        byParent.values().forEach(kinds -> kinds.values().stream().filter(g -> g.size() >= MIN_ITEMS).forEach(items::addAll));
        if (items.isEmpty()) {
            return blocks;
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!inside(b.owner(), items, root)) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static boolean inside(Element e, Set<Element> items, Element root) {
        for (Element x = e; x != null && x != root; x = x.parent()) {
            if (items.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
