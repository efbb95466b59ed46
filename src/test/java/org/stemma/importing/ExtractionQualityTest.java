package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.stemma.corpus.Metadata;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The saved pages of the extraction benchmark keep their score; a regression in the extractor fails here. */
class ExtractionQualityTest {

    private static final double MEAN_F1_FLOOR = 0.95;
    private static final double PAGE_F1_FLOOR = 0.8;

    @Test
    void everyPageAndTheMeanStayAboveTheFloor() throws Exception {
        List<ExtractionBenchmark.PageScore> scores = ExtractionBenchmark.run(ExtractionBenchmark.pagesFolder());
        assertTrue(scores.size() >= 12, "at least twelve pages: " + scores.size());
        for (ExtractionBenchmark.PageScore s : scores) {
            assertTrue(s.score().f1() >= PAGE_F1_FLOOR, s.page() + " F1 " + s.score().f1() + " " + s.refusal());
        }
        double mean = ExtractionBenchmark.mean(scores, 2);
        assertTrue(mean >= MEAN_F1_FLOOR, "mean F1 " + mean);
    }

    @Test
    void metadataComesFromThePagesOwnStatements() throws Exception {
        Path pages = ExtractionBenchmark.pagesFolder();
        assertEquals(new Metadata("Asteroid the size of a bus to skim past Earth closer than TV satellites", "Daily Clarion",
                        "Oliver Grant", "2024-04-12T18:30:00+01:00"),
                ArticleFiles.read(pages.resolve("en-tabloid-asteroid.html")).document().metadata());
        // A newsroom named as the JSON-LD author is no byline; the page's own byline line is.
        assertEquals(new Metadata("Coll and Tiree face six weeks without daily ferry", "BBC News", "Iain MacDonald",
                        "2023-11-17T12:04:31.000Z"),
                ArticleFiles.read(pages.resolve("en-broadcaster-ferry.html")).document().metadata());
        // No meta tags at all: the headline is the part of <title> the page shows, the rest names the site.
        assertEquals(new Metadata("Mining museum to close after 37 years", "West Briton Online", null, null),
                ArticleFiles.read(pages.resolve("en-table-layout-museum.html")).document().metadata());
        assertEquals("James Whitley and Aisha Rahman",
                ArticleFiles.read(pages.resolve("en-jsonld-only-profit-warning.html")).document().metadata().byline());
    }
}
