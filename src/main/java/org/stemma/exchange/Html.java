package org.stemma.exchange;

import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.findings.Finding;
import org.stemma.text.Span;

import java.util.List;
import java.util.TreeSet;

/**
 * What the HTML reports share (decision record 1203): one self-contained file, well-formed XHTML syntax
 * so that any XML tool can read it, styles inlined, no script, and print rules so that a browser's
 * "Print to PDF" gives clean pages.
 */
final class Html {

    static final String STYLE = """
            body{font:15px/1.45 "Noto Serif","DejaVu Serif",Georgia,serif;color:#1b1b1b;margin:2em auto;max-width:80em;padding:0 1.5em}
            h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.15em;margin:1.6em 0 .5em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%}th,td{vertical-align:top;text-align:left;padding:.35em .6em}
            table.facts th{width:8em;color:#555;font-weight:normal}table.facts td{border-bottom:1px solid #eee}
            table.aligned td{width:50%;border-top:1px solid #e4e4e4;white-space:pre-wrap}
            table.list td,table.list th{border-bottom:1px solid #e4e4e4}
            tr.identical td{color:#6b6b6b}tr.left-only td:first-child,tr.right-only td:last-child{background:#f4f1fa}
            td.kind{width:7em;white-space:nowrap;color:#555;font:12px sans-serif}
            ins{background:#ffe08a;text-decoration:none;border-bottom:2px solid #b8860b}
            del{background:#ffd6d6;text-decoration:line-through;text-decoration-color:#a33}
            .disguise{background:#d9f0ff;outline:1px solid #1a73b8}.cp{font:11px monospace;color:#1a5d8f;vertical-align:super}
            .figures{display:flex;gap:2em;flex-wrap:wrap}.figure b{display:block;font-size:1.6em}
            .tag{display:inline-block;padding:0 .5em;border-radius:.6em;margin-right:.3em;border:1px solid #999}
            .muted{color:#6b6b6b}.passage{font-size:1.1em;border-left:4px solid #b8860b;padding:.3em .8em;white-space:pre-wrap}
            footer{margin-top:3em;color:#777;font-size:12px}
            @media print{body{margin:0;max-width:none;font-size:11pt}tr{break-inside:avoid}h2{break-after:avoid}}
            @page{margin:15mm}
            """;

    private Html() {
    }

    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Stemma\"/>\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    static void foot(StringBuilder b, String made) {
        b.append("<footer>").append(esc(made)).append("</footer>\n</body>\n</html>\n");
    }

    /** The facts of an article: title, outlet, byline, date, file. */
    static void facts(StringBuilder b, Document d, String file) {
        Metadata m = d.metadata();
        b.append("<table class=\"facts\">\n");
        row(b, "Title", m.title());
        row(b, "Outlet", m.outlet());
        row(b, "Byline", m.byline());
        row(b, "Date", m.date());
        row(b, "File", file);
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(label).append("</th><td>")
                .append(value == null || value.isBlank() ? "<span class=\"muted\">not stated</span>" : esc(value.strip()))
                .append("</td></tr>\n");
    }

    /**
     * {@code text[span]} with the changed words marked ({@code ins} on the right-hand side, {@code del} on
     * the left) and every disguised character shown with its code point.
     */
    static String marked(String text, Span span, List<Span> changed, List<Finding> disguises, String changeTag) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(span.start(), span.end()));
        for (Span s : changed) {
            cut(cuts, span, s.start(), s.end());
        }
        for (Finding f : disguises) {
            cut(cuts, span, f.start(), f.end());
        }
        StringBuilder b = new StringBuilder();
        Integer from = span.start();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from;
            int z = to;
            Finding disguise = disguises.stream().filter(f -> f.start() <= a && f.end() >= z).findFirst().orElse(null);
            boolean isChanged = changed.stream().anyMatch(s -> s.start() <= a && s.end() >= z);
            String piece = text.substring(a, z);
            String shown = disguise == null ? esc(piece) : disguise(piece, disguise);
            b.append(isChanged ? "<" + changeTag + ">" + shown + "</" + changeTag + ">" : shown);
        }
        return b.toString();
    }

    /** A homoglyph shown with its code point; an invisible character, which cannot be seen, as its code point. */
    private static String disguise(String piece, Finding f) {
        return f.match(
                h -> "<span class=\"disguise\" title=\"" + esc(h.codePoint() + " imitates “" + h.imitates() + "”")
                        + "\">" + esc(piece) + "<span class=\"cp\">" + esc(h.codePoint()) + "</span></span>",
                i -> "<span class=\"disguise\" title=\"" + esc(i.codePoint() + " " + i.name()) + "\">"
                        + "<span class=\"cp\">" + esc(i.codePoint()) + "</span></span>",
                furniture -> esc(piece));
    }

    private static void cut(TreeSet<Integer> cuts, Span span, int start, int end) {
        if (start < span.end() && end > span.start()) {
            cuts.add(Math.max(start, span.start()));
            cuts.add(Math.min(end, span.end()));
        }
    }

    static String percent(double v) {
        return Math.round(v * 100) + "%";
    }

    /** Text for XHTML: markup characters escaped, characters XML cannot carry shown as U+FFFD. */
    static String esc(String s) {
        String safe = RefiExport.xmlSafe(s);
        StringBuilder b = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> { } // a CR of a CRLF: the LF breaks the line
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
