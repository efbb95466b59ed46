package org.stemma.corpus;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataExtractorTest {

    @Test
    void dailyExpressArticleStatesTitleBylineAndOutlet() {
        Metadata m = Seeds.document(Seeds.S001).metadata();
        assertEquals("Putin humiliation: Losing allies 'in own backyard' as Kazakhstan cancels Victory Day", m.title());
        assertEquals("Catherine Meyer-Funnell", m.byline());
        assertEquals("Daily Express", m.outlet());
        assertNull(m.date(), "001 states no date");
    }

    @Test
    void bolNewsRewriteNamesItsOutlet() {
        Metadata m = Seeds.document(Seeds.S000).metadata();
        assertEquals("The BOL News", m.outlet());
        assertNull(m.byline());
    }

    @Test
    void colonBylineAndIsoDate() {
        Metadata m = Seeds.document(Seeds.S002).metadata();
        assertEquals("Patrick Mayer", m.byline());
        assertEquals("2022-04-08T02:57:49.911Z", m.date());
    }

    @Test
    void createdDateWithoutTimestampLine() {
        Metadata m = MetadataExtractor.extract("Headline here\n\nCreated: 2022-04-08 04:51\n\nBy: Jane Roe\n\nText.");
        assertEquals("2022-04-08 04:51", m.date());
        assertEquals("Jane Roe", m.byline());
        assertEquals("Headline here", m.title());
    }

    @Test
    void nothingIsGuessedWhereTheTextStatesNothing() {
        Metadata m = MetadataExtractor.extract("\n\n  A plain note  \n\nBy December the talks had failed. Nobody signed.");
        assertEquals("A plain note", m.title());
        assertNull(m.byline(), "'By December' is not a byline");
        assertNull(m.date());
        assertNull(m.outlet());
    }

    @Test
    void aFirstLineThatIsOnlyTheSiteNameGivesWayToTheHeadline() {
        assertEquals("Express departure from Russia: Partner Kazakhstan gives Putin a political blow",
                Seeds.document(Seeds.S002).metadata().title());
        Metadata m = MetadataExtractor.extract("The Harbour Times\n\nFerry strike enters its second week in Valletta\n\n"
                + "Ferry strike enters its second week in Valletta as talks stall.\n\nThe union said no.");
        assertEquals("Ferry strike enters its second week in Valletta", m.title());
    }

    @Test
    void aShortHeadlineIsKeptWhenNothingSaysItIsASiteName() {
        assertEquals("Kazakhstan Cancels Parade", MetadataExtractor.extract(
                "Kazakhstan Cancels Parade\n\nThe defence ministry called off the parade on Tuesday.\n\nIt cited the cost.").title());
        assertEquals("Harbour Fees Rise", MetadataExtractor.extract(
                "Harbour Fees Rise\n\nPort officials in Valletta confirmed the rise.\n\nShipping firms objected to it.").title());
    }

    @Test
    void fieldsAreTrimmedOfNoBreakAndInvisibleCharacters() {
        assertEquals("Kazakhstan postpones Victory Day, costing Putin allies", Seeds.document(Seeds.S000).metadata().title());
        Metadata m = new Metadata("\u200BHeadline\u00A0 here\u00A0", "\uFEFFThe Courier", " ", "\u2060");
        assertEquals("Headline here", m.title());
        assertEquals("The Courier", m.outlet());
        assertNull(m.byline());
        assertNull(m.date());
    }

    @Test
    void aSectionNameIsNeverTheOutlet() {
        assertNull(MetadataExtractor.extract("Headline of the op-ed\n\nGet the latest updates from Opinion\n\nText.").outlet());
        assertEquals("Harbour Times", MetadataExtractor.extract("Headline\n\nWelcome to Harbour Times.\n\nText.").outlet());
    }
}
