package org.stemma.ui.claims;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimCounterpart.Review;
import org.stemma.text.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counterparts part of the claim editor: one line per other article ("The BOL News: altered — meaningful →
 * important", the other wording in a tooltip) with Confirm and Reject toggles. A passage not yet
 * claimed gets a preview without toggles: reviews belong to stored counterparts.
 */
final class CounterpartReviews {

    private final ClaimsViewModel model;
    private final VBox box = new VBox(4);
    private final Map<Long, ToggleGroup> groups = new HashMap<>();

    CounterpartReviews(ClaimsViewModel model) {
        this.model = model;
        box.setId("claim-counterparts");
    }

    Node node() {
        return box;
    }

    /** Shows where a passage not yet claimed stands in the other articles, once that is computed. */
    void preview(long documentId, Span passage) {
        box.getChildren().setAll(new Label("Finding counterparts…"));
        model.previewCounterparts(documentId, passage, found -> {
            box.getChildren().setAll(found.stream().map(c -> (Node) line(c)).toList());
            box.getChildren().add(new Label(found.isEmpty() ? "No other articles in the project."
                    : "Confirm or reject them once the claim is saved."));
        });
    }

    /** Shows a stored claim's counterparts, each with its review. */
    void show(List<ClaimCounterpart> counterparts) {
        if (counterparts.isEmpty()) {
            box.getChildren().setAll(new Label(model.findingProperty().get() > 0 ? "Still being found…"
                    : "No other articles in the project."));
            return;
        }
        box.getChildren().clear();
        for (ClaimCounterpart c : counterparts) {
            ToggleGroup group = new ToggleGroup();
            ToggleButton confirm = toggle("Confirm", Review.CONFIRMED, group, c);
            ToggleButton reject = toggle("Reject", Review.REJECTED, group, c);
            groups.put(c.id(), group);
            Label line = line(c);
            HBox.setHgrow(line, Priority.ALWAYS);
            line.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, line, confirm, reject);
            row.getStyleClass().add("counterpart");
            box.getChildren().add(row);
        }
    }

    /** The review chosen for every counterpart shown with toggles. */
    Map<Long, Review> reviews() {
        Map<Long, Review> reviews = new HashMap<>();
        groups.forEach((id, group) -> reviews.put(id,
                group.getSelectedToggle() == null ? Review.UNREVIEWED : (Review) group.getSelectedToggle().getUserData()));
        return reviews;
    }

    private Label line(ClaimCounterpart c) {
        Label line = new Label(CounterpartText.line(c, model.documentLabel(c.documentId())));
        line.setWrapText(true);
        line.setTooltip(new Tooltip(c.text() == null ? "Not in " + model.documentLabel(c.documentId()) + " (" + model.documentName(c.documentId()) + ")" : c.text()));
        return line;
    }

    private static ToggleButton toggle(String text, Review review, ToggleGroup group, ClaimCounterpart c) {
        ToggleButton button = new ToggleButton(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId(text.toLowerCase(java.util.Locale.ROOT) + "-" + c.documentId());
        button.setUserData(review);
        button.setToggleGroup(group);
        button.setSelected(c.review() == review);
        return button;
    }
}
