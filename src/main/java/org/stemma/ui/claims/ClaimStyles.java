package org.stemma.ui.claims;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.stemma.model.Tag;

import java.util.Locale;
import java.util.Objects;

/** The claims components' stylesheet, and tags drawn as coloured chips. */
final class ClaimStyles {

    private static final String STYLESHEET = Objects.requireNonNull(ClaimStyles.class.getResource("claims.css"),
            "claims.css").toExternalForm();

    private ClaimStyles() {
    }

    static void addTo(Parent parent) {
        if (!parent.getStylesheets().contains(STYLESHEET)) {
            parent.getStylesheets().add(STYLESHEET);
        }
    }

    /** Gives a dialog the theme of the window it opens over (a dialog has a scene of its own). */
    static void theme(Parent dialog, java.util.List<String> windowSheets) {
        windowSheets.stream().filter(s -> !dialog.getStylesheets().contains(s)).forEach(dialog.getStylesheets()::add);
    }

    /** A tag as a small label in its colour, with black or white text, whichever reads better on it. */
    static Label chip(Tag tag) {
        Label chip = new Label(tag.name());
        chip.getStyleClass().add("tag-chip");
        chip.setStyle("-fx-background-color: " + tag.colour() + "; -fx-text-fill: "
                + (Color.web(tag.colour()).getBrightness() > 0.6 ? "black" : "white") + ";");
        return chip;
    }

    /** {@code #rrggbb}, as tags store colours. */
    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }
}
