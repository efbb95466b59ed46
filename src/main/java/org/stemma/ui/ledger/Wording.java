package org.stemma.ui.ledger;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stemma.quotes.Member;
import org.stemma.quotes.WordChange;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.List;

/** One outlet's wording of a quotation with the words changed against the reference set apart. */
final class Wording {

    private Wording() {
    }

    static TextFlow of(Member m, String article) {
        List<Span> changed = new ArrayList<>();
        for (WordChange c : m.changes()) {
            if (!c.span().isEmpty()) {
                changed.add(c.span());
            }
        }
        TextFlow flow = new TextFlow();
        int at = m.span().start();
        for (Span c : changed) {
            if (c.start() < at || c.end() > m.span().end()) {
                continue;
            }
            flow.getChildren().add(plain(article.substring(at, c.start())));
            Text t = new Text(c.of(article));
            t.getStyleClass().add("ledger-changed");
            t.setStyle("-fx-fill: #b3261e; -fx-font-weight: bold; -fx-underline: true;");
            flow.getChildren().add(t);
            at = c.end();
        }
        flow.getChildren().add(plain(article.substring(at, m.span().end())));
        return flow;
    }

    private static Text plain(String s) {
        return new Text(s.replaceAll("\\s+", " "));
    }
}
