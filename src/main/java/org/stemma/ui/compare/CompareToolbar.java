package org.stemma.ui.compare;

import org.stemma.ui.app.MainViewModel;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Above the panes: previous / next change, swap, hide furniture, and the legend. */
final class CompareToolbar extends HBox {

    CompareToolbar(MainViewModel main, Runnable previous, Runnable next) {
        super(8);
        CheckBox hideFurniture = new CheckBox("Hide furniture");
        Button back = button("▲ Previous", "Previous change (Shift+F7, Alt+Up)", previous);
        Button forward = button("▼ Next", "Next change (F7, Alt+Down)", next);
        Button swap = button("⇄ Swap", "Exchange the left and right articles (Ctrl+Shift+X)", main::swap);
        back.setId("previous-change");
        forward.setId("next-change");
        swap.setId("swap-sides");
        hideFurniture.setTooltip(new Tooltip("Hide the page's furniture: bylines, captions, links, prompts (Ctrl+Shift+H)"));
        hideFurniture.setId("hide-furniture");
        hideFurniture.selectedProperty().bindBidirectional(main.furnitureHiddenProperty());
        for (Control control : new Control[]{back, forward, swap, hideFurniture}) {
            control.disableProperty().bind(main.compareProperty().isNull());
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(back, forward, swap, hideFurniture, spacer, new Legend());
        getStyleClass().add("compare-toolbar");
        setAlignment(Pos.CENTER_LEFT);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
