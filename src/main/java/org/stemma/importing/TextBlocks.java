package org.stemma.importing;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The runs of text of a page as a reader sees them: a block element or a line break ends a run. Each run
 * keeps the block element it sits in and how much of it is link text.
 */
final class TextBlocks {

    /**
     * One run of text.
     *
     * @param owner     the innermost block element around the text
     * @param text      the text, white space collapsed
     * @param chars     non-space characters
     * @param linkChars non-space characters inside links
     * @param listItem  whether the text sits in a list item
     */
    record Block(Element owner, String text, int chars, int linkChars, boolean listItem) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        boolean heading() {
            return HEADINGS.contains(owner.normalName());
        }
    }

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
            "figure", "figcaption", "header", "footer", "aside", "nav", "address", "center", "hr", "form",
            "fieldset", "details", "summary", "body", "html", "hgroup", "menu", "legend");

    private TextBlocks() {
    }

    static List<Block> collect(Element root) {
        Walker walker = new Walker(root);
        NodeTraversor.traverse(walker, root);
        walker.flush();
        return walker.blocks;
    }

    private static final class Walker implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final Deque<Element> open = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int listDepth;
        int preDepth;
        boolean pendingSpace;

        Walker(Element root) {
            open.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    open.push(e);
                }
                switch (tag) {
                    case "a" -> linkDepth++;
                    case "li" -> listDepth++;
                    case "pre" -> preDepth++;
                    default -> { }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    open.pop();
                }
                switch (tag) {
                    case "a" -> linkDepth--;
                    case "li" -> listDepth--;
                    case "pre" -> preDepth--;
                    default -> { }
                }
            }
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (preDepth > 0 && c == '\n') {
                    flush();
                } else if (Paragraphs.isSpace(c)) {
                    pendingSpace = !text.isEmpty();
                } else {
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    text.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        void flush() {
            if (chars > 0) {
                blocks.add(new Block(open.peek(), text.toString(), chars, linkChars, listDepth > 0));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
            pendingSpace = false;
        }
    }
}
