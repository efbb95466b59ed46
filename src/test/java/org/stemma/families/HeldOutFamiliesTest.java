package org.stemma.families;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stemma.families.DerivedCorpus.*;

/**
 * The held-out tree, written after the method and its weights were fixed (decision 1000) and not used
 * to tune them. Two stories, from seeds 001 and 003:
 * <pre>
 * h0 (dated) -> h1 (spun, dated later) -> h3 (trimmed copy of the spun copy, a slip, undated)
 *            \-> h2 (excerpt, undated)
 * g0 (dated) -> g1 (trimmed, "8,000" -> "9,000", dated later) -> g2 (excerpt, "Umarov" -> "Umarow", undated)
 *            \-> g3 (trimmed shorter, undated): g1's sibling
 * </pre>
 * A distractor quotes Umarov's one sentence; seed 002 stands beside them.
 */
class HeldOutFamiliesTest {

    @TempDir
    static Path dir;
    static FamiliesResult result;

    @BeforeAll
    static void derive() throws Exception {
        List<String> h0 = paragraphs(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        List<String> h1 = spun(h0, 11);
        List<String> h2 = excerpt(h0, 3, 13);
        List<String> h3 = slip(trimmed(h1, 0.7), "December 16", "December 18");
        List<String> g0 = paragraphs(Path.of("seeds/003_be3a2c4a61845e7d.txt"));
        List<String> g1 = slip(trimmed(g0, 0.6), "8,000", "9,000");
        List<String> g2 = slip(excerpt(g1, 1, 10), "Umarov", "Umarow");
        List<String> g3 = trimmed(g0, 0.5);
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("h0", article("Putin loses allies in his own backyard", "2022-05-06 08:15", h0));
        articles.put("h1", article("Putin's backyard turns against him", "2022-05-06 14:00", h1));
        articles.put("h2", article("Kazakhstan and the Kremlin", null, h2));
        articles.put("h3", article("Putin's backyard turns against him", null, h3));
        articles.put("g0", article("Victory Day without an air show", "2023-05-09", g0));
        articles.put("g1", article("Victory Day without an air show", "2023-05-10", g1));
        articles.put("g2", article("Why Tokayev went to Moscow", null, g2));
        articles.put("g3", article("Tokayev at the parade", null, g3));
        articles.put("dd", article("Central Asia watches Moscow", "2023-05-11", List.of(
                "Leaders from across Central Asia travelled to Moscow this week, and not everyone at home was pleased.",
                "Opposition groups in Bishkek and Almaty said the trip sent the wrong signal to Kyiv.",
                g0.get(4),
                "Officials in Nur-Sultan insisted the visit was a matter of protocol and history, not of politics.",
                "The parade itself lasted less than an hour, and the leaders left for lunch at the Kremlin.",
                "Diplomats expect a summit of the region's presidents in Samarkand before the end of the year.")));
        List<Path> files = write(dir, articles);
        files.add(Path.of("seeds/002_3e58512b73e31964.txt"));
        result = FamiliesResult.of(files);
    }

    @Test
    void theTwoStoriesAreTwoFamiliesAndTheQuotationMakesNone() {
        assertEquals(Set.of(Set.of("h0", "h1", "h2", "h3"), Set.of("g0", "g1", "g2", "g3")), result.families());
    }

    @Test
    void theSpunLine() {
        assertEquals(Set.of("h0 -> h1", "h0 -> h2", "h1 -> h3"), result.edges("h0"), () -> result.explain("h0"));
    }

    @Test
    void theWireLine() {
        assertEquals(Set.of("g0 -> g1", "g1 -> g2", "g0 -> g3"), result.edges("g0"), () -> result.explain("g0"));
    }
}
