package org.stemma.claims;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.align.Change;
import org.stemma.align.Counterpart;
import org.stemma.model.ClaimCounterpart;

import java.util.List;

/** The aligner's counterparts in the form the project stores them. */
public final class ClaimCounterparts {

    private ClaimCounterparts() {
    }

    /** The aligner's finding for a claim in the document {@code documentId}, whose text is {@code otherText}. */
    public static ClaimCounterpart of(long claimId, long documentId, String otherText, Counterpart found) {
        String text = found.span() == null ? null : found.span().of(otherText);
        return ClaimCounterpart.computed(claimId, documentId, found.kind(), found.span(), text, json(found.changes()),
                json(found.equivalents()));
    }

    private static String json(List<Change> changes) {
        JsonArray array = new JsonArray();
        for (Change change : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("left", change.leftText());
            o.addProperty("right", change.rightText());
            o.addProperty("leftStart", change.left().start());
            o.addProperty("leftEnd", change.left().end());
            o.addProperty("rightStart", change.right().start());
            o.addProperty("rightEnd", change.right().end());
            array.add(o);
        }
        return array.toString();
    }
}
