package org.stemma.ui.compare;

import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.text.Span;
import org.stemma.ui.compare.CompareViewModel.Side;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the compare view shows for the Daily Express article (001) and its spun copy (000). */
class CompareViewModelTest {

    private static final CompareViewModel VM = CompareViewModel.of(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000), false);

    private static List<String> texts(PaneModel pane, Mark mark) {
        return pane.highlights().spans(mark).stream().map(s -> s.of(pane.document().text())).toList();
    }

    private static int offsetOf(PaneModel pane, String fragment) {
        int at = pane.display().text().indexOf(fragment);
        assertTrue(at >= 0, "not shown: " + fragment);
        return at;
    }

    private static String shown(PaneModel pane, Span span) {
        return span.of(pane.display().text());
    }

    @Test
    void changedWordsAreHighlightedOnBothSides() {
        List<String> left = texts(VM.left(), Mark.CHANGE);
        List<String> right = texts(VM.right(), Mark.CHANGE);
        assertTrue(left.contains("meaningful"), left.toString());
        assertTrue(right.contains("important"), right.toString());
        assertFalse(left.contains("important"));
        int meaningful = offsetOf(VM.left(), "meaningful");
        assertEquals(List.of("changed", "change"), Mark.styleClasses(VM.left().maskAt(meaningful)));
        int council = offsetOf(VM.left(), "The Atlantic Council described");
        assertEquals(List.of("changed"), Mark.styleClasses(VM.left().maskAt(council)),
                "an unchanged word of a changed sentence is tinted, not highlighted");
    }

    @Test
    void theTextAreaGetsTheShownTextWithTheClassesOfEveryCharacter() {
        for (PaneModel pane : List.of(VM.left(), VM.right())) {
            StyledDocument<Collection<String>, String, Collection<String>> doc = pane.styledText();
            assertEquals(pane.display().text(), doc.getText());
            assertEquals(pane.lineCount(), doc.getParagraphs().size());
            for (int i = 0; i < pane.display().length(); i++) {
                if (pane.display().text().charAt(i) != '\n') {
                    assertEquals(Mark.styleClasses(pane.maskAt(i)), styleAt(doc, i), "at " + i);
                }
            }
        }
        assertEquals(List.of("changed", "change"), styleAt(VM.left().styledText(), offsetOf(VM.left(), "meaningful")));
        assertEquals(List.of("boilerplate"), styleAt(VM.left().styledText(), offsetOf(VM.left(), "By Catherine Meyer-Funnell")));
        int homoglyph = VM.right().display().text().indexOf("Kaz\u0430khstan") + 3;
        assertEquals(List.of("changed", "homoglyph"), styleAt(VM.right().styledText(), homoglyph));
    }

    private static Collection<String> styleAt(StyledDocument<Collection<String>, String, Collection<String>> doc, int offset) {
        TwoDimensional.Position p = doc.offsetToPosition(offset, TwoDimensional.Bias.Forward);
        return doc.getParagraph(p.getMajor()).getStyleOfChar(p.getMinor());
    }

    @Test
    void counterpartOfTheAtlanticCouncilSentence() {
        int pair = VM.selectAt(Side.LEFT, offsetOf(VM.left(), "described this statement"));
        assertTrue(pair >= 0);
        assertEquals(pair, VM.currentPairProperty().get());
        assertTrue(shown(VM.left(), VM.left().displaySpan(pair)).startsWith("The Atlantic Council described this statement"));
        assertTrue(shown(VM.right(), VM.right().displaySpan(pair)).startsWith("The Atlantic Council called this statement"));
        assertEquals(pair, VM.right().pairAt(offsetOf(VM.right(), "called this statement")), "counterparts point at each other");
        assertEquals(Mark.CHANGED, VM.link(pair).kind());
    }

    @Test
    void nextChangeStepsThroughTheAtlanticCouncilSentenceWordByWord() {
        CompareViewModel vm = CompareViewModel.of(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000), false);
        assertTrue(vm.hasNextProperty().get());
        assertFalse(vm.hasPreviousProperty().get());
        int steps = 0;
        while (vm.hasNextProperty().get() && !"meaningful".equals(selected(vm, Side.LEFT))) {
            vm.next();
            steps++;
        }
        assertEquals("meaningful", selected(vm, Side.LEFT));
        assertEquals("important", selected(vm, Side.RIGHT));
        assertEquals("Change " + steps + " of " + vm.stops().size() + ": “meaningful” → “important”", vm.statusOfCurrentStop());
        vm.next();
        assertEquals("senior", selected(vm, Side.LEFT));
        assertEquals("top", selected(vm, Side.RIGHT));
        vm.previous();
        assertEquals("meaningful", selected(vm, Side.LEFT));

        vm.selectAt(Side.RIGHT, offsetOf(vm.right(), "The Atlantic Council called"));
        assertEquals(-1, vm.currentStopProperty().get());
        vm.next();
        assertEquals("described", selected(vm, Side.LEFT), "next continues from the sentence pointed at");
        assertEquals("called", selected(vm, Side.RIGHT));
    }

    private static String selected(CompareViewModel vm, Side side) {
        CompareViewModel.Stop stop = vm.currentStop();
        return stop == null ? null : shown(vm.pane(side), stop.side(side));
    }

    @Test
    void scrollSyncFindsThePassageAtOrBeforeAPlaceAndTheOneAfterIt() {
        int atlantic = offsetOf(VM.right(), "The Atlantic Council called");
        CompareViewModel.Link inside = VM.linkNear(Side.RIGHT, atlantic + 20);
        assertTrue(shown(VM.right(), inside.right()).startsWith("The Atlantic Council called"));
        int advertisement = offsetOf(VM.right(), "Advertisement\n\nAccording to the Kazakhstan Ministry");
        CompareViewModel.Link before = VM.linkNear(Side.RIGHT, advertisement);
        assertTrue(before.right().end() <= advertisement, "furniture belongs to the passage before it");
        CompareViewModel.Link after = VM.linkAfter(Side.RIGHT, before);
        assertTrue(after.right().start() > advertisement);
        assertTrue(VM.linkNear(Side.LEFT, 0) == null || VM.linkNear(Side.LEFT, 0).left().start() == 0);
        for (CompareViewModel.Link link : VM.links()) {
            if (!link.left().isEmpty()) {
                assertEquals(link, VM.linkNear(Side.LEFT, link.left().start()), "every passage is found at its start");
            }
        }
    }

    @Test
    void aSentenceFoundOnlyOnTheLeftLinksToAPointOnTheRight() {
        int pair = VM.left().pairAt(offsetOf(VM.left(), "RUSSIA has begun to lose support"));
        CompareViewModel.Link link = VM.link(pair);
        assertEquals(Mark.ONLY, link.kind());
        assertTrue(link.right().isEmpty());
        assertTrue(VM.left().highlights().has(VM.left().display().toModel(link.left().start()), Mark.ONLY));
        assertTrue(VM.stops().stream().anyMatch(s -> s.pair() == pair && s.description().equals("A sentence only on the left")));
    }

    @Test
    void homoglyphsAreMarkedWithTheirCodePointAndTheLetterTheyImitate() {
        List<String> marked = texts(VM.right(), Mark.HOMOGLYPH);
        assertEquals(9, marked.size());
        assertTrue(marked.stream().allMatch("\u0430"::equals), marked.toString());
        assertTrue(texts(VM.left(), Mark.HOMOGLYPH).isEmpty());
        int at = VM.right().display().text().indexOf("Kaz\u0430khstan") + 3;
        assertEquals("U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kaz\u0430khstan”", VM.right().tooltipAt(at).orElseThrow());
        assertTrue(VM.right().tooltipAt(at - 1).isEmpty());
        assertTrue(Mark.has(VM.right().lineMask(VM.right().lineOf(at)), Mark.HOMOGLYPH), "the line's gutter glyph shows it");
    }

    @Test
    void changedWordsTellWhatTheOtherArticleSays() {
        assertEquals("The other article has “important”", VM.left().tooltipAt(offsetOf(VM.left(), "meaningful")).orElseThrow());
        assertEquals("The other article has “meaningful”", VM.right().tooltipAt(offsetOf(VM.right(), "important")).orElseThrow());
    }

    @Test
    void furnitureIsDimmedAndCanBeHiddenWithoutMovingTheArticle() {
        assertTrue(texts(VM.left(), Mark.BOILERPLATE).contains("By Catherine Meyer-Funnell, Royal Reporter based in London"));
        assertTrue(VM.left().tooltipAt(offsetOf(VM.left(), "By Catherine")).orElseThrow().startsWith("Page furniture: byline"));

        CompareViewModel hidden = VM.withFurnitureHidden(true);
        String shown = hidden.left().display().text();
        assertFalse(shown.contains("By Catherine Meyer-Funnell"));
        assertFalse(shown.contains("READ MORE"));
        assertFalse(shown.contains("\n\n\n"), "hidden lines leave no gap");
        assertTrue(shown.contains("The Atlantic Council described"));
        int pair = VM.left().pairAt(offsetOf(VM.left(), "The Atlantic Council described"));
        Span inHidden = hidden.left().displaySpan(pair);
        assertEquals(shown(VM.left(), VM.left().displaySpan(pair)), shown(hidden.left(), inHidden));
        assertNotEquals(VM.left().displaySpan(pair), inHidden, "the shown offsets move, the article's do not");
        assertEquals(VM.left().display().toModel(VM.left().displaySpan(pair).start()), hidden.left().display().toModel(inHidden.start()));
    }

    @Test
    void furnitureCanBeAlignedWithOneSwitchAndIsThenShown() {
        CompareViewModel aligned = VM.withFurnitureHidden(true).withFurnitureAligned(true);
        assertTrue(aligned.furnitureAligned());
        assertTrue(aligned.left().display().text().contains("By Catherine Meyer-Funnell"), "aligned furniture is shown");
        int byline = offsetOf(aligned.left(), "By Catherine Meyer-Funnell");
        assertTrue(aligned.left().pairAt(byline) >= 0, "the byline takes part in the alignment");
        assertTrue(aligned.left().highlights().has(byline, Mark.BOILERPLATE), "and is still marked as furniture");
        assertTrue(VM.left().pairAt(offsetOf(VM.left(), "By Catherine Meyer-Funnell")) < 0, "left out by default");
        assertFalse(aligned.withFurnitureAligned(false).furnitureAligned());
    }

    @Test
    void aHiddenFurnitureLineTakesItsFindingsWithIt() {
        String copy = "Kazakhstan cancels its Victory Day parade this year.\n\n"
                + "READ MORE: Kaz\u0430khstan news live from the parade ground\n\n"
                + "The government gave budget savings as the reason.\n";
        CompareViewModel vm = CompareViewModel.of(Seeds.analyzed(Seeds.S001), Analyzer.analyze(Document.of("copy", "", copy)), false);
        int readMore = offsetOf(vm.right(), "READ MORE");
        assertTrue(vm.right().highlights().has(readMore, Mark.BOILERPLATE), "the prompt is furniture");
        assertTrue(Mark.has(vm.right().lineMask(vm.right().lineOf(readMore)), Mark.HOMOGLYPH));
        PaneModel hidden = vm.withFurnitureHidden(true).right();
        assertFalse(hidden.display().text().contains("READ MORE"));
        for (int line = 0; line < hidden.lineCount(); line++) {
            assertFalse(Mark.has(hidden.lineMask(line), Mark.HOMOGLYPH), "no marker for what is not shown, line " + line);
        }
    }

    @Test
    void swappingPutsTheCopyOnTheLeft() {
        CompareViewModel swapped = VM.swapped();
        assertEquals(Seeds.S000, swapped.left().document().name());
        assertTrue(texts(swapped.left(), Mark.CHANGE).contains("important"));
        assertEquals(9, texts(swapped.left(), Mark.HOMOGLYPH).size());
        assertEquals(VM.summary().leftInRight(), swapped.summary().rightInLeft());
    }

    @Test
    void summaryCountsWhatTheComparisonFound() {
        Summary s = VM.summary();
        assertEquals(VM.comparison().pairs().size(), s.identical() + s.changed() + s.leftOnly() + s.rightOnly());
        assertEquals(9, s.rightHomoglyphs());
        assertTrue(s.items().stream().anyMatch(i -> i.label().equals("Homoglyphs") && i.value().equals("0 left · 9 right")
                && i.styleClass().equals("homoglyph")), s.items().toString());
        assertTrue(s.items().stream().noneMatch(i -> i.meaning().isBlank()), "every figure says what it means in its tooltip");
        assertTrue(s.items().get(0).value().matches("\\d+%"));
    }

    @Test
    void anInvisibleCharacterFramesItsVisibleNeighbour() {
        String source = "Kazakhstan cancels its Victory Day parade this year.\n";
        String copy = "Kaza\u200Bkhstan cancels its Victory Day parade this year.\n";
        CompareViewModel vm = CompareViewModel.of(Analyzer.analyze(Document.of("a", "", source)),
                Analyzer.analyze(Document.of("b", "", copy)), false);
        PaneModel right = vm.right();
        assertEquals(List.of(new Span(4, 5)), right.highlights().spans(Mark.INVISIBLE));
        assertEquals(List.of(new Span(3, 4)), right.highlights().spans(Mark.INVISIBLE_MARK), "the 'a' before it is framed");
        String tip = right.tooltipAt(3).orElseThrow();
        assertEquals("U+200B ZERO WIDTH SPACE, an invisible character, after “Kaza”", tip);
        assertEquals(tip, right.tooltipAt(4).orElseThrow());
        assertEquals(Mark.IDENTICAL, vm.link(0).kind(), "the invisible character does not hide the copy");
    }
}
