package org.stemma.ui.families;

import org.stemma.model.PairScore;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The similarity of every two articles of a family (or of any selection) as a heat map: darker for more
 * shared text, blank where the pair was no candidate. Clicking a cell compares the two.
 */
final class SimilarityMatrix extends ScrollPane {

    static final double CELL = 22;

    private final GridPane grid = new GridPane();

    SimilarityMatrix() {
        setContent(grid);
        setId("similarity-matrix");
        grid.setHgap(1);
        grid.setVgap(1);
        grid.getStyleClass().add("similarity-matrix");
    }

    /**
     * @param name    a short name for a member, shown in the margins
     * @param score   the aligner's score of two members, when they were a candidate pair
     * @param compare called with the two members of a clicked cell
     */
    void show(List<Long> members, Function<Long, String> name, BiFunction<Long, Long, Optional<PairScore>> score,
              BiConsumer<Long, Long> compare) {
        grid.getChildren().clear();
        for (int i = 0; i < members.size(); i++) {
            Label row = new Label(name.apply(members.get(i)));
            row.setMaxWidth(200);
            grid.add(row, 0, i + 1);
            Label column = new Label(String.valueOf(i + 1));
            column.setMinWidth(CELL);
            column.setAlignment(Pos.CENTER);
            grid.add(column, i + 1, 0);
            row.setText((i + 1) + "  " + row.getText());
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = 0; j < members.size(); j++) {
                long a = members.get(i);
                long b = members.get(j);
                Optional<PairScore> s = score.apply(a, b);
                double similarity = i == j ? 1 : s.map(PairScore::similarity).orElse(0.0);
                Rectangle cell = new Rectangle(CELL, CELL, shade(similarity));
                cell.getStyleClass().add("matrix-cell");
                cell.setId("cell-" + a + "-" + b);
                if (i != j) {
                    String tip = name.apply(a) + "\n" + name.apply(b) + "\n" + s.map(p -> String.format(Locale.ROOT,
                            "similarity %d%%, %d%% of the first in the second, %d%% of the second in the first",
                            Math.round(100 * p.similarity()), Math.round(100 * p.contained(a)), Math.round(100 * p.contained(b))))
                            .orElse("no shared text found");
                    Tooltip.install(cell, new Tooltip(tip + "\nClick to compare."));
                    cell.setOnMouseClicked(e -> compare.accept(a, b));
                    cell.setCursor(javafx.scene.Cursor.HAND);
                }
                grid.add(cell, j + 1, i + 1);
            }
        }
    }

    /** White for nothing shared to a deep teal for the same text. */
    static Color shade(double similarity) {
        double s = Math.max(0, Math.min(1, similarity));
        return Color.rgb((int) (255 - 230 * s), (int) (255 - 150 * s), (int) (255 - 120 * s));
    }
}
