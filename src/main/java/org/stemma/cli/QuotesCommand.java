package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.exchange.LedgerCsv;
import org.stemma.quotes.Ledger;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.quotes.Quotation;
import org.stemma.quotes.WordChange;
import org.stemma.text.Span;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code quotes PATH... | --project FILE [--json] [--csv OUT]}: every quotation of each article with its
 * speaker, and the ledger of the quotations the articles share.
 */
final class QuotesCommand implements Command {

    private static final Help HELP = new Help("quotes", "quotes PATH... | --project FILE [--json] [--csv OUT]",
            "lists every quotation with its speaker and cue, and the ledger of the quotations the articles share",
            List.of("--project FILE  the articles of a project",
                    "--json  print one JSON object (documents with their quotations, ledger entries with flags and changes)",
                    "--csv OUT  write the ledger as CSV, one row per article's wording"),
            "quotes seeds/000_bccecb4352150e81.txt seeds/001_a14117e3dcc20b34.txt --json");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project", "--csv"));
        if (a.positional().isEmpty() && !a.has("--project")) {
            throw HELP.misuse();
        }
        Corpus corpus = Corpus.read(a);
        List<Ledger.Source> sources = corpus.articles().entrySet().parallelStream()
                .map(e -> Ledger.Source.of(e.getKey(), e.getValue())).toList();
        List<LedgerEntry> ledger = Ledger.build(sources);
        if (a.has("--csv")) {
            Path csv = Path.of(a.required("--csv"));
            try {
                int rows = LedgerCsv.export(ledger, corpus.articles(), corpus::label, csv);
                if (!a.has("--json")) {
                    out.println("wrote " + rows + " rows to " + csv);
                }
            } catch (IOException e) {
                throw new UsageException(csv + ": the export cannot be written (" + e.getMessage() + ")");
            }
        }
        if (a.has("--json")) {
            out.println(Json.GSON.toJson(json(corpus, sources, ledger)));
        } else if (!a.has("--csv")) {
            text(out, corpus, ledger);
        }
        return 0;
    }

    private static JsonObject json(Corpus corpus, List<Ledger.Source> sources, List<LedgerEntry> ledger) {
        JsonObject root = new JsonObject();
        JsonArray documents = new JsonArray();
        for (Ledger.Source s : sources) {
            String text = s.document().text();
            JsonObject d = new JsonObject();
            d.addProperty("path", corpus.label(s.id()));
            d.addProperty("title", s.document().document().metadata().title());
            d.addProperty("outlet", s.document().document().metadata().outlet());
            d.addProperty("date", s.document().document().metadata().date());
            JsonArray quotations = new JsonArray();
            for (Quotation q : s.quotations()) {
                JsonObject o = new JsonObject();
                o.addProperty("start", q.start());
                o.addProperty("end", q.end());
                o.addProperty("text", q.text(text));
                o.addProperty("kind", q.kind().id());
                JsonObject speaker = null;
                if (q.speaker() != null) {
                    speaker = Json.span(text, q.speaker().mention());
                    speaker.addProperty("name", q.speaker().name());
                }
                o.add("speaker", speaker);
                o.add("cue", Json.span(text, q.cue()));
                JsonArray parts = new JsonArray();
                for (Span p : q.parts()) {
                    parts.add(Json.span(text, p));
                }
                o.add("parts", parts);
                quotations.add(o);
            }
            d.add("quotations", quotations);
            documents.add(d);
        }
        root.add("documents", documents);
        JsonArray entries = new JsonArray();
        for (LedgerEntry e : ledger) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("text", e.text());
            o.addProperty("speaker", e.speaker());
            JsonArray members = new JsonArray();
            for (Member m : e.members()) {
                JsonObject mo = new JsonObject();
                mo.addProperty("path", corpus.label(m.document()));
                mo.addProperty("start", m.span().start());
                mo.addProperty("end", m.span().end());
                mo.addProperty("text", m.text());
                mo.addProperty("speaker", m.speaker());
                mo.addProperty("quoted", m.quoted());
                JsonArray flags = new JsonArray();
                m.flags().stream().map(LedgerEntry.Flag::id).sorted().forEach(flags::add);
                mo.add("flags", flags);
                members.add(mo);
            }
            o.add("members", members);
            JsonArray flags = new JsonArray();
            e.flags().stream().map(LedgerEntry.Flag::id).sorted().forEach(flags::add);
            o.add("flags", flags);
            JsonArray changes = new JsonArray();
            for (WordChange c : e.changes()) {
                JsonObject co = new JsonObject();
                co.addProperty("path", corpus.label(c.document()));
                co.addProperty("left", c.left());
                co.addProperty("right", c.right());
                changes.add(co);
            }
            o.add("changes", changes);
            o.addProperty("earliest", e.earliest() == null ? null : corpus.label(e.earliest().document()));
            entries.add(o);
        }
        root.add("ledger", entries);
        return root;
    }

    private static void text(PrintStream out, Corpus corpus, List<LedgerEntry> ledger) {
        Map<Long, AnalyzedDocument> articles = corpus.articles();
        out.printf("%d articles, %d ledger entries%n", articles.size(), ledger.size());
        for (LedgerEntry e : ledger) {
            List<String> flags = new ArrayList<>(e.flags().stream().map(LedgerEntry.Flag::id).sorted().toList());
            out.printf("%n#%d %s — %s  [%s]  %d articles%n", e.id(), oneLine(e.text()),
                    e.speaker() == null ? "(no speaker)" : e.speaker(), String.join(", ", flags), e.articleCount());
            for (Member m : e.members()) {
                out.printf("  %s %d-%d: %s%s%n", corpus.label(m.document()), m.span().start(), m.span().end(),
                        m.quoted() ? "" : "(unquoted) ", oneLine(m.text()));
            }
            for (WordChange c : e.changes()) {
                out.printf("  change in %s: \"%s\" -> \"%s\"%n", corpus.label(c.document()), c.left(), c.right());
            }
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
