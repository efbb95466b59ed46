package org.stemma.collation;

import org.stemma.families.PublicationDate;

import java.util.List;

/** Which witness a collation reads the others against when the analyst names none (decision 1300). */
public final class BaseChoice {

    private BaseChoice() {
    }

    /**
     * The family's root when it is among the witnesses (the stemma's source), else the earliest that
     * states its date, else the first.
     *
     * @param root the root's witness, or {@code null} when there is no stemma or it names none
     */
    public static Witness choose(List<Witness> witnesses, Witness root) {
        if (root != null && witnesses.contains(root)) {
            return root;
        }
        Witness earliest = null;
        PublicationDate first = null;
        for (Witness w : witnesses) {
            PublicationDate d = PublicationDate.parse(w.document().document().metadata().date());
            if (d != null && (first == null || d.compareTo(first) < 0)) {
                earliest = w;
                first = d;
            }
        }
        return earliest != null ? earliest : witnesses.get(0);
    }
}
