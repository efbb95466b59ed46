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
 * Copies derived from seed 002 along a tree chosen before looking at what the engine makes of it:
 * <pre>
 * w0 (dated) -> w1 (trimmed, 2 slips, dated) -> w2 (trimmed, 2 more slips, dated) -> w3 (excerpt, a dropped word, undated)
 *            \                                \-> w4 (excerpt, undated): a sibling of w2, not its copy
 *             \-> s1 (spun: synonyms, reordered, Cyrillic look-alikes, undated)
 *              \-> e1 (excerpt of the tail w1 cut off, dated)
 * </pre>
 * Two distractors on the same story share two quotations and a syndicate's sign-off (also pasted into
 * w3), no text; the other seeds stand beside them. This tree was used while tuning the method; the
 * held-out tree is in {@link HeldOutFamiliesTest}.
 */
class DerivedFamiliesTest {

    @TempDir
    static Path dir;
    static FamiliesResult result;

    @BeforeAll
    static void derive() throws Exception {
        List<String> w0 = paragraphs(Path.of("seeds/002_3e58512b73e31964.txt"));
        List<String> w1 = slip(slip(trimmed(w0, 0.8), "thousands of paratroopers", "hundreds of paratroopers"),
                "Tleuberdi", "Tleuberdy");
        List<String> w2 = slip(slip(trimmed(w1, 0.9), "19 million", "18 million"), "gasoline", "petrol");
        List<String> w3 = excerpt(slip(w2, "brutally suppressed", "suppressed"), 0, 37);
        w3.add(Distractors.SIGN_OFF);
        List<String> w4 = excerpt(w1, 8, 37);
        List<String> s1 = spun(w0, 7);
        List<String> e1 = excerpt(w0, 44, 55);
        String headline = "Express departure from Russia: Partner Kazakhstan gives Putin a political blow";
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("w0", article(headline, "2022-04-08 06:00", w0));
        articles.put("w1", article(headline, "2022-04-08 09:30", w1));
        articles.put("w2", article("Kazakhstan turns away from Russia", "2022-04-09", w2));
        articles.put("w3", article("Kazakhstan turns away from Russia", null, w3));
        articles.put("w4", article("Why Kazakhstan will not help Moscow", null, w4));
        articles.put("s1", article("Kazakhstan hands Putin a political blow", null, s1));
        articles.put("e1", article("Has Putin lost one of his most important allies?", "2022-04-10", e1));
        articles.put("d1", article("Kazakhstan keeps its distance", "2022-04-07", Distractors.keepingDistance()));
        articles.put("d2", article("Europe eyes Kazakh gas", null, Distractors.europeanMarket()));
        List<Path> files = write(dir, articles);
        files.add(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        files.add(Path.of("seeds/003_be3a2c4a61845e7d.txt"));
        files.add(Path.of("seeds/004_a749db46accb916b.txt"));
        result = FamiliesResult.of(files);
    }

    @Test
    void theCopiesFormOneFamilyAndTheDistractorsStandAlone() {
        assertEquals(Set.of(Set.of("w0", "w1", "w2", "w3", "w4", "s1", "e1"), Set.of("003_be3a2c4a61845e7d", "004_a749db46accb916b")),
                result.families());
    }

    @Test
    void eachCopyNamesItsSourceAndSiblingsAreNotChained() {
        assertEquals(Set.of("w0 -> w1", "w1 -> w2", "w2 -> w3", "w1 -> w4", "w0 -> s1", "w0 -> e1"),
                result.edges("w0"), () -> result.explain("w0"));
    }

    @Test
    void theSyndicatesSignOffIsCorpusFurniture() {
        assertEquals(1, result.furniture().size(), result.furniture().toString());
    }
}
