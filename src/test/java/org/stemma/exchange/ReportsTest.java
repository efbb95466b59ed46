package org.stemma.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.model.Claim;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.analysis.Analyzer;
import org.stemma.store.ProjectFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML reports: well-formed, self-contained, and saying what the comparison and the claim say. */
class ReportsTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @TempDir
    Path dir;

    @Test
    void theComparisonReportShowsTheAtlanticCouncilChangeSideBySide() throws Exception {
        Comparison c = Aligner.compare(Seeds.analyzed(Seeds.S001), Seeds.analyzed(Seeds.S000));
        String html = ComparisonReport.html(c, "seeds/" + Seeds.S001, "seeds/" + Seeds.S000);
        Element root = wellFormed(html);
        selfContained(html);
        Element row = null;
        NodeList rows = root.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element tr = (Element) rows.item(i);
            if (tr.getAttribute("class").equals("changed") && tr.getTextContent().contains("Atlantic Council")) {
                row = tr;
            }
        }
        assertTrue(row != null, "the Atlantic Council sentence is a changed pair");
        assertTrue(texts(row, "del").contains("meaningful"), "deleted on the left: " + texts(row, "del"));
        assertTrue(texts(row, "ins").contains("important"), "inserted on the right: " + texts(row, "ins"));
        assertTrue(html.contains("Daily Express") && html.contains("The BOL News"), "outlets");
        assertTrue(html.contains("seeds/" + Seeds.S000), "files");
        assertTrue(html.contains(Html.percent(c.similarity())) && html.contains("similarity"), "figures");
    }

    @Test
    void disguisedCharactersAreShownWithTheirCodePoints() throws Exception {
        String original = "The minister said the parade was cancelled for budget reasons.";
        String spun = "The minister said the pаrade was cancelled\u200B for budget reasons.";
        Comparison c = Aligner.compare(Analyzer.analyze(new Document("a.txt", "", original, Metadata.NONE)),
                Analyzer.analyze(new Document("b & <c>.txt", "", spun, Metadata.NONE)));
        String html = ComparisonReport.html(c, "a.txt", "b & <c>.txt");
        Element root = wellFormed(html);
        List<String> codePoints = new ArrayList<>();
        NodeList spans = root.getElementsByTagNameNS(XHTML, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element s = (Element) spans.item(i);
            if (s.getAttribute("class").equals("cp")) {
                codePoints.add(s.getTextContent());
            }
        }
        assertTrue(codePoints.contains("U+0430"), "the Cyrillic a: " + codePoints);
        assertTrue(codePoints.contains("U+200B"), "the zero-width space: " + codePoints);
        assertTrue(html.contains("b &amp; &lt;c&gt;.txt"));
    }

    @Test
    void theClaimReportListsEveryCounterpartWithItsWording() throws Exception {
        String html;
        try (ProjectFile project = AtlanticCouncil.create(dir.resolve("k.stemma"))) {
            Claim claim = AtlanticCouncil.project(project);
            html = ClaimReport.html(Evidence.readForClaim(project, claim.id()), claim);
        }
        Element root = wellFormed(html);
        selfContained(html);
        String all = root.getTextContent();
        assertTrue(all.contains(AtlanticCouncil.SENTENCE));
        assertTrue(all.contains("Altered") && all.contains("quotation") && all.contains("Kazakhstan"));
        assertTrue(all.contains("“meaningful” became “important” in 000"), "the note");
        assertTrue(all.contains("The BOL News (" + Seeds.S000 + ")"), "the counterpart by outlet");
        assertTrue(texts(root, "ins").contains("important"), "the changed word marked in the copy's wording");
        assertTrue(all.contains("Not found in:"), "articles that do not carry it are named");
    }

    private static Element wellFormed(String html) throws Exception {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Parsing as XML is the strictest test of well-formedness a browser's lenient parser would not give.
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static void selfContained(String html) {
        assertFalse(html.contains("<script"), "no script needed");
        assertFalse(html.matches("(?s).*(src|href)=\"[^\"#].*"), "nothing fetched from elsewhere");
        assertTrue(html.contains("<style>") && html.contains("@media print"), "inlined styles with print rules");
    }

    private static List<String> texts(Element root, String tag) {
        List<String> found = new ArrayList<>();
        NodeList n = root.getElementsByTagNameNS(XHTML, tag);
        for (int i = 0; i < n.getLength(); i++) {
            found.add(n.item(i).getTextContent());
        }
        return found;
    }
}
