package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.CompareOptions;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.model.EquivalentSpellings;
import org.stemma.text.Span;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The rules each claim's counterparts were computed under (schema version 10, decision 1421). */
class CounterpartRulesStoreTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationsDefaultIsTheDefaultRulesFingerprint() {
        assertEquals(CompareOptions.DEFAULT.fingerprint(), Migrations.DEFAULT_RULES);
    }

    @Test
    void theFingerprintIgnoresTheOrderOfSpellingsAndFollowsEverySwitch() {
        CompareOptions a = CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv\nAstana = Nur-Sultan"));
        CompareOptions b = CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Nur-Sultan = Astana\nKyiv = Kiev"));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv"))
                .fingerprint());
        assertNotEquals(a.fingerprint(), a.withNumbersAsWords(true).fingerprint());
        assertNotEquals(a.fingerprint(), a.withIgnoreCase(false).fingerprint());
        assertNotEquals(a.fingerprint(), a.withIgnorePunctuation(false).fingerprint());
    }

    /** A version 9 file's counterparts were computed under the default rules, so they are in step with those only. */
    @Test
    void aVersion9FilesCounterpartsCountAsComputedUnderTheDefaultRules() throws Exception {
        Path file = dir.resolve("v9.stemma");
        try (Connection c = ProjectFileTest.sqlite(file); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= 9) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                }
            }
            s.executeUpdate("INSERT INTO document (id, name, text, content_hash, source_name, source_path, "
                    + "source_format, imported_at) VALUES (7, 'a.txt', 'Alpha beta gamma.', 'h', 'a.txt', '/tmp/a.txt', "
                    + "'text', '2024-05-01T10:00:00Z')");
            s.executeUpdate("INSERT INTO document (id, name, text, content_hash, source_name, source_path, "
                    + "source_format, imported_at) VALUES (8, 'b.txt', 'Alpha beta gamma.', 'h', 'b.txt', '/tmp/b.txt', "
                    + "'text', '2024-05-01T10:00:00Z')");
            for (int claim : new int[]{5, 6}) {
                s.executeUpdate("INSERT INTO claim VALUES (" + claim + ", 7, 6, 10, 'beta', 'Alpha ', ' gamma.', 'OPEN', '', "
                        + "'2024-05-01T10:00:00Z', '2024-05-02T10:00:00Z')");
            }
            s.executeUpdate("INSERT INTO counterpart (claim_id, document_id, kind, start_offset, end_offset, text, changes, "
                    + "review) VALUES (5, 8, 'SAME', 6, 10, 'beta', '[]', 'UNREVIEWED')");
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = 9");
        }
        CompareOptions kiev = CompareOptions.DEFAULT.withEquivalents(EquivalentSpellings.parse("Kiev = Kyiv"));
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(List.of(), project.counterparts().outOfStep(CompareOptions.DEFAULT.fingerprint()),
                    "claim 6 has no counterparts: nothing out of step, only something to compute");
            assertEquals(List.of(5L), project.counterparts().outOfStep(kiev.fingerprint()));

            project.counterparts().replaceFor(5, List.of(ClaimCounterpart.computed(5, 8, CounterpartKind.SAME,
                    new Span(6, 10), "beta", "[]")), kiev.fingerprint());
            assertEquals(List.of(), project.counterparts().outOfStep(kiev.fingerprint()));
            assertEquals(List.of(5L), project.counterparts().outOfStep(CompareOptions.DEFAULT.fingerprint()));

            project.counterparts().replaceFor(5, List.of(ClaimCounterpart.computed(5, 8, CounterpartKind.SAME,
                    new Span(6, 10), "beta", "[]")));
            assertEquals(List.of(5L), project.counterparts().outOfStep(kiev.fingerprint()),
                    "counterparts of rules not known are out of step with any");
        }
    }
}
