package org.stemma.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The comparison's figures in one line under the panes. */
final class SummaryBar extends HBox {

    SummaryBar() {
        super(22);
        getStyleClass().add("summary-bar");
        setAlignment(Pos.CENTER_LEFT);
    }

    void show(Summary summary) {
        getChildren().clear();
        if (summary == null) {
            return;
        }
        for (Summary.Item item : summary.items()) {
            Label value = new Label(item.value());
            value.getStyleClass().add("summary-value");
            if (!item.styleClass().isEmpty()) {
                value.getStyleClass().add("summary-" + item.styleClass());
            }
            Label label = new Label(item.label());
            label.getStyleClass().add("summary-label");
            HBox box = new HBox(6, label, value);
            box.setAlignment(Pos.BASELINE_LEFT);
            box.getStyleClass().add("summary-item");
            getChildren().add(box);
        }
    }
}
