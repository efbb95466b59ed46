package org.stemma.store;

import org.stemma.align.CompareOptions;
import org.stemma.model.EquivalentSpellings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The difference rules the project's comparisons use (schema version 8, decision 1420): three switches
 * and the analyst's equivalent spellings, one row per spelling. A switch without a row has its default,
 * so a project from before version 8 compares as it always did.
 */
public final class CompareOptionsStore {

    private record Switch(String name, boolean on) {
    }

    private record Spelling(int group, String text) {
    }

    private final ProjectFile project;

    CompareOptionsStore(ProjectFile project) {
        this.project = project;
    }

    public CompareOptions load() throws ProjectException {
        return project.read(c -> {
            CompareOptions d = CompareOptions.DEFAULT;
            Map<String, Boolean> on = new java.util.HashMap<>();
            for (Switch row : Statements.query(c, "SELECT name, value FROM compare_option",
                    rs -> new Switch(rs.getString(1), rs.getInt(2) == 1))) {
                on.put(row.name(), row.on());
            }
            Map<Integer, List<String>> groups = new TreeMap<>();
            for (Spelling row : Statements.query(c,
                    "SELECT group_no, spelling FROM equivalent_spelling ORDER BY group_no, position",
                    rs -> new Spelling(rs.getInt(1), rs.getString(2)))) {
                groups.computeIfAbsent(row.group(), k -> new ArrayList<>()).add(row.text());
            }
            return new CompareOptions(on.getOrDefault("ignore_case", d.ignoreCase()),
                    on.getOrDefault("ignore_punctuation", d.ignorePunctuation()),
                    on.getOrDefault("numbers_as_words", d.numbersAsWords()),
                    spellings(groups.values()));
        });
    }

    /** Replaces the stored rules with {@code options}, in one transaction. */
    public void save(CompareOptions options) throws ProjectException {
        project.write(c -> {
            Statements.update(c, "DELETE FROM compare_option");
            Statements.update(c, "DELETE FROM equivalent_spelling");
            put(c, "ignore_case", options.ignoreCase());
            put(c, "ignore_punctuation", options.ignorePunctuation());
            put(c, "numbers_as_words", options.numbersAsWords());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO equivalent_spelling VALUES (?, ?, ?)")) {
                List<List<String>> groups = options.equivalents().groups();
                for (int g = 0; g < groups.size(); g++) {
                    for (int p = 0; p < groups.get(g).size(); p++) {
                        s.setInt(1, g);
                        s.setInt(2, p);
                        s.setString(3, groups.get(g).get(p));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static void put(Connection c, String name, boolean on) throws SQLException {
        Statements.update(c, "INSERT INTO compare_option (name, value) VALUES (?, ?)", name, on ? 1 : 0);
    }

    /** Stored groups as the model takes them; a group left with one spelling (edited by hand) says nothing. */
    private static EquivalentSpellings spellings(java.util.Collection<List<String>> groups) {
        return new EquivalentSpellings(groups.stream().filter(g -> g.stream().map(String::strip).distinct().count() > 1).toList());
    }
}
