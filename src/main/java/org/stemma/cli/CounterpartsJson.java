package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.stemma.align.CompareOptions;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Claims' stored counterparts as {@code claim --json} prints them: the difference rules they were
 * computed under, then per claim each other article's kind ({@code same}, {@code altered},
 * {@code absent}), wording, changed words and the spellings the rules made equal (decision 1421).
 */
final class CounterpartsJson {

    private CounterpartsJson() {
    }

    /** @param recomputed the claims whose counterparts were computed again under {@code rules} first */
    static JsonObject of(ProjectFile project, CompareOptions rules, List<Claim> claims, java.util.Collection<Long> recomputed)
            throws ProjectException {
        JsonObject o = new JsonObject();
        o.add("rules", CompareCommand.json(rules));
        JsonArray again = new JsonArray();
        recomputed.forEach(again::add);
        o.add("recomputed", again);
        Map<Long, String> names = new HashMap<>();
        project.documents().headers().forEach(d -> names.put(d.id(), d.name()));
        JsonArray array = new JsonArray();
        for (Claim claim : claims) {
            array.add(claim(project, names, claim));
        }
        o.add("claims", array);
        return o;
    }

    private static JsonObject claim(ProjectFile project, Map<Long, String> names, Claim claim) throws ProjectException {
        JsonObject o = new JsonObject();
        o.addProperty("id", claim.id());
        o.addProperty("document", name(names, claim.documentId()));
        o.addProperty("start", claim.anchor().start());
        o.addProperty("end", claim.anchor().end());
        o.addProperty("text", claim.anchor().exact());
        JsonArray counterparts = new JsonArray();
        for (ClaimCounterpart c : project.counterparts().forClaim(claim.id())) {
            JsonObject k = new JsonObject();
            k.addProperty("document", name(names, c.documentId()));
            k.addProperty("kind", c.kind().name().toLowerCase(Locale.ROOT));
            k.addProperty("text", c.text());
            k.addProperty("start", c.span() == null ? null : c.span().start());
            k.addProperty("end", c.span() == null ? null : c.span().end());
            k.add("changes", JsonParser.parseString(c.changes()));
            k.add("equivalents", JsonParser.parseString(c.equivalents()));
            k.addProperty("review", c.review().name().toLowerCase(Locale.ROOT));
            counterparts.add(k);
        }
        o.add("counterparts", counterparts);
        return o;
    }

    private static String name(Map<Long, String> names, long documentId) {
        return names.getOrDefault(documentId, "document " + documentId);
    }
}
