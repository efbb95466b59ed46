package org.stemma.ui.claims;

import javafx.scene.Parent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Draws {@link ClaimHighlights} as underlines in a RichTextFX area with style classes (decision record
 * 0700). Each run gets the class {@code claim} and a class named after its colours and depth, e.g.
 * {@code claim-2-e69f00-56b4e9}; a stylesheet generated for exactly those classes (a {@code data:} URI)
 * gives one colour a solid underline and several colours a striped one, thicker where more claims
 * overlap. Tag colours are the analyst's, so a fixed set of classes could not carry them.
 */
public final class ClaimUnderlines {

    /** The class of every claimed character (a hand cursor: clicking opens the claim). */
    public static final String CLAIM = "claim";
    /** Length of one colour's stripe on a striped underline, in pixels. */
    static final int STRIPE = 8;
    private static final String INSTALLED = ClaimUnderlines.class.getName() + ".stylesheet";

    private ClaimUnderlines() {
    }

    /** The style class drawing one run: its depth (up to 3) and its colours. */
    public static String styleClass(ClaimHighlights.Run run) {
        StringBuilder name = new StringBuilder("claim-").append(Math.min(run.depth(), 3));
        run.colours().forEach(c -> name.append('-').append(c.substring(1)));
        return name.toString();
    }

    /** The CSS rules of the runs' classes, each class once. */
    public static String css(List<ClaimHighlights.Run> runs) {
        Set<String> rules = new LinkedHashSet<>();
        for (ClaimHighlights.Run run : runs) {
            rules.add("." + styleClass(run) + " { -rtfx-underline-color: " + paint(run.colours())
                    + "; -rtfx-underline-width: " + (1 + Math.min(run.depth(), 3)) + "; -rtfx-underline-cap: butt; }");
        }
        rules.add("." + CLAIM + " { -fx-cursor: hand; }");
        return String.join("\n", rules) + "\n";
    }

    /**
     * The claims' classes for every shown character of an area holding {@code shownLength} characters.
     *
     * @param toShown converts the article's offsets to the area's ({@code DisplayText.toDisplay})
     */
    public static StyleSpans<Collection<String>> styleSpans(ClaimHighlights highlights, int shownLength,
                                                           IntUnaryOperator toShown) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (ClaimHighlights.Run run : highlights.runs()) {
            int start = Math.min(shownLength, toShown.applyAsInt(run.span().start()));
            int end = Math.min(shownLength, toShown.applyAsInt(run.span().end()));
            if (end <= start || start < at) {
                continue;
            }
            if (start > at) {
                spans.add(List.of(), start - at);
            }
            spans.add(List.of(CLAIM, styleClass(run)), end - start);
            at = end;
        }
        spans.add(List.of(), shownLength - at);
        return spans.create();
    }

    /** {@code base} (the compare view's own marks) with the claims' classes added where there are claims. */
    public static StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> base,
                                                         StyleSpans<Collection<String>> claims) {
        return base.overlay(claims, (b, c) -> {
            if (c.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return c;
            }
            List<String> both = new ArrayList<>(b);
            both.addAll(c);
            return both;
        });
    }

    /** Puts the stylesheet for these highlights on {@code node} (the area or a parent of it), replacing the last. */
    public static void installStylesheet(Parent node, ClaimHighlights highlights) {
        String uri = "data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css(highlights.runs()).getBytes(StandardCharsets.UTF_8));
        Object previous = node.getProperties().get(INSTALLED);
        if (uri.equals(previous)) {
            return;
        }
        node.getStylesheets().remove(previous);
        node.getStylesheets().add(uri);
        node.getProperties().put(INSTALLED, uri);
    }

    /** Draws the highlights in an area that shows nothing else: its styles and its stylesheet. */
    public static void apply(StyleClassedTextArea area, ClaimHighlights highlights, IntUnaryOperator toShown) {
        installStylesheet(area, highlights);
        area.setStyleSpans(0, styleSpans(highlights, area.getLength(), toShown));
    }

    private static String paint(List<String> colours) {
        if (colours.size() == 1) {
            return colours.get(0);
        }
        StringBuilder stops = new StringBuilder();
        for (int i = 0; i < colours.size(); i++) {
            int from = 100 * i / colours.size();
            int to = 100 * (i + 1) / colours.size();
            stops.append(", ").append(colours.get(i)).append(' ').append(from).append("%, ")
                    .append(colours.get(i)).append(' ').append(to).append('%');
        }
        return "linear-gradient(from 0px 0px to " + STRIPE * colours.size() + "px 0px, repeat" + stops + ")";
    }
}
