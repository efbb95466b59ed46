package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.corpus.Document;
import org.stemma.index.Candidate;
import org.stemma.session.CorpusSession;
import org.stemma.session.SessionArticle;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code similar}: the articles that share the most text with one article ("find copies"), ranked by
 * the candidate index's estimate (decision record 0910), in a project or among files.
 */
final class SimilarCommand implements Command {

    private static final Help HELP = new Help("similar",
            "similar (--project FILE DOCUMENT | ARTICLE OTHER...) [--limit N] [--json]",
            "find copies: the articles sharing the most text with DOCUMENT (or ARTICLE), ranked by the share",
            List.of("--project FILE  the project; DOCUMENT is a document's name or id in it",
                    "ARTICLE OTHER...  without a project: ARTICLE against the other files",
                    "--limit N  at most N articles (20)",
                    "--json  print one object: document, similar [{id, name, title, outlet, date, shared}]"),
            "similar seeds/001_a14117e3dcc20b34.txt seeds/000_bccecb4352150e81.txt seeds/002_3e58512b73e31964.txt");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of("--json"), List.of("--project", "--limit"));
        int limit = limit(a);
        if (a.has("--project")) {
            if (a.positional().size() != 1) {
                throw HELP.misuse();
            }
            try (ProjectFile project = ProjectFile.open(Path.of(a.required("--project")))) {
                CorpusSession session = CorpusSession.open(project);
                SessionArticle article = find(session, a.positional().get(0)).orElseThrow(() -> new UsageException(
                        "no document named '" + a.positional().get(0) + "' in " + project.path()));
                print(session, article, limit, a.has("--json"), out);
            } catch (ProjectException e) {
                throw new UsageException(e.getMessage());
            }
            return 0;
        }
        if (a.positional().size() < 2) {
            throw HELP.misuse();
        }
        List<Document> documents = new ArrayList<>();
        for (String path : a.positional()) {
            documents.add(Arguments.readArticle(path));
        }
        CorpusSession session = CorpusSession.of("files", documents);
        print(session, session.article(0).orElseThrow(), limit, a.has("--json"), out);
        return 0;
    }

    static int limit(Arguments a) throws UsageException {
        if (!a.has("--limit")) {
            return 20;
        }
        try {
            int n = Integer.parseInt(a.value("--limit"));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--limit needs a positive whole number, not '" + a.value("--limit") + "'");
    }

    private static Optional<SessionArticle> find(CorpusSession session, String nameOrId) {
        Optional<SessionArticle> byName = session.articles().stream().filter(d -> d.name().equals(nameOrId)).findFirst();
        if (byName.isPresent() || !nameOrId.matches("\\d{1,18}")) {
            return byName;
        }
        return session.article(Long.parseLong(nameOrId));
    }

    private static void print(CorpusSession session, SessionArticle article, int limit, boolean json, PrintStream out) {
        List<Candidate> similar = session.index().similarTo(article.id(), limit);
        if (!json) {
            for (Candidate c : similar) {
                SessionArticle other = session.article(c.id()).orElseThrow();
                out.println(String.format(Locale.ROOT, "%3.0f%%  %s  %s", 100 * c.score(), other.name(), title(other)));
            }
            out.println(similar.size() + (similar.size() == 1 ? " article shares" : " articles share")
                    + " text with " + article.name());
            return;
        }
        JsonObject o = new JsonObject();
        o.add("document", describe(article, session.project().isPresent()));
        JsonArray list = new JsonArray();
        for (Candidate c : similar) {
            JsonObject d = describe(session.article(c.id()).orElseThrow(), session.project().isPresent());
            d.addProperty("shared", Math.round(c.score() * 1000) / 1000.0);
            list.add(d);
        }
        o.add("similar", list);
        out.println(Json.GSON.toJson(o));
    }

    private static JsonObject describe(SessionArticle a, boolean inProject) {
        JsonObject o = new JsonObject();
        if (inProject) {
            o.addProperty("id", a.id());
        }
        o.addProperty("name", a.name());
        if (!inProject) {
            o.addProperty("path", a.source().isEmpty() ? a.name() : a.source());
        }
        o.addProperty("title", a.metadata().title());
        o.addProperty("outlet", a.metadata().outlet());
        o.addProperty("date", a.metadata().date());
        return o;
    }

    private static String title(SessionArticle a) {
        return a.metadata().title() == null ? "" : a.metadata().title().strip();
    }
}
