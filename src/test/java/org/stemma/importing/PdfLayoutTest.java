package org.stemma.importing;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfLayoutTest {

    private static final String FULL = "The ministry said on Tuesday that the parade in the capital would not take";

    @Test
    void aCompoundBrokenAtItsHyphenKeepsIt() {
        String raw = FULL + " place, and the so-\ncalled victory march was called off. Officials said so and called it a saving.\n";
        String text = PdfLayout.paragraphs(raw);
        assertTrue(text.contains("the so-called victory march"), text);
    }

    @Test
    void aCompoundWrittenWholeElsewhereKeepsItsHyphen() {
        String raw = FULL + " place. The Moscow-\nbacked alliance was weakened, and the Moscow-backed leaders knew it.\n";
        assertTrue(PdfLayout.paragraphs(raw).contains("The Moscow-backed alliance"), PdfLayout.paragraphs(raw));
    }

    @Test
    void aWordTheTypesetterBrokeIsJoined() {
        String raw = FULL + " place, the govern-\nment said, citing the cost of the infor-\nmation campaign.\n";
        String text = PdfLayout.paragraphs(raw);
        assertTrue(text.contains("the government said"), text);
        assertTrue(text.contains("the information campaign"), text);
    }

    @Test
    void theJoinedWordWrittenElsewhereDecidesEvenWhenBothHalvesAreWords() {
        String raw = FULL + " place, and the fire-\nworks were cancelled. No fireworks were seen over the work of fire crews.\n";
        assertTrue(PdfLayout.paragraphs(raw).contains("the fireworks were cancelled"), PdfLayout.paragraphs(raw));
    }

    @Test
    void aNameBrokenAtItsHyphenKeepsItWithoutASpace() {
        String raw = FULL + " place, wrote Catherine Meyer-\nFunnell in London.\n";
        assertTrue(PdfLayout.paragraphs(raw).contains("Catherine Meyer-Funnell in London"), PdfLayout.paragraphs(raw));
    }

    @Test
    void identicalPagesAreNotRunningHeaders() {
        String page = "Kazakhstan cancels its Victory Day parade\nThe ministry cited the cost of the parade.\n";
        String raw = String.join("\f", Collections.nCopies(5000, page));
        String text = PdfLayout.paragraphs(raw);
        assertTrue(text.startsWith("Kazakhstan cancels its Victory Day parade"), text.substring(0, Math.min(200, text.length())));
    }

    @Test
    void aRealRunningHeaderStillGoes() {
        StringBuilder raw = new StringBuilder();
        String[] bodies = {"The parade was cancelled.", "Officials cited the cost.", "Moscow said nothing.", "Astana stayed calm."};
        for (int p = 1; p <= 4; p++) {
            raw.append("THE DAILY COURIER\n").append(bodies[p - 1]).append("\n").append(p).append("\f");
        }
        String text = PdfLayout.paragraphs(raw.toString());
        assertTrue(!text.contains("THE DAILY COURIER"), text);
        assertEquals(4, text.split("\n\n").length, text);
    }

    @Test
    void aPdfOfIdenticalPagesIsReadNotRefused(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("copies.pdf");
        List<List<String>> page = List.of(List.of("Kazakhstan cancelled its Victory Day parade on Monday, citing the cost."));
        TestFiles.pdf(pdf, "THE COURIER", Collections.nCopies(300, page));
        String text = ArticleFiles.document(pdf).text();
        assertTrue(text.contains("Kazakhstan cancelled its Victory Day parade on Monday, citing the cost."), text.substring(0, 200));
    }
}
