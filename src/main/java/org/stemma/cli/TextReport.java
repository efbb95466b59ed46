package org.stemma.cli;

import org.stemma.corpus.Document;
import org.stemma.findings.Finding;

import java.io.PrintStream;

/** Plain-text lines for a terminal. */
final class TextReport {

    private TextReport() {
    }

    static void header(PrintStream out, Document d) {
        out.println(d.source().isEmpty() ? d.name() : d.source());
        print(out, "title", d.metadata().title());
        print(out, "outlet", d.metadata().outlet());
        print(out, "byline", d.metadata().byline());
        print(out, "date", d.metadata().date());
    }

    private static void print(PrintStream out, String label, String value) {
        if (value != null) {
            out.printf("  %-7s %s%n", label + ":", value);
        }
    }

    static String finding(Finding f) {
        return f.match(
                h -> String.format("  homoglyph   @%d %s %s imitating '%s' in \"%s\"", h.start(), h.codePoint(),
                        h.text(), h.imitates() == null ? "?" : h.imitates(), h.word()),
                i -> String.format("  invisible   @%d %s %s", i.start(), i.codePoint(), i.name()),
                b -> String.format("  boilerplate @%d %s: %s", b.start(), b.reason().description(), abbreviate(b.text(), 60)));
    }

    static String abbreviate(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
