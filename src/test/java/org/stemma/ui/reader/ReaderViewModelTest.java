package org.stemma.ui.reader;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.findings.Finding;
import org.stemma.ui.compare.Mark;
import org.stemma.ui.compare.OverviewMark;
import org.stemma.ui.corpus.Article;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reader shows of one article, without a window. */
class ReaderViewModelTest {

    @Test
    void theSpunCopyListsEveryDisguisedLetterWhereItStands() {
        AnalyzedDocument spun = Seeds.analyzed(Seeds.S000);
        ReaderViewModel reader = ReaderViewModel.of(7, spun, Locale.UK);

        int homoglyphs = spun.findings(Finding.Type.HOMOGLYPH).size();
        assertTrue(homoglyphs > 0, "the seed is spun");
        assertEquals(homoglyphs + spun.findings(Finding.Type.INVISIBLE).size(), reader.findings().size());
        int kazakhstan = spun.text().indexOf("Kaz\u0430khstan has also given") + 3;
        ReaderViewModel.FindingLine line = reader.findings().stream()
                .filter(f -> f.shown().start() == kazakhstan).findFirst().orElseThrow();
        assertEquals("U+0430 CYRILLIC SMALL LETTER A imitating 'a' in “Kaz\u0430khstan”", line.description());
        assertTrue(reader.findings().stream().map(f -> f.shown().start()).toList()
                .equals(reader.findings().stream().map(f -> f.shown().start()).sorted().toList()), "in text order");
        assertTrue(reader.summary().startsWith(homoglyphs + " disguised letters · "), reader.summary());
        assertTrue(Mark.has(reader.pane().maskAt(kazakhstan), Mark.HOMOGLYPH), "marked as in a compare pane");
        assertEquals(7, reader.documentId());
        assertTrue(reader.taggable());
    }

    @Test
    void furnitureIsMarkedAndTheOverviewHoldsOnlyDisguisesWhenAnArticleIsReadAlone() {
        AnalyzedDocument spun = Seeds.analyzed(Seeds.S000);
        ReaderViewModel reader = ReaderViewModel.of(1, spun, Locale.UK);
        Finding furniture = spun.findings(Finding.Type.BOILERPLATE).get(0);
        assertTrue(Mark.has(reader.pane().maskAt(furniture.start()), Mark.BOILERPLATE));
        List<OverviewMark> overview = reader.pane().overview();
        assertEquals(reader.findings().size(), overview.size());
        assertTrue(overview.stream().allMatch(m -> m.kind() == Mark.HOMOGLYPH || m.kind() == Mark.INVISIBLE));
    }

    @Test
    void statedMetadataWithTheDateAsTheReadersLocaleWritesIt() {
        Document d = new Document("a.html", "/home/me/a.html", "Title\n\nBody text here.",
                new Metadata("A headline", "The Outlet", "Jo Writer", "2022-04-08T02:57:49.000Z"));
        ReaderViewModel reader = ReaderViewModel.of(Article.NOT_STORED, Analyzer.analyze(d), Locale.UK);
        assertEquals("A headline", reader.title());
        assertTrue(reader.details().startsWith("The Outlet  ·  Jo Writer  ·  8 April 2022"), reader.details());
        assertTrue(reader.details().contains("02:57"), "the time as the page states it: " + reader.details());
        assertEquals("2022-04-08T02:57:49.000Z", reader.statedDate());
        assertEquals("/home/me/a.html", reader.source());
        assertFalse(reader.taggable(), "outside a project nothing can be tagged");
    }

    @Test
    void datesInOtherLocalesAndWordingsThatAreNotIso() {
        assertEquals("8. April 2022", ShownDate.of("2022-04-08", Locale.GERMANY));
        assertTrue(ShownDate.of("2022-04-08T02:57:49+05:00", Locale.US).startsWith("April 8, 2022"));
        assertEquals("Friday, 8 April", ShownDate.of(" Friday, 8 April ", Locale.UK), "kept as the article words it");
    }
}
