package org.stemma.collation;

import org.stemma.analysis.AnalyzedDocument;

/**
 * An article taking part in a collation.
 *
 * @param id    a short name unique in the collation, usable as an XML id (TEI's {@code wit="#id"})
 * @param label what a reader sees as the column's head: outlet and date when known, else the article's name
 */
public record Witness(String id, String label, AnalyzedDocument document) {

    /** The witness with an id made from {@code name} (letters, digits, '-', '_', '.'; never starting with a digit). */
    public static Witness of(String name, AnalyzedDocument document) {
        String base = name.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        String id = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "w" + id;
        }
        var m = document.document().metadata();
        String label = m.outlet() != null ? m.outlet() + (m.date() != null ? ", " + m.date() : "") : base;
        return new Witness(id, label, document);
    }

    public String text() {
        return document.text();
    }
}
