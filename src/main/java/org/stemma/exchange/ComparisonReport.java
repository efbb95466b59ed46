package org.stemma.exchange;

import org.stemma.align.AlignedPair;
import org.stemma.align.Change;
import org.stemma.align.Comparison;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.findings.Finding;
import org.stemma.text.Span;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Two articles aligned, as one HTML page to send (decision record 1203): each article's facts, the
 * similarity figures, the articles side by side pair by pair with the changed words marked, the changed
 * wording as a list, and every disguised character with its code point.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** @param leftFile where the left article came from (a path or a name), and the same for the right */
    public static String html(Comparison c, String leftFile, String rightFile) {
        String lt = c.left().text();
        String rt = c.right().text();
        StringBuilder b = new StringBuilder(lt.length() * 3 + rt.length() * 3 + 8192);
        String title = "Comparison: " + name(c.left()) + " and " + name(c.right());
        Html.head(b, title);
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        b.append("<table><tr><td style=\"width:50%\"><h2>Left</h2>\n");
        Html.facts(b, c.left().document(), leftFile);
        b.append("</td><td style=\"width:50%\"><h2>Right</h2>\n");
        Html.facts(b, c.right().document(), rightFile);
        b.append("</td></tr></table>\n");

        b.append("<h2>Figures</h2>\n<div class=\"figures\">\n");
        figure(b, Html.percent(c.similarity()), "similarity (words in common)");
        figure(b, Html.percent(c.leftInRight()), "of the left found in the right");
        figure(b, Html.percent(c.rightInLeft()), "of the right found in the left");
        figure(b, Long.toString(c.count(AlignedPair.Kind.IDENTICAL)), "passages identical");
        if (c.count(AlignedPair.Kind.EQUIVALENT) > 0) {
            figure(b, Long.toString(c.count(AlignedPair.Kind.EQUIVALENT)), "passages equivalent (same by the options)");
        }
        figure(b, Long.toString(c.count(AlignedPair.Kind.CHANGED)), "passages changed");
        figure(b, Long.toString(c.count(AlignedPair.Kind.LEFT_ONLY)), "only in the left");
        figure(b, Long.toString(c.count(AlignedPair.Kind.RIGHT_ONLY)), "only in the right");
        figure(b, disguises(c.left()) + " / " + disguises(c.right()), "disguised characters, left / right");
        b.append("</div>\n");

        b.append("<h2>Side by side</h2>\n<table class=\"aligned\">\n");
        List<Finding> ld = c.left().findings().stream().filter(Finding::isDisguise).toList();
        List<Finding> rd = c.right().findings().stream().filter(Finding::isDisguise).toList();
        for (AlignedPair p : c.pairs()) {
            b.append("<tr class=\"").append(p.kind().id()).append("\">");
            List<Change> marked = p.changes().stream().filter(ch -> !ch.isEquivalent()).toList();
            cell(b, lt, p.left(), marked.stream().flatMap(ch -> ch.leftWords().stream()).toList(), ld, "del");
            cell(b, rt, p.right(), marked.stream().flatMap(ch -> ch.rightWords().stream()).toList(), rd, "ins");
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        List<Change> changes = c.pairs().stream().flatMap(p -> p.changes().stream())
                .filter(ch -> !ch.isEquivalent()).toList();
        b.append("<h2>Changed wording (").append(changes.size()).append(")</h2>\n");
        if (changes.isEmpty()) {
            b.append("<p class=\"muted\">No word of the matched passages differs.</p>\n");
        } else {
            b.append("<table class=\"list\"><tr><th>Left</th><th>Right</th></tr>\n");
            for (Change ch : changes) {
                b.append("<tr><td>").append(wording(ch.leftText(), "del")).append("</td><td>")
                        .append(wording(ch.rightText(), "ins")).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        equivalents(b, c);
        disguises(b, "left", c.left());
        disguises(b, "right", c.right());

        Html.foot(b, "Made by Stemma on " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ". Marked: words deleted on the left, words inserted on the right, disguised characters with their code points.");
        return b.toString();
    }

    /** Words written otherwise but the same by the comparison's options, listed apart from the changes. */
    private static void equivalents(StringBuilder b, Comparison c) {
        List<Change> equivalent = c.pairs().stream().flatMap(p -> p.changes().stream()).filter(Change::isEquivalent).toList();
        if (equivalent.isEmpty()) {
            return;
        }
        b.append("<h2>Equivalent wording (").append(equivalent.size()).append(")</h2>\n")
                .append("<table class=\"list\"><tr><th>Left</th><th>Right</th></tr>\n");
        for (Change ch : equivalent) {
            b.append("<tr><td>").append(Html.esc(ch.leftText())).append("</td><td>").append(Html.esc(ch.rightText()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void cell(StringBuilder b, String text, Span span, List<Span> words, List<Finding> disguises, String tag) {
        b.append("<td>");
        if (span != null) {
            b.append(Html.marked(text, span, words, disguises, tag));
        }
        b.append("</td>");
    }

    static void disguises(StringBuilder b, String side, AnalyzedDocument d) {
        List<Finding> found = d.findings().stream().filter(Finding::isDisguise).toList();
        if (found.isEmpty()) {
            return;
        }
        b.append("<h2>Disguised characters in the ").append(side).append(" article (").append(found.size())
                .append(")</h2>\n<table class=\"list\"><tr><th>Code point</th><th>Kind</th><th>Imitates or name</th>")
                .append("<th>Word</th><th>Offset</th></tr>\n");
        for (Finding f : found) {
            String cells = f.match(
                    h -> cells(h.codePoint(), "homoglyph", h.imitates(), h.word()),
                    i -> cells(i.codePoint(), "invisible", i.name(), ""),
                    furniture -> "");
            b.append("<tr>").append(cells).append("<td>").append(f.start()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static String cells(String codePoint, String kind, String imitates, String word) {
        return "<td><code>" + Html.esc(codePoint) + "</code></td><td>" + kind + "</td><td>" + Html.esc(imitates)
                + "</td><td>" + Html.esc(word) + "</td>";
    }

    private static String wording(String words, String tag) {
        return words.isEmpty() ? "<span class=\"muted\">(nothing)</span>" : "<" + tag + ">" + Html.esc(words) + "</" + tag + ">";
    }

    private static void figure(StringBuilder b, String value, String label) {
        b.append("<div class=\"figure\"><b>").append(Html.esc(value)).append("</b>").append(Html.esc(label)).append("</div>\n");
    }

    private static long disguises(AnalyzedDocument d) {
        return d.findings().stream().filter(Finding::isDisguise).count();
    }

    static String name(AnalyzedDocument d) {
        String outlet = d.document().metadata().outlet();
        return outlet == null ? d.document().name() : outlet.strip() + " (" + d.document().name() + ")";
    }
}
