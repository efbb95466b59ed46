package org.stemma.cli;

import org.stemma.align.AlignedPair;
import org.stemma.align.Change;
import org.stemma.align.Comparison;
import org.stemma.findings.Finding;

import java.io.PrintStream;

/** The readable form of a comparison: scores, then each pair with its changes, then findings. */
final class CompareReport {

    private static final int WIDTH = 100;
    private final PrintStream out;

    CompareReport(PrintStream out) {
        this.out = out;
    }

    void print(Comparison c) {
        out.println("LEFT  " + describe(c.left().document()));
        out.println("RIGHT " + describe(c.right().document()));
        out.printf("similarity %.0f%%   left found in right %.0f%%   right found in left %.0f%%%n",
                100 * c.similarity(), 100 * c.leftInRight(), 100 * c.rightInLeft());
        long equivalent = c.count(AlignedPair.Kind.EQUIVALENT);
        out.printf("%d identical, %s%d changed, %d left only, %d right only%n%n",
                c.count(AlignedPair.Kind.IDENTICAL), equivalent > 0 ? equivalent + " equivalent, " : "",
                c.count(AlignedPair.Kind.CHANGED), c.count(AlignedPair.Kind.LEFT_ONLY), c.count(AlignedPair.Kind.RIGHT_ONLY));
        String lt = c.left().text();
        String rt = c.right().text();
        for (AlignedPair p : c.pairs()) {
            String mark = switch (p.kind()) {
                case IDENTICAL -> "=";
                case EQUIVALENT -> "≈";
                case CHANGED -> "~";
                case LEFT_ONLY -> "<";
                case RIGHT_ONLY -> ">";
            };
            if (p.left() != null) {
                out.println(mark + " L " + TextReport.abbreviate(p.left().of(lt), WIDTH));
            }
            if (p.right() != null) {
                out.println(mark + " R " + TextReport.abbreviate(p.right().of(rt), WIDTH));
            }
            for (Change ch : p.changes()) {
                String format = switch (ch.kind()) {
                    case EDIT -> "      [%s] -> [%s]%n";
                    case MOVED -> "      [%s] moved%n";
                    case EQUIVALENT -> "      [%s] = [%s] (equivalent)%n";
                };
                out.printf(format, ch.leftText(), ch.rightText());
            }
        }
        out.println();
        for (Finding f : c.left().findings()) {
            out.println("LEFT " + TextReport.finding(f).strip());
        }
        for (Finding f : c.right().findings()) {
            out.println("RIGHT " + TextReport.finding(f).strip());
        }
    }

    private static String describe(org.stemma.corpus.Document d) {
        String title = d.metadata().title();
        return (d.source().isEmpty() ? d.name() : d.source()) + (title == null ? "" : "  \"" + TextReport.abbreviate(title, 70) + "\"");
    }
}
