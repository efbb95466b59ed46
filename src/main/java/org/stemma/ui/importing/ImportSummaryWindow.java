package org.stemma.ui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stemma.importing.FileOutcome;
import org.stemma.importing.ImportSummary;
import org.stemma.importing.OutcomeText;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import did, file by file, grouped: added, near twins, duplicates, refused (with the reason).
 * Rows can be selected and copied (Ctrl+C), or the whole report copied with one button, to paste into
 * a note or a message.
 */
final class ImportSummaryWindow {

    private final Stage stage = new Stage();

    ImportSummaryWindow(Window owner, ImportSummary summary) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Import summary");
        Label total = new Label(OutcomeText.total(summary));
        total.setId("import-total");
        TableView<FileOutcome> table = new TableView<>();
        table.setId("import-summary-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Result", 100, ImportSummaryWindow::kind));
        table.getColumns().add(column("File", 220, o -> String.valueOf(o.path().getFileName())));
        table.getColumns().add(column("Details", 420, OutcomeText::verdict));
        table.getItems().setAll(summary.outcomes().stream().sorted(Comparator.comparingInt(ImportSummaryWindow::group)).toList());
        table.setPlaceholder(new Label("No files were found."));
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(table.getSelectionModel().getSelectedItems().stream().map(OutcomeText::line)
                        .collect(Collectors.joining("\n", "", "\n")));
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button copyAll = new Button("Copy report");
        copyAll.setId("import-copy");
        copyAll.setOnAction(e -> copy(OutcomeText.report(summary)));
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, copyAll, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, total, table, buttons);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 780, 420));
    }

    void show() {
        stage.show();
    }

    /** The name shown in the Result column; also the order of the groups. */
    static String kind(FileOutcome outcome) {
        return List.of("Added", "Near twin", "Updated", "Duplicate", "Refused").get(group(outcome));
    }

    private static int group(FileOutcome outcome) {
        if (outcome instanceof FileOutcome.Added) {
            return 0;
        }
        if (outcome instanceof FileOutcome.NearTwin) {
            return 1;
        }
        if (outcome instanceof FileOutcome.Updated) {
            return 2;
        }
        return outcome instanceof FileOutcome.Duplicate ? 3 : 4;
    }

    private static TableColumn<FileOutcome, String> column(String title, double width, Function<FileOutcome, String> text) {
        TableColumn<FileOutcome, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
