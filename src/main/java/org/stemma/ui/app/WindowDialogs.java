package org.stemma.ui.app;

import org.stemma.ui.corpus.Article;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The main window's small dialogs: Compare With's choice of article, About. */
final class WindowDialogs {

    private WindowDialogs() {
    }

    /** Compare › Compare With…: the article to put beside {@code left}, chosen from {@code others} (not empty). */
    static Optional<Article> compareWith(Stage owner, Article left, List<Article> others) {
        ChoiceDialog<Article> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.initOwner(owner);
        dialog.setTitle("Compare With");
        dialog.setHeaderText("Compare “" + left.title() + "” with:");
        return dialog.showAndWait();
    }

    static void about(Stage owner, Path settingsFile) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Aligns rewritten articles sentence by sentence, shows every changed word, and exposes "
                        + "disguised characters.\n\nSettings: " + settingsFile, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Stemma");
        alert.setHeaderText("Stemma");
        alert.show();
    }
}
