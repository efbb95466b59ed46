package org.stemma.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's list of spellings that mean the same (Kiev = Kyiv, "Nur-Sultan = Astana"): groups of two
 * or more spellings, each of one or more words. Written as text one group a line, spellings separated by
 * {@code =}; blank lines and lines starting with {@code #} say nothing.
 */
public record EquivalentSpellings(List<List<String>> groups) {

    public static final EquivalentSpellings NONE = new EquivalentSpellings(List.of());

    public EquivalentSpellings {
        List<List<String>> checked = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> spellings = group.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (spellings.size() < 2) {
                throw new IllegalArgumentException("an equivalence needs two spellings or more: " + String.join(" = ", group));
            }
            checked.add(spellings);
        }
        groups = List.copyOf(checked);
    }

    /**
     * The groups written in {@code text}. A line with a single spelling is refused, with its number, so a
     * typo ("Kiev - Kyiv") is not silently ignored.
     */
    public static EquivalentSpellings parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> spellings = List.of(line.split("="));
            if (spellings.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().count() < 2) {
                throw new IllegalArgumentException("line " + (i + 1) + ": “" + line
                        + "” needs two spellings or more separated by =, e.g. Kiev = Kyiv");
            }
            groups.add(spellings);
        }
        return new EquivalentSpellings(groups);
    }

    /** The groups as {@link #parse} reads them, one a line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (List<String> g : groups) {
            b.append(String.join(" = ", g)).append('\n');
        }
        return b.toString();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
