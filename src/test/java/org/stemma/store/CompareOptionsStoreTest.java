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
        // A file as version 7 wrote it: the migrations up to 7 and nothing after.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.ALL) {
                if (m.version() <= 7) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                }
            }
            s.executeUpdate("INSERT INTO tag (id, name, colour) VALUES (1, 'kremlin', '#ff0000')");
            s.executeUpdate("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
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
