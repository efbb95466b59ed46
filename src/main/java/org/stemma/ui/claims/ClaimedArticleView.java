package org.stemma.ui.claims;

import org.stemma.ui.compare.DisplayText;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.stemma.model.Claim;
import org.stemma.model.Tag;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One article, read-only, with its claims underlined: select a passage and choose Tag selection…
 * (Ctrl+T) to claim it; click an underline to open its claim. The compare view's panes do the same with
 * {@link ClaimUnderlines}, {@link ClaimHighlights#claimsAt} and {@link ClaimEditor}.
 */
public final class ClaimedArticleView extends BorderPane {

    public static final KeyCombination TAG_SELECTION = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private final ClaimsViewModel model;
    private final StoredDocument document;
    private final DisplayText shown;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private ClaimHighlights highlights = ClaimHighlights.of(List.of());
    /** Held here and given to the view model weakly, so that a closed reader can be collected. */
    private final ListChangeListener<ClaimRow> redrawOnChange = c -> redraw();

    public ClaimedArticleView(ClaimsViewModel model, StoredDocument document) {
        this.model = model;
        this.document = document;
        this.shown = DisplayText.of(document.text(), List.of());
        getStyleClass().add("article-reader");
        ClaimStyles.addTo(this);
        area.setId("article-text");
        area.replaceText(shown.text());
        area.setEditable(false);
        area.setWrapText(true);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (TAG_SELECTION.match(e)) {
                tagSelection();
                e.consume();
            }
        });
        setTop(toolBar());
        setCenter(new VirtualizedScrollPane<>(area));
        model.rows().addListener(new WeakListChangeListener<>(redrawOnChange));
        redraw();
    }

    public StoredDocument document() {
        return document;
    }

    /** The text area, for selecting text and placing the caret. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** The highlights drawn now. */
    public ClaimHighlights highlights() {
        return highlights;
    }

    /**
     * Opens the claim editor on the selected passage, without the spaces and line breaks around it.
     *
     * @return the editor, or empty when nothing but space is selected
     */
    public Optional<ClaimEditor> tagSelection() {
        IndexRange selection = area.getSelection();
        String text = area.getText();
        int start = selection.getStart();
        int end = selection.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        ClaimEditor editor = ClaimEditor.forNewClaim(model, document.id(),
                new Span(shown.toModel(start), shown.toModel(end)));
        editor.showOver(this);
        return Optional.of(editor);
    }

    /** Opens the editor of one of this article's claims. */
    public ClaimEditor openClaim(long claimId) {
        ClaimEditor editor = ClaimEditor.forClaim(model, claimId);
        editor.showOver(this);
        return editor;
    }

    /** Selects a passage (the article's offsets) and scrolls to it, e.g. for a jump from the claims table. */
    public void reveal(Span passage) {
        int start = shown.toDisplay(passage.start());
        area.selectRange(start, shown.toDisplay(passage.end()));
        area.showParagraphAtCenter(area.offsetToPosition(start, Bias.Forward).getMajor());
        area.requestFocus();
    }

    private ToolBar toolBar() {
        String title = document.document().metadata().title();
        Label name = new Label(title == null || title.isBlank() ? document.name() : title);
        name.getStyleClass().add("article-title");
        String outlet = document.document().metadata().outlet();
        Label source = new Label(outlet == null ? document.name() : outlet + " · " + document.name());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMinWidth(Region.USE_PREF_SIZE);
        Button tag = new Button("Tag selection…");
        tag.setId("tag-selection");
        tag.disableProperty().bind(Bindings.createBooleanBinding(() -> area.getSelection().getLength() == 0,
                area.selectionProperty()));
        tag.setOnAction(e -> tagSelection());
        return new ToolBar(name, source, spacer, tag);
    }

    private void redraw() {
        highlights = ClaimHighlights.of(model.claimsIn(document.id()));
        ClaimUnderlines.apply(area, highlights, shown::toDisplay);
    }

    /** A click on an underline opens its claim; where claims overlap, a menu says which. */
    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || area.getSelection().getLength() > 0) {
            return;
        }
        area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(index -> {
            List<Claim> claims = highlights.claimsAt(shown.toModel(index));
            if (claims.size() == 1) {
                openClaim(claims.get(0).id());
            } else if (claims.size() > 1) {
                ContextMenu menu = new ContextMenu();
                for (Claim claim : claims) {
                    MenuItem item = new MenuItem(describe(claim));
                    item.setOnAction(a -> openClaim(claim.id()));
                    menu.getItems().add(item);
                }
                menu.show(area, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private static String describe(Claim claim) {
        String text = claim.anchor().exact().strip().replaceAll("\\s+", " ");
        String tags = claim.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
        return (text.length() > 60 ? text.substring(0, 59) + "…" : text) + (tags.isEmpty() ? "" : "  [" + tags + "]");
    }
}
