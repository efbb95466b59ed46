package org.stemma.ui.claims;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.stemma.claims.TagTree;
import org.stemma.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The project's tags as a tree, with their colours, memos and how many claims carry each: drag a tag onto
 * another to nest it (onto the empty space below the tags for the top level), or choose where it goes
 * with "Move under" from the keyboard; rename, recolour, write its memo, merge into another tag, delete,
 * and make new ones. Every change is one undoable edit; Ctrl+Z and Ctrl+Y work in the dialog too.
 */
public final class TagManager extends Dialog<Void> {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** The "Move under" entry for the top level. */
    static final String TOP_LEVEL = "(top level)";

    private final ClaimsViewModel model;
    private final TreeView<Tag> tree = new TreeView<>(new TreeItem<>());
    private final TextField name = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final TextArea memo = new TextArea();
    private final ComboBox<FilterChoice<Tag>> moveUnder = new ComboBox<>();
    private final ComboBox<Tag> mergeInto = new ComboBox<>();
    private final Button delete = new Button("Delete");
    private final Label message = new Label();
    private final Set<Long> collapsed = new HashSet<>();
    private long selectedId;
    /** Held here and given to the view model weakly, so that a closed manager can be collected. */
    private final ListChangeListener<Tag> rebuildOnChange = c -> rebuild();

