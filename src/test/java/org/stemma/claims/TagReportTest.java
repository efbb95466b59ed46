package org.stemma.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Tags report's numbers on the seed project of {@link SeedClaims}, counted by hand from its table. */
class TagReportTest {

    @TempDir
    Path dir;

    @Test
    void claimsPerTagRollChildrenUpIntoTheirParentsOnce() throws Exception {
        SeedClaims seeds = new SeedClaims(dir.resolve("r.stemma"));
        try (var project = seeds.project) {
            TagReport report = TagReport.of(project);
            // tag, depth, direct, with children, articles, outlets
            assertEquals(List.of("Kazakhstan 0 3 3 3 3", "Politics 0 2 5 4 3", "Politics › Kremlin 1 3 3 3 3"),
                    report.tags().stream().map(t -> t.path() + " " + t.depth() + " " + t.direct() + " " + t.claims()
                            + " " + t.articles() + " " + t.outlets()).toList());
        }
    }

    @Test
    void claimsPerArticleAndPerOutlet() throws Exception {
        SeedClaims seeds = new SeedClaims(dir.resolve("a.stemma"));
        try (var project = seeds.project) {
            TagReport report = TagReport.of(project);
            long d000 = seeds.ids.get(Seeds.S000);
            long d001 = seeds.ids.get(Seeds.S001);
            long d003 = seeds.ids.get(Seeds.S003);
            long d004 = seeds.ids.get(Seeds.S004);
            assertEquals(List.of(
                    d000 + " Kazakhstan 1", d000 + " Politics 1", d000 + " Politics › Kremlin 1",
                    d004 + " Kazakhstan 1", d004 + " Politics 1",
                    d001 + " Kazakhstan 1", d001 + " Politics 2", d001 + " Politics › Kremlin 1",
                    d003 + " Politics 1", d003 + " Politics › Kremlin 1"),
                    report.articles().stream().map(a -> a.documentId() + " " + a.path() + " " + a.claims()).toList());
            assertEquals("Daily Express", report.articles().get(5).outlet());
            assertEquals(List.of(
                    "California18 Kazakhstan 1 1", "California18 Politics 2 2", "California18 Politics › Kremlin 1 1",
                    "Daily Express Kazakhstan 1 1", "Daily Express Politics 2 1", "Daily Express Politics › Kremlin 1 1",
                    "The BOL News Kazakhstan 1 1", "The BOL News Politics 1 1", "The BOL News Politics › Kremlin 1 1"),
                    report.outlets().stream().map(o -> o.outlet() + " " + o.path() + " " + o.claims() + " "
                            + o.articles()).toList());
        }
    }

    @Test
    void coOccurrenceCountsClaimsCarryingBothButNeverATagWithItsOwnParent() throws Exception {
        SeedClaims seeds = new SeedClaims(dir.resolve("c.stemma"));
        try (var project = seeds.project) {
            TagReport report = TagReport.of(project);
            assertEquals(List.of("Kazakhstan + Politics 2", "Kazakhstan + Politics › Kremlin 1"),
                    report.coOccurrences().stream().map(c -> c.firstPath() + " + " + c.secondPath() + " " + c.claims())
                            .toList());
        }
    }

    @Test
    void movingATagMovesItsCountsWithIt() throws Exception {
        SeedClaims seeds = new SeedClaims(dir.resolve("m.stemma"));
        try (var project = seeds.project) {
            long kremlin = project.tags().byName("Kremlin").orElseThrow().id();
            seeds.service.moveTag(kremlin, 0);
            TagReport report = TagReport.of(project);
            assertEquals(List.of("Kazakhstan 3", "Kremlin 3", "Politics 2"),
                    report.tags().stream().map(t -> t.path() + " " + t.claims()).toList());
            assertEquals(List.of("Kazakhstan + Kremlin 1", "Kazakhstan + Politics 1", "Kremlin + Politics 0"),
                    List.of("Kazakhstan + Kremlin " + count(report, "Kazakhstan", "Kremlin"),
                            "Kazakhstan + Politics " + count(report, "Kazakhstan", "Politics"),
                            "Kremlin + Politics " + count(report, "Kremlin", "Politics")));
        }
    }

    private static int count(TagReport report, String a, String b) {
        return report.coOccurrences().stream().filter(c -> c.first().name().equals(a) && c.second().name().equals(b))
                .mapToInt(TagReport.CoOccurrence::claims).sum();
    }
}
