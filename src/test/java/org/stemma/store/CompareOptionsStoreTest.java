package org.stemma.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompareOptionsStoreTest {

    @TempDir
    Path dir;

    @Test
    void theRulesComeBackAsSavedAfterTheProjectIsReopened() throws Exception {
        Path file = dir.resolve("rules.stemma");
        CompareOptions rules = new CompareOptions(false, true, true,
                EquivalentSpellings.parse("Kiev = Kyiv\nAstana = Nur-Sultan = Nur Sultan\n"));
        try (ProjectFile project = ProjectFile.create(file)) {
            assertEquals(CompareOptions.DEFAULT, project.compareOptions().load());
            project.compareOptions().save(rules);
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            CompareOptions back = project.compareOptions().load();
            assertEquals(rules, back);
            assertEquals("Kiev = Kyiv\nAstana = Nur-Sultan = Nur Sultan\n", back.equivalents().text());
            project.compareOptions().save(CompareOptions.DEFAULT);
            assertEquals(CompareOptions.DEFAULT, project.compareOptions().load());
        }
    }

    @Test
    void aProjectFromBeforeVersionEightGetsTheTablesAndComparesAsBefore() throws Exception {
        Path file = dir.resolve("old.stemma");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.tags().put(new org.stemma.model.Tag(0, "kremlin", "#ff0000"));
        }
        // Back to version 7 as it shipped: without the rules' tables.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE compare_option");
            s.executeUpdate("DROP TABLE equivalent_spelling");
            s.executeUpdate("PRAGMA user_version = 7");
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertEquals(CompareOptions.DEFAULT, project.compareOptions().load());
            assertEquals("kremlin", project.tags().list().get(0).name());
            project.compareOptions().save(CompareOptions.DEFAULT.withNumbersAsWords(true));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM compare_option WHERE name = 'numbers_as_words'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