    public TagManager(ClaimsViewModel model) {
        this.model = model;
        setTitle("Tags");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ClaimStyles.addTo(getDialogPane());
        getDialogPane().setContent(content());
        getDialogPane().setPrefWidth(620);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.undo();
                e.consume();
            } else if (REDO.match(e)) {
                model.redo();
                e.consume();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> selected(item));
        model.tags().addListener(new WeakListChangeListener<>(rebuildOnChange));
        rebuild();
    }

    /** Shows the manager over the window of {@code node}, without waiting for it to close. */
    public void showOver(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        if (window != null && getOwner() == null) {
            initOwner(window);
        }
        if (node != null && node.getScene() != null) {
            ClaimStyles.theme(getDialogPane(), node.getScene().getStylesheets());
        }
        show();
    }

    private GridPane content() {
        tree.setId("tag-tree");
        tree.setShowRoot(false);
        tree.setPrefSize(420, 260);
        tree.setCellFactory(t -> new TagTreeCell(model, this::count, this::drop));
        // Dropped below the tags, on the tree's empty space: the top level.
        TagTreeCell.acceptTopLevelDrops(tree, this::drop);
        Label empty = new Label("No tags yet");
        name.setId("tag-name");
        Button rename = new Button("Rename");
        rename.setId("tag-rename");
        rename.setOnAction(e -> act(() -> model.renameTag(selectedId, name.getText())));
        name.setOnAction(e -> rename.fire());
        colour.setId("tag-colour");
        colour.setOnAction(e -> {
            Tag tag = selectedTag();
            String hex = ClaimStyles.hex(colour.getValue());
            if (tag != null && !tag.colour().equals(hex)) {
                act(() -> model.recolourTag(selectedId, hex));
            }
        });
        memo.setId("tag-memo");
        memo.setPromptText("What this tag means, when to use it");
        memo.setPrefRowCount(3);
        memo.setPrefColumnCount(28);
        memo.setWrapText(true);
        Button saveMemo = new Button("Save Memo");
        saveMemo.setId("tag-memo-save");
        saveMemo.setOnAction(e -> {
            Tag tag = selectedTag();
            if (tag != null && !tag.memo().equals(memo.getText())) {
                act(() -> model.setTagMemo(selectedId, memo.getText()));
            }
        });
        moveUnder.setId("tag-move-under");
        moveUnder.setPromptText("another tag");
        moveUnder.setMaxWidth(Double.MAX_VALUE);
        Button move = new Button("Move");
        move.setId("tag-move");
        move.disableProperty().bind(Bindings.isNull(moveUnder.valueProperty()));
        move.setOnAction(e -> {
            Tag parent = moveUnder.getValue().value();
            act(() -> model.moveTag(selectedId, parent == null ? 0 : parent.id()));
        });
        mergeInto.setId("tag-merge-into");
        mergeInto.setPromptText("another tag");
        mergeInto.setMaxWidth(Double.MAX_VALUE);
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
        CheckBox inside = new CheckBox("inside the selected tag");
        inside.setId("tag-new-inside");
        Button create = new Button("Create");
        create.setId("tag-create");
        create.setOnAction(e -> {
            long parent = inside.isSelected() ? selectedId : 0;
            if (model.createTag(newName.getText(), ClaimStyles.hex(newColour.getValue()), parent)) {
                newName.clear();
                newColour.setValue(Color.web(Tag.paletteColour(model.tags().size())));
            }
            message.setText(model.messageProperty().get());
        });
        newName.setOnAction(e -> create.fire());
        message.setId("tag-message");
        message.getStyleClass().add("claim-error");
        message.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        // Labels and buttons keep their width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, fields, buttons);
        grid.add(tree, 0, 0, 3, 1);
        GridPane.setVgrow(tree, Priority.ALWAYS);
        grid.add(empty, 0, 0, 3, 1);
        empty.visibleProperty().bind(Bindings.isEmpty(model.tags()));
        empty.setMouseTransparent(true);
        grid.addRow(1, new Label("Name"), name, rename);
        grid.addRow(2, new Label("Colour"), colour);
        grid.addRow(3, new Label("Memo"), memo, saveMemo);
        grid.addRow(4, new Label("Move under"), moveUnder, move);
        grid.addRow(5, new Label("Merge into"), mergeInto, merge);
        grid.add(delete, 1, 6);
        grid.addRow(7, new Label("New"), new HBox(6, newName, newColour), create);
        grid.add(inside, 1, 8);
        grid.add(message, 0, 9, 3, 1);
        return grid;
    }

    /** "2 claims", or "2 claims · 5 with nested" when tags under it carry more. */
    private String count(Tag tag) {
        long direct = model.claimsWithTag(tag.id());
        long under = model.claimsUnderTag(tag.id());
        String text = direct == 1 ? "1 claim" : direct + " claims";
        return under > direct ? text + " · " + under + " with nested" : text;
    }

    /** A tag dropped onto another one ({@code null}: the top level); refused drops say why. */
    void drop(long tagId, Tag onto) {
        selectedId = tagId;
        act(() -> model.moveTag(tagId, onto == null ? 0 : onto.id()));
    }

    private Tag selectedTag() {
        TreeItem<Tag> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void act(BooleanSupplier command) {
        if (selectedId != 0) {
            command.getAsBoolean();
            message.setText(model.messageProperty().get());
        }
    }

    /** Fills the editing rows for the selected tag: where it may move, what it may merge into. */
    private void selected(TreeItem<Tag> item) {
        if (item == null || item.getValue() == null) {
            return;
        }
        Tag tag = item.getValue();
        selectedId = tag.id();
        name.setText(tag.name());
        colour.setValue(Color.web(tag.colour()));
        memo.setText(tag.memo());
        TagTree tags = model.tagTree();
        ObservableList<FilterChoice<Tag>> targets = FXCollections.observableArrayList();
        if (tag.parentId() != 0) {
            targets.add(new FilterChoice<>(null, TOP_LEVEL));
        }
        for (Tag t : model.tags()) {
            if (t.id() != tag.parentId() && tags.canNest(tag.id(), t.id())) {
                targets.add(new FilterChoice<>(t, tags.path(t.id())));
            }
        }
        moveUnder.setItems(targets);
        mergeInto.setItems(model.tags().filtered(t -> t.id() != tag.id()));
        int children = tags.children(tag.id()).size();
        long n = model.claimsWithTag(tag.id());
        List<String> effects = new ArrayList<>();
        if (n > 0) {
            effects.add("taken off " + (n == 1 ? "1 claim" : n + " claims"));
        }
        if (children > 0) {
            effects.add((children == 1 ? "1 nested tag moves" : children + " nested tags move") + " up");
        }
        delete.setText(effects.isEmpty() ? "Delete" : "Delete (" + String.join("; ", effects) + ")");
    }

    /** Builds the tree again from the view model's tags, keeping the selection and what was collapsed. */
    private void rebuild() {
        rememberCollapsed(tree.getRoot());
        Map<Long, TreeItem<Tag>> items = new HashMap<>();
        TreeItem<Tag> root = new TreeItem<>();
        TagTree tags = model.tagTree();
        for (Tag t : model.tags()) {
            TreeItem<Tag> item = new TreeItem<>(t);
            item.setExpanded(!collapsed.contains(t.id()));
            items.put(t.id(), item);
            items.getOrDefault(tags.get(t.parentId()).isPresent() ? t.parentId() : -1, root).getChildren().add(item);
        }
        tree.setRoot(root);
        TreeItem<Tag> keep = items.get(selectedId);
        if (keep == null && !root.getChildren().isEmpty()) {
            keep = root.getChildren().get(0);
        }
        if (keep != null) {
            for (TreeItem<Tag> up = keep.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(keep);
            selected(keep);
        } else {
            selectedId = 0;
        }
    }

    private void rememberCollapsed(TreeItem<Tag> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null) {
            if (item.isExpanded() || item.getChildren().isEmpty()) {
                collapsed.remove(item.getValue().id());
            } else {
                collapsed.add(item.getValue().id());
            }
        }
        item.getChildren().forEach(this::rememberCollapsed);
    }
}
