package org.stemma.ui.claims;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.stemma.model.Tag;

import java.util.function.BooleanSupplier;

/**
 * The project's tags with their colours and how many claims carry each: rename, recolour, merge into
 * another tag, delete, and make new ones. Every change is one undoable edit; Ctrl+Z and Ctrl+Y work in
 * the dialog too.
 */
public final class TagManager extends Dialog<Void> {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final ClaimsViewModel model;
    private final ListView<Tag> list;
    private final TextField name = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final ComboBox<Tag> mergeInto = new ComboBox<>();
    private final Button delete = new Button("Delete");
    private final Label message = new Label();
    private long selectedId;
    /** Held here and given to the view model weakly, so that a closed manager can be collected. */
    private final ListChangeListener<Tag> reselectOnChange = c -> reselect();

    public TagManager(ClaimsViewModel model) {
        this.model = model;
        this.list = new ListView<>(model.tags());
        setTitle("Tags");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ClaimStyles.addTo(getDialogPane());
        getDialogPane().setContent(content());
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.undo();
                e.consume();
            } else if (REDO.match(e)) {
                model.redo();
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, tag) -> selected(tag));
        model.tags().addListener(new WeakListChangeListener<>(reselectOnChange));
        if (!model.tags().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Shows the manager over the window of {@code node}, without waiting for it to close. */
    public void showOver(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        if (window != null && getOwner() == null) {
            initOwner(window);
        }
        show();
    }

    private GridPane content() {
        list.setId("tag-list");
        list.setPrefSize(320, 220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Tag tag, boolean empty) {
                super.updateItem(tag, empty);
                setGraphic(empty || tag == null ? null : new HBox(8, ClaimStyles.chip(tag),
                        new Label(count(tag))));
            }
        });
        list.setPlaceholder(new Label("No tags yet"));
        name.setId("tag-name");
        Button rename = new Button("Rename");
        rename.setId("tag-rename");
        rename.setOnAction(e -> act(() -> model.renameTag(selectedId, name.getText())));
        name.setOnAction(e -> rename.fire());
        colour.setId("tag-colour");
        colour.setOnAction(e -> {
            Tag tag = list.getSelectionModel().getSelectedItem();
            String hex = ClaimStyles.hex(colour.getValue());
            if (tag != null && !tag.colour().equals(hex)) {
                act(() -> model.recolourTag(selectedId, hex));
            }
        });
        mergeInto.setId("tag-merge-into");
        mergeInto.setPromptText("another tag");
        Button merge = new Button("Merge");
        merge.setId("tag-merge");
        merge.disableProperty().bind(Bindings.isNull(mergeInto.valueProperty()));
        merge.setOnAction(e -> act(() -> model.mergeTags(selectedId, mergeInto.getValue().id())));
        delete.setId("tag-delete");
        delete.setOnAction(e -> act(() -> model.deleteTag(selectedId)));

        TextField newName = new TextField();
        newName.setId("tag-new-name");
        newName.setPromptText("New tag…");
        ColorPicker newColour = new ColorPicker(Color.web(Tag.paletteColour(model.tags().size())));
        Button create = new Button("Create");
        create.setId("tag-create");
        create.setOnAction(e -> {
            if (model.createTag(newName.getText(), ClaimStyles.hex(newColour.getValue()))) {
                newName.clear();
                newColour.setValue(Color.web(Tag.paletteColour(model.tags().size())));
            }
            message.setText(model.messageProperty().get());
        });
        message.setId("tag-message");
        message.getStyleClass().add("claim-error");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.add(list, 0, 0, 3, 1);
        grid.addRow(1, new Label("Name"), name, rename);
        grid.addRow(2, new Label("Colour"), colour);
        grid.addRow(3, new Label("Merge into"), mergeInto, merge);
        grid.add(delete, 1, 4);
        grid.addRow(5, new Label("New"), newName, new HBox(6, newColour, create));
        grid.add(message, 0, 6, 3, 1);
        return grid;
    }

    private String count(Tag tag) {
        long n = model.claimsWithTag(tag.id());
        return n == 1 ? "1 claim" : n + " claims";
    }

    private void act(BooleanSupplier command) {
        if (selectedId != 0) {
            command.getAsBoolean();
            message.setText(model.messageProperty().get());
        }
    }

    /** Fills the editing row for the selected tag; the merge targets are the other tags. */
    private void selected(Tag tag) {
        if (tag == null) {
            return;
        }
        selectedId = tag.id();
        name.setText(tag.name());
        colour.setValue(Color.web(tag.colour()));
        mergeInto.setItems(model.tags().filtered(t -> t.id() != tag.id()));
        long n = model.claimsWithTag(tag.id());
        delete.setText(n == 0 ? "Delete" : "Delete (taken off " + count(tag) + ")");
    }

    /** Keeps the same tag selected when the list is read again after an edit, or the first one if it is gone. */
    private void reselect() {
        for (Tag t : model.tags()) {
            if (t.id() == selectedId) {
                list.getSelectionModel().select(t);
                selected(t);
                list.refresh();
                return;
            }
        }
        selectedId = 0;
        list.getSelectionModel().selectFirst();
        list.refresh();
    }
}
