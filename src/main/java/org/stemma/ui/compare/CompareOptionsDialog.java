package org.stemma.ui.compare;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;

/**
 * Compare › Options…: what counts as a difference (decision 1420). Its result is the rules to compare
 * by; a malformed line of equivalent spellings is named under the list and OK waits until it is fixed.
 */
public final class CompareOptionsDialog extends Dialog<CompareOptions> {

    private final CheckBox ignoreCase = new CheckBox("Ignore case (Kyiv = KYIV)");
    private final CheckBox ignorePunctuation = new CheckBox("Ignore punctuation (commas, quotation marks, dashes)");
    private final CheckBox numbers = new CheckBox("Numbers in words equal digits (five thousand = 5,000)");
    private final TextArea equivalents = new TextArea();
    private final Label problem = new Label();

    public CompareOptionsDialog(CompareOptions current) {
        setTitle("Comparison Options");
        setHeaderText("What counts as a difference");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("compare-options");
        ignoreCase.setId("compare-ignore-case");
        ignorePunctuation.setId("compare-ignore-punctuation");
        numbers.setId("compare-numbers");
        equivalents.setId("compare-equivalents");
        problem.setId("compare-rules-problem");
        problem.getStyleClass().add("rules-problem");
        problem.setWrapText(true);
        ignoreCase.setSelected(current.ignoreCase());
        ignorePunctuation.setSelected(current.ignorePunctuation());
        numbers.setSelected(current.numbersAsWords());
        equivalents.setText(current.equivalents().text());
        // A prompt is drawn without its line breaks: the second group is named, not put on a line of its own.
        equivalents.setPromptText("Kiev = Kyiv, then Astana = Nur-Sultan on the next line");
        equivalents.setPrefRowCount(7);
        equivalents.setPrefColumnCount(36);
        Label listLabel = new Label("Equivalent spellings, one group a line, separated by =:");
        listLabel.setLabelFor(equivalents);
        Label note = new Label("Words the rules make equal are shown as equivalent (muted, dotted underline) "
                + "and are not counted as changes. The rules are kept in the project.");
        note.getStyleClass().add("rules-note");
        note.setWrapText(true);
        VBox form = new VBox(8, ignoreCase, ignorePunctuation, numbers, listLabel, equivalents, problem, note);
        getDialogPane().setContent(form);
        // Wrapping labels give the pane no width of its own.
        getDialogPane().setPrefWidth(520);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        setResizable(true);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        equivalents.textProperty().addListener((o, was, now) -> check());
        check();
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!check()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? options() : null);
    }

    /** Shows the dialog over the window of {@code node} in its theme, and waits for it. */
    public java.util.Optional<CompareOptions> showOver(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        if (window != null && getOwner() == null) {
            initOwner(window);
            getDialogPane().getStylesheets().setAll(node.getScene().getStylesheets());
        }
        return showAndWait();
    }

    /** Whether the spellings can be read; if not, says which line is wrong and holds OK back. */
    private boolean check() {
        try {
            EquivalentSpellings.parse(equivalents.getText());
            problem.setText("");
            problem.setManaged(false);
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
            return true;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setManaged(true);
            getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
            return false;
        }
    }

    CompareOptions options() {
        return new CompareOptions(ignoreCase.isSelected(), ignorePunctuation.isSelected(), numbers.isSelected(),
                EquivalentSpellings.parse(equivalents.getText()));
    }
}
