package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SearchStore;
import org.stemma.text.Span;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code search --project FILE QUERY}: the articles of a project that contain the query's words, folded
 * as Stemma compares them (decision record 0912), with their number of hits, where, and a snippet.
 */
final class SearchCommand implements Command {

    private static final Help HELP = new Help("search", "search --project FILE QUERY... [--limit N] [--json]",
            "searches every article of a project (look-alike letters folded): articles, hits and a snippet each",
            List.of("--project FILE  the project to search",
                    "QUERY...  every word must occur; \"in quotes\" for a phrase",
                    "--limit N  at most N articles (50), best first",
                    "--json  print one object: query, articles [{id, name, hits, places [{start, end}], snippet}]"),
            "search --project kazakhstan.stemma Kazakhstan");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project", "--limit"));
        if (!a.has("--project") || a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        String query = String.join(" ", a.positional());
        int limit = a.has("--limit") ? SimilarCommand.limit(a) : 50;
        List<SearchStore.Hit> hits;
        try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
            hits = project.search().search(query, limit);
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
        if (!a.has("--json")) {
            for (SearchStore.Hit h : hits) {
                out.println(h.name() + " (" + h.hits() + (h.hits() == 1 ? " hit): " : " hits): ") + h.snippet());
            }
            out.println(hits.size() + (hits.size() == 1 ? " article matches" : " articles match") + " " + query);
            return 0;
        }
        JsonObject o = new JsonObject();
        o.addProperty("query", query);
        JsonArray list = new JsonArray();
        for (SearchStore.Hit h : hits) {
            JsonObject d = new JsonObject();
            d.addProperty("id", h.documentId());
            d.addProperty("name", h.name());
            d.addProperty("hits", h.hits());
            JsonArray places = new JsonArray();
            for (Span s : h.places()) {
                JsonObject p = new JsonObject();
                p.addProperty("start", s.start());
                p.addProperty("end", s.end());
                places.add(p);
            }
            d.add("places", places);
            d.addProperty("snippet", h.snippet());
            list.add(d);
        }
        o.add("articles", list);
        out.println(Json.GSON.toJson(o));
        return 0;
    }
}
