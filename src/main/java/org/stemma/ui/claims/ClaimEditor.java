package org.stemma.ui.claims;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stemma.claims.ClaimDraft;
import org.stemma.model.Claim;
import org.stemma.platform.Causes;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.text.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dialog in which the analyst makes or changes a claim: the passage (read-only), its tags (with new
 * ones made on the spot, each with a colour), status and note, and its counterparts in the other
 * articles to confirm or reject. OK writes everything as one undoable edit; a refusal is shown in the
 * dialog, which stays open. Show it with {@link #showOver(Node)}; its result is the saved claim.
 */
public final class ClaimEditor extends Dialog<Claim> {

    /** A tag offered in the list, stored or new (id 0), and whether the claim should carry it. */
    static final class TagChoice {
        final Tag tag;
        final BooleanProperty selected;

        TagChoice(Tag tag, boolean selected) {
            this.tag = tag;
            this.selected = new SimpleBooleanProperty(selected);
        }
    }

    private final ClaimsViewModel model;
    private final long claimId;
    private final long documentId;
    private final Span passage;
    private final ObservableList<TagChoice> tagChoices = FXCollections.observableArrayList();
    private final ChoiceBox<ClaimStatus> status = new ChoiceBox<>(FXCollections.observableArrayList(ClaimStatus.values()));
    private final TextArea note = new TextArea();
    private final TextField newTagName = new TextField();
    private final ColorPicker newTagColour = new ColorPicker();
    private final CounterpartReviews counterparts;
    private final Label error = new Label();
    private Claim saved;

    private ClaimEditor(ClaimsViewModel model, long claimId, long documentId, Span passage, String passageText,
                        Claim existing) {
        this.model = model;
        this.claimId = claimId;
        this.documentId = documentId;
        this.passage = passage;
        this.counterparts = new CounterpartReviews(model);
        setTitle(existing == null ? "New claim" : "Edit claim");
        setHeaderText(model.documentName(documentId));
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("claim-editor");
        ClaimStyles.addTo(getDialogPane());
        getDialogPane().setContent(form(passageText));
        for (Tag tag : model.tags()) {
            tagChoices.add(new TagChoice(tag, existing != null && existing.tags().stream().anyMatch(t -> t.id() == tag.id())));
        }
        status.setValue(existing == null ? ClaimStatus.OPEN : existing.status());
        note.setText(existing == null ? "" : existing.note());
        newTagColour.setValue(Color.web(nextColour()));
        if (existing == null) {
            counterparts.preview(documentId, passage);
        } else {
            counterparts.show(model.row(claimId).orElseThrow().counterparts());
        }
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Claim> result = model.save(draft());
            if (result.isEmpty()) {
                error.setText(model.messageProperty().get());
                e.consume();
            } else {
                saved = result.get();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? saved : null);
    }

    /** The editor for a new claim on {@code passage} (offsets into {@code text}, the article's original text) of an article. */
    public static ClaimEditor forNewClaim(ClaimsViewModel model, long documentId, String text, Span passage) {
        if (model.document(documentId).isEmpty()) {
            throw new IllegalArgumentException("there is no document " + documentId);
        }
        if (passage.end() > text.length()) {
            throw new IllegalArgumentException("the passage is outside the article");
        }
        return new ClaimEditor(model, 0, documentId, passage, passage.of(text), null);
    }

    /** The editor of a stored claim. */
    public static ClaimEditor forClaim(ClaimsViewModel model, long claimId) {
        Claim claim = model.row(claimId).map(ClaimRow::claim)
                .orElseThrow(() -> new IllegalArgumentException("there is no claim " + claimId));
        Span span = new Span(claim.anchor().start(), claim.anchor().end());
        return new ClaimEditor(model, claimId, claim.documentId(), span, claim.anchor().exact(), claim);
    }

    /** Shows the editor over the window of {@code node}, without waiting for it to close. */
    public void showOver(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        if (window != null && getOwner() == null) {
            initOwner(window);
        }
        show();
    }

    /** What OK saves. */
    ClaimDraft draft() {
        List<Tag> tags = tagChoices.stream().filter(c -> c.selected.get()).map(c -> c.tag).toList();
        return new ClaimDraft(claimId, documentId, passage, tags, status.getValue(), note.getText(),
                counterparts.reviews());
    }

    private GridPane form(String passageText) {
        TextArea passageArea = new TextArea(passageText);
        passageArea.setId("claim-passage");
        passageArea.setEditable(false);
        passageArea.setWrapText(true);
        passageArea.setPrefRowCount(3);

        ListView<TagChoice> tags = new ListView<>(tagChoices);
        tags.setId("claim-tags");
        tags.setPrefHeight(120);
        tags.setCellFactory(list -> new TagCell());
        tags.setPlaceholder(new Label("No tags yet: make one below"));
        newTagName.setId("new-tag-name");
        newTagName.setPromptText("New tag…");
        newTagName.setOnAction(e -> {
            addNewTag();
            e.consume();
        });
        newTagColour.setId("new-tag-colour");
        Button add = new Button("Add tag");
        add.setId("new-tag-add");
        add.setOnAction(e -> addNewTag());
        HBox.setHgrow(newTagName, Priority.ALWAYS);
        VBox tagBox = new VBox(4, tags, new HBox(6, newTagName, newTagColour, add));

        status.setId("claim-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClaimStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ClaimStatus fromString(String label) {
                return ClaimStatus.parse(label).orElse(null);
            }
        });
        note.setId("claim-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        error.setId("claim-error");
        error.getStyleClass().add("claim-error");
        error.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.setPrefWidth(560);
        grid.addRow(0, section("Passage"), passageArea);
        grid.addRow(1, section("Tags"), tagBox);
        grid.addRow(2, section("Status"), status);
        grid.addRow(3, section("Note"), note);
        grid.addRow(4, section("Counterparts"), counterparts.node());
        grid.add(error, 0, 5, 2, 1);
        GridPane.setHgrow(passageArea, Priority.ALWAYS);
        return grid;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Adds the tag typed below the list, selected; a name already listed selects that tag instead. */
    private void addNewTag() {
        String name;
        try {
            name = Tag.checkName(newTagName.getText());
        } catch (IllegalArgumentException e) {
            error.setText(Causes.describe(e));
            return;
        }
        Optional<TagChoice> listed = tagChoices.stream()
                .filter(c -> c.tag.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
        if (listed.isPresent()) {
            listed.get().selected.set(true);
        } else {
            tagChoices.add(new TagChoice(new Tag(0, name, ClaimStyles.hex(newTagColour.getValue())), true));
        }
        error.setText("");
        newTagName.clear();
        newTagColour.setValue(Color.web(nextColour()));
    }

    /** The palette colour the next new tag of the project would get. */
    private String nextColour() {
        return Tag.paletteColour((int) tagChoices.stream().filter(c -> c.tag.id() == 0).count() + model.tags().size());
    }

    /** A tag in the list: a check box with the tag's name, and its colour. */
    private static final class TagCell extends ListCell<TagChoice> {
        private final CheckBox check = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final HBox box = new HBox(6, swatch, check);
        private TagChoice shown;

        TagCell() {
            swatch.getStyleClass().add("tag-swatch");
            box.setStyle("-fx-alignment: center-left;");
        }

        @Override
        protected void updateItem(TagChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                check.selectedProperty().unbindBidirectional(shown.selected);
            }
            shown = empty ? null : item;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            check.setText(shown.tag.name() + (shown.tag.id() == 0 ? " (new)" : ""));
            swatch.setFill(Color.web(shown.tag.colour()));
            check.selectedProperty().bindBidirectional(shown.selected);
            setGraphic(box);
        }
    }
}
