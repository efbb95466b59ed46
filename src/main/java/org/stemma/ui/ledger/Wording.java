package org.stemma.ui.ledger;

import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.stemma.quotes.Member;
import org.stemma.quotes.WordChange;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/** One outlet's wording of a quotation with the words changed against the reference set apart. */
final class Wording {

    private Wording() {
    }

    static HBox of(Member m, String article) {
        List<Span> changed = new ArrayList<>();
        for (WordChange c : m.changes()) {
            if (!c.span().isEmpty()) {
                changed.add(c.span());
            }
        }
        // Only the quoted stretches: not the marks and attribution between the parts of a quotation.
        List<Span> parts = m.quotation() == null ? List.of(m.span()) : m.quotation().parts();
        // One line of Text nodes: a TextFlow in a tree-table cell measured rows far too tall.
        HBox line = new HBox();
        for (Span part : parts) {
            if (!line.getChildren().isEmpty()) {
                line.getChildren().add(plain(" "));
            }
            int at = part.start();
            for (Span c : changed) {
                if (c.start() < at || c.end() > part.end()) {
                    continue;
                }
                line.getChildren().add(plain(article.substring(at, c.start())));
                Text t = new Text(c.of(article));
                t.getStyleClass().add("ledger-changed"); // coloured by the theme (stemma.css)
                line.getChildren().add(t);
                at = c.end();
            }
            line.getChildren().add(plain(article.substring(at, part.end())));
        }
        return line;
    }

    private static Text plain(String s) {
        Text t = new Text(s.replaceAll("\\s+", " "));
        t.getStyleClass().add("ledger-text");
        return t;
    }
}
