package org.stemma.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The comparison's figures under the panes: one line, wrapping onto another on a narrow window, never cut. */
final class SummaryBar extends FlowPane {

    SummaryBar() {
        super(14, 4);
        getStyleClass().add("summary-bar");
        setAlignment(Pos.CENTER_LEFT);
        setId("summary-bar");
        // A flow pane asks for as much height as its width needs, so the figures wrap instead of shrinking.
        setMinHeight(Region.USE_PREF_SIZE);
        setPrefWrapLength(400);
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
            value.setMinWidth(Region.USE_PREF_SIZE);
            label.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(6, label, value);
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.BASELINE_LEFT);
            box.getStyleClass().add("summary-item");
            Tooltip.install(box, new Tooltip(item.meaning()));
            getChildren().add(box);
        }
    }
}
