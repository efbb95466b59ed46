package org.stemma.families;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stemma.families.DerivedCorpus.write;

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
        Map<String, String> articles = DerivedTrees.heldOut();
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
