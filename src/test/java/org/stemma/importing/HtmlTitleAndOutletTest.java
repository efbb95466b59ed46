package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.stemma.corpus.Metadata;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlTitleAndOutletTest {

    private static final String BODY = "<article><p>Port officials in Valletta confirmed on Monday that fees for cargo ships"
            + " will rise by twelve per cent, the third rise this year, citing the cost of dredging the harbour.</p>"
            + "<p>Shipping companies said the increase would be passed on to customers, and the union objected.</p></article>";

    private static Metadata read(String head, String bodyStart) throws Refusal {
        String html = "<html><head>" + head + "</head><body>" + bodyStart + BODY + "</body></html>";
        return HtmlArticleReader.read("page.html", "", html, ReadDeadline.in(java.time.Duration.ofSeconds(30))).metadata();
    }

    @Test
    void theHeadlineWinsOverATitleThatIsOnlyTheSiteName() throws Refusal {
        Metadata m = read("<title>The Harbour Times</title><meta property=\"og:site_name\" content=\"The Harbour Times\">",
                "<h1>Harbour fees rise for the third time this year</h1>");
        assertEquals("Harbour fees rise for the third time this year", m.title());
        assertEquals("The Harbour Times", m.outlet());
    }

    @Test
    void anOpenGraphTitleThatNamesTheSiteGivesWayToTheHeading() throws Refusal {
        Metadata m = read("<meta property=\"og:title\" content=\"Harbour Times\"><meta property=\"og:site_name\" content=\"Harbour Times\">",
                "<h1>Harbour fees rise again</h1>");
        assertEquals("Harbour fees rise again", m.title());
    }

    @Test
    void aSectionIsNeitherTheOutletNorPartOfTheTitle() throws Refusal {
        Metadata m = read("<title>Why the harbour needs new fees | Opinion | The Harbour Times</title>", "");
        assertEquals("Why the harbour needs new fees", m.title());
        assertEquals("The Harbour Times", m.outlet());
        Metadata section = read("<title>Why the harbour needs new fees - Opinion</title>"
                + "<meta property=\"og:site_name\" content=\"Opinion\">", "");
        assertEquals("Why the harbour needs new fees", section.title());
        assertNull(section.outlet(), "the page names only its section");
    }

    @Test
    void metadataIsTrimmedOfNoBreakAndInvisibleCharacters() throws Refusal {
        Metadata m = read("<meta property=\"og:title\" content=\"Harbour fees rise&nbsp;\u200B\">"
                + "<meta name=\"author\" content=\"&nbsp;Jane Roe\u00AD\">", "");
        assertEquals("Harbour fees rise", m.title());
        assertEquals("Jane Roe", m.byline());
    }
}
