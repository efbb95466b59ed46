package org.stemma.ui.ledger;

import org.stemma.quotes.Member;
import org.stemma.quotes.WordChange;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/** One outlet's wording of a quotation in pieces, the words changed against the reference set apart. */
final class Wording {

    /** A stretch of the wording, changed against the reference or not. */
    record Piece(String text, boolean changed) {
    }

    private Wording() {
    }

    /** The quoted stretches only: not the marks and the attribution between the parts of a quotation. */
    static List<Piece> pieces(Member m, String article) {
        List<Span> changed = new ArrayList<>();
        for (WordChange c : m.changes()) {
            if (!c.span().isEmpty()) {
                changed.add(c.span());
            }
        }
        List<Span> parts = m.quotation() == null ? List.of(m.span()) : m.quotation().parts();
        List<Piece> pieces = new ArrayList<>();
        for (Span part : parts) {
            if (!pieces.isEmpty()) {
                pieces.add(new Piece(" ", false));
            }
            int at = part.start();
            for (Span c : changed) {
                if (c.start() < at || c.end() > part.end()) {
                    continue;
                }
                pieces.add(new Piece(oneLine(article.substring(at, c.start())), false));
                pieces.add(new Piece(oneLine(c.of(article)), true));
                at = c.end();
            }
            pieces.add(new Piece(oneLine(article.substring(at, part.end())), false));
        }
        return pieces;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
