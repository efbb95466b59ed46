package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.facts.Fact;
import org.stemma.facts.FactGroup;
import org.stemma.facts.FactLedger;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code facts PATH... | --project FILE [--json]}: the numbers, dates and names of each article, and those
 * the articles share, with discrepancies, numbers written differently and name variants.
 */
final class FactsCommand implements Command {

    private static final Help HELP = new Help("facts", "facts PATH... | --project FILE [--json]",
            "lists the numbers, dates and names of each article and those the articles share, with discrepancies and variants",
            List.of("--project FILE  the articles of a project",
                    "--json  print one JSON object (documents with their facts, shared facts with flags)"),
            "facts seeds/000_bccecb4352150e81.txt seeds/001_a14117e3dcc20b34.txt --json");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project"));
        if (a.positional().isEmpty() && !a.has("--project")) {
            throw HELP.misuse();
        }
        Corpus corpus = Corpus.read(a);
        List<FactLedger.Source> sources = FactLedger.sources(corpus.articles());
        List<FactGroup> groups = FactLedger.build(sources);
        if (a.has("--json")) {
            out.println(Json.GSON.toJson(json(corpus, sources, groups)));
            return 0;
        }
        out.printf("%d articles, %d shared facts%n", sources.size(), groups.size());
        for (FactGroup g : groups) {
            if (g.type() == Fact.Type.NAME && g.flags().isEmpty()) {
                continue;
            }
            out.printf("%n#%d %s %s%s  [%s]%n", g.id(), g.type().id(), g.value(), g.unit() == null ? "" : " " + g.unit(),
                    String.join(", ", g.flags().stream().map(FactGroup.Flag::id).sorted().toList()));
            for (FactGroup.Member m : g.members()) {
                out.printf("  %s %d-%d: %s%n", corpus.label(m.document()), m.fact().span().start(), m.fact().span().end(),
                        m.fact().text());
            }
        }
        return 0;
    }

    private static JsonObject json(Corpus corpus, List<FactLedger.Source> sources, List<FactGroup> groups) {
        JsonObject root = new JsonObject();
        JsonArray documents = new JsonArray();
        for (FactLedger.Source s : sources) {
            JsonObject d = new JsonObject();
            d.addProperty("path", corpus.label(s.id()));
            d.addProperty("title", s.document().document().metadata().title());
            d.addProperty("outlet", s.document().document().metadata().outlet());
            d.addProperty("date", s.document().document().metadata().date());
            JsonArray facts = new JsonArray();
            s.facts().forEach(f -> facts.add(fact(f)));
            d.add("facts", facts);
            documents.add(d);
        }
        root.add("documents", documents);
        JsonArray shared = new JsonArray();
        for (FactGroup g : groups) {
            JsonObject o = new JsonObject();
            o.addProperty("id", g.id());
            o.addProperty("type", g.type().id());
            o.addProperty("value", g.value());
            o.addProperty("unit", g.unit());
            JsonArray members = new JsonArray();
            for (FactGroup.Member m : g.members()) {
                JsonObject mo = fact(m.fact());
                mo.addProperty("path", corpus.label(m.document()));
                members.add(mo);
            }
            o.add("members", members);
            JsonArray flags = new JsonArray();
            g.flags().stream().map(FactGroup.Flag::id).sorted().forEach(flags::add);
            o.add("flags", flags);
            shared.add(o);
        }
        root.add("facts", shared);
        return root;
    }

    private static JsonObject fact(Fact f) {
        JsonObject o = new JsonObject();
        o.addProperty("type", f.type().id());
        o.addProperty("start", f.span().start());
        o.addProperty("end", f.span().end());
        o.addProperty("text", f.text());
        o.addProperty("value", f.value());
        o.addProperty("unit", f.unit());
        return o;
    }
}
