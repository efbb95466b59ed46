package org.stemma.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.text.Span;
import org.stemma.ui.claims.ClaimEditor;
import org.stemma.ui.claims.ClaimHighlights;
import org.stemma.ui.claims.ClaimRow;
import org.stemma.ui.claims.ClaimsUi;
import org.stemma.ui.claims.CompareClaims;
import org.stemma.ui.compare.ArticlePane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One article read alone: its metadata and findings above and beside the text, the text marked as in
 * the compare panes (the same {@link ArticlePane}, with its overview strip), its claims underlined.
 * Select a passage and choose Tag selection… (Ctrl+T) to claim it; click an underline to open its claim.
 * The command stands first in the bar, so no window width hides it.
 */
public final class ArticleReader extends BorderPane {

    public static final KeyCombination TAG_SELECTION = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final String STYLESHEET = Objects.requireNonNull(
            ArticleReader.class.getResource("reader.css"), "reader.css").toExternalForm();

    private final ReaderViewModel model;
    private final ClaimsUi claims;
    private final ArticlePane pane = new ArticlePane("reader-text", "the article");
    private final Label claimCount = new Label();
    private ClaimHighlights highlights = ClaimHighlights.of(List.of());
    /** Held here and given to the claims weakly, so that a closed reader can be collected. */
    private final ListChangeListener<ClaimRow> redrawOnChange = c -> redraw();
    /** Likewise for the window's text size, which outlives every reader. */
    private final ChangeListener<Number> followTextSize = (o, was, now) -> pane.textSize(now.intValue());

    /**
     * @param claims   the open project's claims, or null outside a project (nothing can be tagged then)
     * @param textSize the text size in pixels, followed as the analyst zooms
     */
    public ArticleReader(ReaderViewModel model, ClaimsUi claims, ReadOnlyIntegerProperty textSize) {
        this.model = model;
        this.claims = model.taggable() ? claims : null;
        getStyleClass().add("article-reader");
        getStylesheets().add(STYLESHEET);
        pane.hideHeader();
        pane.show(model.pane());
        pane.textSize(textSize.get());
        textSize.addListener(new WeakChangeListener<>(followTextSize));
        area().addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (TAG_SELECTION.match(e)) {
                tagSelection();
                e.consume();
            }
        });
        setTop(header());
        setCenter(pane);
        setRight(findings());
        if (this.claims != null) {
            this.claims.model().rows().addListener(new WeakListChangeListener<>(redrawOnChange));
        }
        redraw();
    }

    public ReaderViewModel model() {
        return model;
    }

    /** The text area, for selecting text and placing the caret. */
    public StyleClassedTextArea area() {
        return pane.area();
    }

    public ArticlePane pane() {
        return pane;
    }

    /** The claims underlined now. */
    public ClaimHighlights highlights() {
        return highlights;
    }

    /**
     * Opens the claim editor on the selected passage, without the spaces and line breaks around it.
     *
     * @return the editor, or empty when nothing but space is selected or the article is in no project
     */
    public Optional<ClaimEditor> tagSelection() {
        IndexRange selection = area().getSelection();
        String text = area().getText();
        int start = selection.getStart();
        int end = selection.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || claims == null) {
            return Optional.empty();
        }
        return Optional.of(claims.editNewClaim(this, model.documentId(),
                model.pane().document().text(), model.pane().display().toModel(new Span(start, end))));
    }

    /** Opens the editor of one of this article's claims. */
    public ClaimEditor openClaim(long claimId) {
        return claims.editClaim(this, claimId);
    }

    /** Selects a passage (the article's offsets) and scrolls to it, e.g. for a jump from the claims table. */
    public void reveal(Span passage) {
        select(model.pane().display().toDisplay(passage));
    }

    private void select(Span shown) {
        area().selectRange(shown.start(), shown.end());
        area().showParagraphAtCenter(area().offsetToPosition(shown.start(), Bias.Forward).getMajor());
        area().requestFocus();
    }

    private VBox header() {
        Label title = new Label(model.title());
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        Label details = new Label(model.details());
        details.getStyleClass().add("reader-details");
        if (model.statedDate() != null) {
            details.setTooltip(new Tooltip("Stated date: " + model.statedDate()));
        }
        Label source = new Label(model.source());
        source.getStyleClass().add("reader-source");
        source.setTooltip(new Tooltip(model.source()));
        source.setMinWidth(0);
        Button tag = new Button("Tag Selection…");
        tag.setId("tag-selection");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        tag.setTooltip(new Tooltip(claims == null ? "Only articles of a project can be tagged"
                : "Claim the selected passage (Ctrl+T)"));
        tag.disableProperty().bind(Bindings.createBooleanBinding(
                () -> claims == null || area().getSelection().getLength() == 0, area().selectionProperty()));
        tag.setOnAction(e -> tagSelection());
        claimCount.getStyleClass().add("reader-claims");
        claimCount.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label(model.summary());
        summary.getStyleClass().add("reader-summary");
        summary.setMinWidth(0);
        HBox bar = new HBox(10, tag, claimCount, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("reader-bar");
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox header = new VBox(2, title, details, source, bar);
        header.getStyleClass().add("reader-header");
        return header;
    }

    /** The disguised and invisible characters; choosing one selects it in the text. */
    private VBox findings() {
        Label heading = new Label(model.findings().isEmpty() ? "No disguised or invisible characters"
                : "Disguised and invisible characters");
        heading.getStyleClass().add("reader-findings-heading");
        heading.setWrapText(true);
        VBox side = new VBox(6, heading);
        side.getStyleClass().add("reader-findings");
        side.setPrefWidth(250);
        side.setMinWidth(180);
        if (!model.findings().isEmpty()) {
            ListView<ReaderViewModel.FindingLine> list = new ListView<>();
            list.setId("reader-findings");
            list.getItems().setAll(model.findings());
            list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null) {
                    select(now.shown());
                }
            });
            list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(ReaderViewModel.FindingLine item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.description());
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
            VBox.setVgrow(list, Priority.ALWAYS);
            side.getChildren().add(list);
        }
        return side;
    }

    private void redraw() {
        if (claims == null) {
            claimCount.setText("");
            return;
        }
        highlights = CompareClaims.underline(pane, claims.model());
        int n = claims.model().claimsIn(model.documentId()).size();
        claimCount.setText(n == 1 ? "1 claim" : n + " claims");
    }

    /** A click on an underline opens its claim; where claims overlap, a menu says which. */
    private void clicked(MouseEvent e) {
        if (claims == null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()
                || area().getSelection().getLength() > 0) {
            return;
        }
        area().hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(index -> {
            List<Claim> at = highlights.claimsAt(model.pane().display().toModel(index));
            if (at.size() == 1) {
                openClaim(at.get(0).id());
            } else if (at.size() > 1) {
                ContextMenu menu = new ContextMenu();
                for (Claim claim : at) {
                    MenuItem item = new MenuItem(describe(claim));
                    item.setOnAction(a -> openClaim(claim.id()));
                    menu.getItems().add(item);
                }
                menu.show(area(), e.getScreenX(), e.getScreenY());
            }
        });
    }

    private static String describe(Claim claim) {
        String text = claim.anchor().exact().strip().replaceAll("\\s+", " ");
        String tags = claim.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
        return (text.length() > 60 ? text.substring(0, 59) + "…" : text) + (tags.isEmpty() ? "" : "  [" + tags + "]");
    }
}
