package org.stemma.cli;

import com.google.gson.JsonObject;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.findings.Finding;
import org.stemma.importing.ImportedArticle;

import java.io.PrintStream;
import java.util.List;

/** {@code scan FILE [--json]}: one article as Stemma reads it, with its findings. */
final class ScanCommand implements Command {

    private static final Help HELP = new Help("scan", "scan FILE [--json]",
            "reads one article as Stemma does: its metadata, paragraphs, sentences and findings",
            List.of("--json  print one JSON object: metadata, format, note (bytes replaced in decoding, or null), "
                    + "the decoded text and the findings"),
            "scan seeds/000_bccecb4352150e81.txt --json");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of());
        if (a.positional().size() != 1) {
            throw HELP.misuse();
        }
        ImportedArticle article = Arguments.readFile(a.positional().get(0));
        AnalyzedDocument doc = Analyzer.analyze(article.document());
        if (a.has("--json")) {
            JsonObject o = Json.header(doc.document());
            o.addProperty("format", article.format().id());
            o.addProperty("note", article.note());
            o.addProperty("text", doc.text());
            o.add("findings", Json.findings(null, doc.findings()));
            Json.print(o, out);
            return 0;
        }
        TextReport.header(out, doc.document());
        if (article.note() != null) {
            out.println("  note:   " + article.note());
        }
        out.printf("%d paragraphs, %d sentences%n", doc.paragraphs().size(), doc.sentences().size());
        for (Finding f : doc.findings()) {
            out.println(TextReport.finding(f));
        }
        return 0;
    }
}
