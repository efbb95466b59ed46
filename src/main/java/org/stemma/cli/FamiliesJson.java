package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.corpus.Document;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The object printed by {@code families --json} (shape in issue 12; README documents it). */
final class FamiliesJson {

    private FamiliesJson() {
    }

    /**
     * @param ids       the articles, in the order they were given
     * @param path      how an article is named: its path, or its name in a project
     */
    static JsonObject of(List<Long> ids, Map<Long, Document> documents, Function<Long, String> path, List<Family> families) {
        JsonObject o = new JsonObject();
        JsonArray docs = new JsonArray();
        for (long id : ids) {
            Document d = documents.get(id);
            JsonObject doc = new JsonObject();
            doc.addProperty("path", path.apply(id));
            doc.addProperty("title", d.metadata().title());
            doc.addProperty("outlet", d.metadata().outlet());
            doc.addProperty("date", d.metadata().date());
            docs.add(doc);
        }
        o.add("documents", docs);
        JsonArray fams = new JsonArray();
        for (Family f : families) {
            JsonObject fo = new JsonObject();
            fo.addProperty("id", f.id());
            fo.addProperty("name", f.name());
            JsonArray members = new JsonArray();
            f.members().forEach(m -> members.add(path.apply(m)));
            fo.add("documents", members);
            fo.addProperty("root", f.root() == null ? null : path.apply(f.root()));
            JsonArray edges = new JsonArray();
            for (DerivationEdge e : f.edges()) {
                JsonObject eo = new JsonObject();
                eo.addProperty("from", path.apply(e.from()));
                eo.addProperty("to", path.apply(e.to()));
                eo.addProperty("similarity", round(e.similarity()));
                JsonObject containment = new JsonObject();
                containment.addProperty("fromInTo", round(e.fromInTo()));
                containment.addProperty("toInFrom", round(e.toInFrom()));
                eo.add("containment", containment);
                eo.addProperty("directed", e.directed());
                eo.addProperty("confidence", round(e.confidence()));
                JsonArray evidence = new JsonArray();
                e.evidence().forEach(evidence::add);
                eo.add("evidence", evidence);
                edges.add(eo);
            }
            fo.add("edges", edges);
            fams.add(fo);
        }
        o.add("families", fams);
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
