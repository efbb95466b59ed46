package org.stemma.ui.claims;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import org.stemma.model.Tag;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One tag in the tag manager's tree: its chip, how many claims carry it, a mark when it has a memo (the
 * memo as tooltip). A tag dragged onto another is nested under it; a drop that would make a cycle is not
 * accepted, so the pointer shows it cannot land there.
 */
final class TagTreeCell extends TreeCell<Tag> {

    /** Where the tree keeps the id of the tag being dragged (a drag within one window). */
    private static final String DRAGGED = "stemma.dragged-tag";

    private final ClaimsViewModel model;
    private final Function<Tag, String> count;

    /** @param drop given the dragged tag's id and the tag it was dropped on */
    TagTreeCell(ClaimsViewModel model, Function<Tag, String> count, BiConsumer<Long, Tag> drop) {
        this.model = model;
        this.count = count;
        getStyleClass().add("tag-tree-cell");
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(getItem().name());
            board.setContent(content);
            markDragged(getTreeView(), getItem().id());
            e.consume();
        });
        setOnDragOver(e -> {
            if (canTake(e)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> {
            if (canTake(e)) {
                getStyleClass().add("drop-target");
            }
        });
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            boolean taken = canTake(e);
            if (taken) {
                drop.accept(dragged(getTreeView()), getItem());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
        setOnDragDone(e -> getTreeView().getProperties().remove(DRAGGED));
    }

    /** Drops on the tree outside any tag put the dragged tag at the top level. */
    static void acceptTopLevelDrops(TreeView<Tag> tree, BiConsumer<Long, Tag> drop) {
        tree.setOnDragOver(e -> {
            if (dragged(tree) != 0) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        tree.setOnDragDropped(e -> {
            long id = dragged(tree);
            if (id != 0) {
                drop.accept(id, null);
            }
            e.setDropCompleted(id != 0);
            e.consume();
        });
    }

    /** Marks tag {@code id} as the one being dragged in {@code tree}: the drop handlers read it, not the dragboard. */
    static void markDragged(TreeView<Tag> tree, long id) {
        tree.getProperties().put(DRAGGED, id);
    }

    private static long dragged(TreeView<Tag> tree) {
        Object id = tree == null ? null : tree.getProperties().get(DRAGGED);
        return id instanceof Long l ? l : 0;
    }

    private boolean canTake(DragEvent e) {
        long id = dragged(getTreeView());
        return id != 0 && getItem() != null && id != getItem().id() && getItem().id() != parentOf(id)
                && model.tagTree().canNest(id, getItem().id());
    }

    private long parentOf(long id) {
        return model.tagTree().get(id).map(Tag::parentId).orElse(0L);
    }

    @Override
    protected void updateItem(Tag tag, boolean empty) {
        super.updateItem(tag, empty);
        setText(null);
        if (empty || tag == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label n = new Label(count.apply(tag));
        n.getStyleClass().add("tag-count");
        HBox box = new HBox(8, ClaimStyles.chip(tag), n);
        if (!tag.memo().isBlank()) {
            Label mark = new Label("✎");
            mark.getStyleClass().add("memo-mark");
            box.getChildren().add(mark);
            setTooltip(new Tooltip(tag.memo()));
        } else {
            setTooltip(null);
        }
        setGraphic(box);
    }
}
