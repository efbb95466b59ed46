package org.stemma.ui.compare;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.stemma.text.Span;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One article of the compare view: a header with its title and source, and its text, read-only, in a
 * RichTextFX area with a glyph per line (the non-colour cue for the sentence kinds) and tooltips on
 * marked characters.
 */
public final class ArticlePane extends VBox {

    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    /** The width of the line glyphs (stemma.css .line-glyph), left of the text. */
    private static final double GLYPH_WIDTH = 34;
    /** Where a passage chosen on the overview strip is placed, as a share of the viewport's height. */
    static final double OVERVIEW_JUMP_AT = 0.35;

    private final Label title = new Label();
    private final Label source = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final String sideName;
    private final VBox header;
    private final OverviewStrip overview;
    private PaneModel model;

    /**
     * @param sideName how the status line and find bar name this pane ("the left article")
     */
    public ArticlePane(String id, String sideName) {
        this.sideName = sideName;
        getStyleClass().add("article-pane");
        area.setId(id);
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(this::lineGlyph);
        // Read-only: Tab goes back to focus traversal instead of being kept to type a tab.
        Nodes.addInputMap(area, InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)));
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showTooltip(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.getStyleClass().add("finding-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        title.getStyleClass().add("article-title");
        source.getStyleClass().add("article-source");
        title.setMinWidth(0);
        source.setMinWidth(0);
        header = new VBox(2, title, source);
        header.getStyleClass().add("article-header");
        header.setAlignment(Pos.CENTER_LEFT);
        overview = new OverviewStrip(area, GLYPH_WIDTH + 24,
                offset -> scrollTo(offset, viewportHeight() * OVERVIEW_JUMP_AT));
        HBox body = new HBox(scroll, overview);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }

    String sideName() {
        return sideName;
    }

    ReadOnlyDoubleProperty headerHeightProperty() {
        return header.heightProperty();
    }

    /** Shows a pane model: the whole text, then all its styles in one call. */
    public void show(PaneModel pane) {
        this.model = pane;
        title.setText(pane.title());
        source.setText(sourceLine(pane));
        area.replace(0, area.getLength(), pane.styledText());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        overview.show(pane);
    }

    void clear() {
        model = null;
        title.setText("");
        source.setText("");
        area.clear();
        overview.show(null);
    }

    /** The strip of changes and disguises beside the scroll bar. */
    public OverviewStrip overview() {
        return overview;
    }

    /** Leaves the title and source line out, for a view that shows the article's metadata itself. */
    public void hideHeader() {
        header.setVisible(false);
        header.setManaged(false);
    }

    private static String sourceLine(PaneModel pane) {
        var md = pane.document().metadata();
        StringBuilder b = new StringBuilder();
        for (String part : new String[]{md.outlet(), md.byline(), md.date(), pane.document().name()}) {
            if (part != null && !part.isBlank()) {
                b.append(b.length() == 0 ? "" : "  ·  ").append(part.strip());
            }
        }
        return b.toString();
    }

    private Node lineGlyph(int line) {
        int mask = model == null ? 0 : model.lineMask(line);
        Text kind = new Text(LineGlyph.kind(mask));
        kind.getStyleClass().addAll("glyph", LineGlyph.kindStyleClass(mask));
        Text finding = new Text(LineGlyph.finding(mask));
        finding.getStyleClass().addAll("glyph", "glyph-finding");
        HBox box = new HBox(kind, finding);
        box.getStyleClass().add("line-glyph");
        return box;
    }

    private void showTooltip(int offset, Point2D screen) {
        Optional<String> text = tooltipAt(offset);
        if (text.isEmpty()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text.get());
        tooltip.show(area, screen.getX() + 8, screen.getY() + 18);
    }

    /** The tooltip text for a display offset, as the pane shows it on hover. */
    public Optional<String> tooltipAt(int offset) {
        return model == null ? Optional.empty() : model.tooltipAt(offset);
    }

    public Tooltip tooltip() {
        return tooltip;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    Node scrollPane() {
        return scroll;
    }

    public PaneModel model() {
        return model;
    }

    void selectRange(Span span) {
        area.selectRange(span.start(), span.end());
    }

    void fontSize(int px, String family) {
        area.setStyle("-fx-font-family: '" + family + "'; -fx-font-size: " + px + "px;");
        overview.textSize(px);
    }

    /** The text size in pixels, in the compare panes' typeface. */
    public void textSize(int px) {
        fontSize(px, Typography.articleFamily());
    }

    /** The viewport's top edge on screen. */
    double viewportTopOnScreen() {
        return area.localToScreen(0, 0).getY();
    }

    double viewportHeight() {
        return area.getHeight();
    }

    /** The display offset at a height within the viewport. */
    int offsetAt(double y) {
        return area.hit(GLYPH_WIDTH + 8, Math.max(0, Math.min(y, area.getHeight() - 1))).getInsertionIndex();
    }

    /**
     * The screen top and bottom of a span's lines, as far as they are laid out in the viewport. An empty
     * span is a point: the bottom of the line before it. Measured at the first and the last character,
     * which is cheap enough to do for every band on every frame.
     */
    Optional<double[]> extentOnScreen(Span span) {
        int length = area.getLength();
        if (length == 0 || model == null) {
            return Optional.empty();
        }
        if (span.isEmpty()) {
            int p = Math.min(span.start(), length);
            if (p == 0) {
                return area.getParagraphBoundsOnScreen(0).map(b -> new double[]{b.getMinY(), b.getMinY()});
            }
            return charBounds(p - 1).map(b -> new double[]{b.getMaxY(), b.getMaxY()});
        }
        int from = Math.min(span.start(), length - 1);
        int to = Math.min(Math.max(span.end(), from + 1), length);
        Optional<Bounds> first = charBounds(from);
        Optional<Bounds> last = to - 1 == from ? first : charBounds(to - 1);
        if (first.isPresent() && last.isPresent()) {
            return Optional.of(new double[]{first.get().getMinY(), last.get().getMaxY()});
        }
        return area.getCharacterBoundsOnScreen(from, to).map(b -> new double[]{b.getMinY(), b.getMaxY()});
    }

    /** A character's bounds if it is laid out; a line break's are its line's. */
    private Optional<Bounds> charBounds(int offset) {
        if (model.display().text().charAt(offset) == '\n') {
            return area.getParagraphBoundsOnScreen(model.lineOf(offset));
        }
        return area.getCharacterBoundsOnScreen(offset, offset + 1);
    }

    /** The top of the character at a display offset relative to the viewport, if it is laid out. */
    public OptionalDouble yOf(int offset) {
        Optional<double[]> e = extentOnScreen(new Span(offset, offset + 1));
        return e.isPresent() ? OptionalDouble.of(e.get()[0] - viewportTopOnScreen()) : OptionalDouble.empty();
    }

    /** Scrolls so that the character at a display offset stands {@code y} pixels below the viewport's top. */
    public void scrollTo(int offset, double y) {
        if (model == null) {
            return;
        }
        OptionalDouble now = yOf(offset);
        if (now.isEmpty()) {
            area.showParagraphAtTop(model.lineOf(Math.min(offset, Math.max(0, area.getLength() - 1))));
            area.layout();
            now = yOf(offset);
        }
        if (now.isPresent() && Math.abs(now.getAsDouble() - y) > 0.5) {
            area.scrollYBy(now.getAsDouble() - y);
            area.layout();
        }
    }

}
