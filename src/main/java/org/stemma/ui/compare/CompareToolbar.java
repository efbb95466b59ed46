package org.stemma.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Above the panes: previous / next change, swap, hide furniture, align furniture, and the legend. */
final class CompareToolbar extends HBox {

    private final Control[] buttons;
    private final MenuButton legendMenu;

    CompareToolbar(Comparisons comparisons, BooleanProperty furnitureHidden, BooleanProperty furnitureAligned,
                   Runnable previous, Runnable next) {
        super(8);
        CheckBox hideFurniture = new CheckBox("Hide furniture");
        Button back = button("▲ Previous", "Previous change (Shift+F7, Alt+Up)", previous);
        Button forward = button("▼ Next", "Next change (F7, Alt+Down)", next);
        Button swap = button("⇄ Swap", "Exchange the left and right articles (Ctrl+Shift+X)", comparisons::swap);
        back.setId("previous-change");
        forward.setId("next-change");
        swap.setId("swap-sides");
        hideFurniture.setTooltip(new Tooltip("Hide the page's furniture: bylines, captions, links, prompts (Ctrl+Shift+H)"));
        hideFurniture.setId("hide-furniture");
        hideFurniture.selectedProperty().bindBidirectional(furnitureHidden);
        CheckBox alignFurniture = new CheckBox("Align furniture");
        alignFurniture.setTooltip(new Tooltip("Align the lines judged page furniture too, and count them in the scores;"
                + " they are then shown"));
        alignFurniture.setId("align-furniture");
        alignFurniture.selectedProperty().bindBidirectional(furnitureAligned);
        for (Control control : new Control[]{back, forward, swap, hideFurniture, alignFurniture}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Control control : new Control[]{swap, hideFurniture, alignFurniture}) {
            control.disableProperty().bind(comparisons.shownProperty().isNull());
        }
        comparisons.shownProperty().addListener((o, was, now) -> bindEnds(now, back, forward));
        bindEnds(comparisons.shownProperty().get(), back, forward);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Legend legend = new Legend();
        MenuButton legendMenu = new MenuButton("Legend");
        legendMenu.setId("legend-menu");
        legendMenu.setMinWidth(Region.USE_PREF_SIZE);
        CustomMenuItem column = new CustomMenuItem(Legend.column(), false);
        legendMenu.getItems().add(column);
        getChildren().addAll(back, forward, swap, hideFurniture, alignFurniture, spacer, legend, legendMenu);
        getStyleClass().add("compare-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        // The legend row gives way to a Legend menu when it would push the buttons out of a narrow window.
        buttons = new Control[]{back, forward, swap, hideFurniture, alignFurniture};
        this.legendMenu = legendMenu;
        Runnable fit = () -> {
            double needed = buttonsWidth() + getSpacing() + legend.prefWidth(-1);
            boolean wide = getWidth() <= 0 || getWidth() >= needed;
            show(legend, wide);
            show(legendMenu, !wide);
        };
        widthProperty().addListener(o -> fit.run());
        legend.widthProperty().addListener(o -> fit.run());
        fit.run();
    }

    /** The buttons and the Legend menu: the legend row is not counted, as it gives way. */
    @Override
    protected double computeMinWidth(double height) {
        return buttonsWidth() + getSpacing() + legendMenu.prefWidth(-1);
    }

    private double buttonsWidth() {
        double w = snappedLeftInset() + snappedRightInset() + getSpacing() * buttons.length;
        for (Control c : buttons) {
            w += c.prefWidth(-1);
        }
        return w;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Previous and Next are greyed at the first and the last change, and when nothing is compared. */
    private static void bindEnds(CompareViewModel compare, Button back, Button forward) {
        back.disableProperty().unbind();
        forward.disableProperty().unbind();
        if (compare == null) {
            back.setDisable(true);
            forward.setDisable(true);
        } else {
            back.disableProperty().bind(compare.hasPreviousProperty().not());
            forward.disableProperty().bind(compare.hasNextProperty().not());
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
