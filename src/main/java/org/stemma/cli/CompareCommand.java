package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.align.AlignedPair;
import org.stemma.align.Aligner;
import org.stemma.align.Change;
import org.stemma.align.CompareOptions;
import org.stemma.align.Comparison;
import org.stemma.analysis.Analyzer;
import org.stemma.exchange.ComparisonReport;
import org.stemma.exchange.ExportFile;
import org.stemma.model.EquivalentSpellings;
import org.stemma.platform.Causes;
import org.stemma.platform.Messages;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code compare LEFT RIGHT [--json] [--include-furniture] [--html OUT] [difference rules]}: two articles
 * aligned, with every changed word and every finding; page furniture takes part in the alignment only when
 * asked; {@code --html} writes the comparison report to send (decision record 1203). The difference rules
 * are the window's Compare › Options (decision 1420): case and punctuation are ignored unless asked, numbers
 * in words equal digits and the analyst's spellings are equivalent when asked.
 */
final class CompareCommand implements Command {

    private static final Help HELP = new Help("compare",
            "compare LEFT RIGHT [--json] [--include-furniture] [--html OUT] [--match-case] [--match-punctuation] "
                    + "[--numbers] [--equivalents FILE]",
            "aligns two articles sentence to sentence, with every changed word and every finding",
            List.of("--json  print one JSON object (pairs, changes, findings) instead of the report",
                    "--include-furniture  align page furniture too and count it in the scores",
                    "--html OUT  also write the report to send: one self-contained HTML page, side by side",
                    "--match-case  a word written in other capitals is a change (case is ignored by default)",
                    "--match-punctuation  a changed punctuation mark is a change (ignored by default)",
                    "--numbers  a number in words equals it in digits: \"five thousand\" and \"5,000\" are equivalent",
                    "--equivalents FILE  spellings that are equivalent, one group a line: Kiev = Kyiv (UTF-8 text)"),
            "compare seeds/001_a14117e3dcc20b34.txt seeds/000_bccecb4352150e81.txt");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json", "--include-furniture", "--match-case",
                "--match-punctuation", "--numbers"), List.of("--html", "--equivalents"));
        if (a.positional().size() != 2) {
            throw HELP.misuse();
        }
        CompareOptions options = new CompareOptions(!a.has("--match-case"), !a.has("--match-punctuation"),
                a.has("--numbers"), equivalents(a.value("--equivalents")));
        Comparison c = Aligner.compare(
                Analyzer.analyze(Arguments.readArticle(a.positional().get(0))),
                Analyzer.analyze(Arguments.readArticle(a.positional().get(1))),
                a.has("--include-furniture") ? Aligner.Furniture.INCLUDED : Aligner.Furniture.LEFT_OUT, options);
        if (a.has("--html")) {
            Path file = Path.of(a.value("--html"));
            String html = ComparisonReport.html(c, a.positional().get(0), a.positional().get(1));
            try {
                ExportFile.write(file, null, o -> {
                    o.write(html.getBytes(StandardCharsets.UTF_8));
                    return null;
                });
            } catch (IOException e) {
                throw new UsageException(Messages.quote(file) + ": the report cannot be written (" + e.getMessage() + ")");
            }
            if (!a.has("--json")) {
                out.println("wrote the comparison report to " + Messages.quote(file));
                return 0;
            }
        }
        if (a.has("--json")) {
            JsonObject o = json(c);
            o.add("options", json(options));
            Json.print(o, out);
        } else {
            new CompareReport(out).print(c);
        }
        return 0;
    }

    static JsonObject json(Comparison c) {
        String lt = c.left().text();
        String rt = c.right().text();
        JsonObject o = new JsonObject();
        o.add("left", Json.header(c.left().document()));
        o.add("right", Json.header(c.right().document()));
        o.addProperty("similarity", round(c.similarity()));
        JsonObject containment = new JsonObject();
        containment.addProperty("leftInRight", round(c.leftInRight()));
        containment.addProperty("rightInLeft", round(c.rightInLeft()));
        o.add("containment", containment);
        JsonArray pairs = new JsonArray();
        for (AlignedPair p : c.pairs()) {
            JsonObject po = new JsonObject();
            po.addProperty("kind", p.kind().id());
            po.add("left", Json.span(lt, p.left()));
            po.add("right", Json.span(rt, p.right()));
            po.addProperty("similarity", round(p.similarity()));
            JsonArray changes = new JsonArray();
            for (Change ch : p.changes()) {
                JsonObject co = new JsonObject();
                co.addProperty("kind", ch.kind().id());
                co.addProperty("left", ch.leftText());
                co.addProperty("right", ch.rightText());
                co.addProperty("leftStart", ch.left().start());
                co.addProperty("leftEnd", ch.left().end());
                co.addProperty("rightStart", ch.right().start());
                co.addProperty("rightEnd", ch.right().end());
                changes.add(co);
            }
            po.add("changes", changes);
            pairs.add(po);
        }
        o.add("pairs", pairs);
        JsonArray findings = Json.findings("left", c.left().findings());
        findings.addAll(Json.findings("right", c.right().findings()));
        o.add("findings", findings);
        return o;
    }

    /** The spellings in {@code path}, or none; an unreadable or malformed file is a usage error naming it. */
    static EquivalentSpellings equivalents(String path) throws UsageException {
        if (path == null) {
            return EquivalentSpellings.NONE;
        }
        Path file = Path.of(path);
        try {
            return EquivalentSpellings.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(Messages.quote(file) + ": the equivalent spellings cannot be read ("
                    + Causes.describe(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new UsageException(Messages.quote(file) + ": " + e.getMessage());
        }
    }

    /** The rules as {@code compare --json} and {@code claim --json} print them. */
    static JsonObject json(CompareOptions options) {
        JsonObject o = new JsonObject();
        o.addProperty("ignoreCase", options.ignoreCase());
        o.addProperty("ignorePunctuation", options.ignorePunctuation());
        o.addProperty("numbersAsWords", options.numbersAsWords());
        JsonArray groups = new JsonArray();
        for (List<String> g : options.equivalents().groups()) {
            JsonArray spellings = new JsonArray();
            g.forEach(spellings::add);
            groups.add(spellings);
        }
        o.add("equivalents", groups);
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
