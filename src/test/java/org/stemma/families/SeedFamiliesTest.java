package org.stemma.families;

import org.stemma.model.Family;
import org.stemma.model.DerivationEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample corpus: 001 was spun into 000; 003 and 004 rewrite one source; 002 stands alone. */
class SeedFamiliesTest {

    static FamiliesResult result;

    @BeforeAll
    static void find() throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            result = FamiliesResult.of(seeds.sorted().toList());
        }
    }

    @Test
    void twoFamiliesAndASingleton() {
        assertEquals(Set.of(Set.of("000_bccecb4352150e81", "001_a14117e3dcc20b34"),
                Set.of("003_be3a2c4a61845e7d", "004_a749db46accb916b")), result.families());
    }

    @Test
    void theSpunCopyDescendsFromItsSourceForTheRightReasons() {
        assertEquals(Set.of("001_a14117e3dcc20b34 -> 000_bccecb4352150e81"), result.edges("000_bccecb4352150e81"));
        DerivationEdge edge = result.family("000_bccecb4352150e81").edges().get(0);
        assertTrue(edge.confidence() > 0.8, () -> result.explain("000_bccecb4352150e81"));
        assertTrue(edge.evidence().stream().anyMatch(e -> e.startsWith("disguises: 000")), edge.evidence()::toString);
        assertTrue(edge.evidence().stream().anyMatch(e -> e.startsWith("containment: 75% of 000")), edge.evidence()::toString);
        assertEquals(1L, result.family("000_bccecb4352150e81").root());
    }

    @Test
    void theTwoRewritesAreRelatedWithoutAGuessedDirection() {
        Family f = result.family("003_be3a2c4a61845e7d");
        assertEquals(1, f.edges().size());
        DerivationEdge edge = f.edges().get(0);
        assertFalse(edge.directed(), () -> result.explain("003_be3a2c4a61845e7d"));
        assertTrue(edge.evidence().contains("direction inconclusive"));
        assertNull(f.root());
        assertTrue(edge.confidence() < 0.73);
    }

    @Test
    void sharesSayHowMuchOfEachMemberIsFoundInTheOthers() {
        Family f = result.family("003_be3a2c4a61845e7d");
        for (long m : f.members()) {
            double share = f.shares().get(m);
            assertTrue(share > 0.1 && share < 0.4, m + ": " + share);
        }
        assertEquals(List.of(0L, 1L), result.family("000_bccecb4352150e81").members());
    }
}
