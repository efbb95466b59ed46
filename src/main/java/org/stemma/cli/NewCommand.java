package org.stemma.cli;

import org.stemma.importing.ImportedArticle;
import org.stemma.platform.Messages;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.store.StoredDocument;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code new --project FILE ARTICLE...}: a new project holding these articles; never overwrites a file. */
final class NewCommand implements Command {

    private static final Help HELP = new Help("new", "new --project FILE ARTICLE...",
            "makes a new project holding these articles; never overwrites a file",
            List.of("--project FILE  the project file to create (.stemma)"),
            "new --project kazakhstan.stemma seeds/001_a14117e3dcc20b34.txt seeds/000_bccecb4352150e81.txt");

    @Override
    public Help help() {
        return HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of(), List.of("--project"));
        if (!a.has("--project") || a.positional().isEmpty()) {
            throw HELP.misuse();
        }
        List<ImportedArticle> articles = new ArrayList<>();
        for (String path : a.positional()) {
            articles.add(Arguments.readFile(path));
        }
        List<String> lines = new ArrayList<>();
        // Built under a temporary name and put in place complete (ProjectFile.create).
        try (ProjectFile project = ProjectFile.create(Path.of(a.required("--project")), building -> {
            for (int i = 0; i < articles.size(); i++) {
                ImportedArticle article = articles.get(i);
                Optional<StoredDocument> twin = building.documents().findIdentical(article.document().text());
                if (twin.isPresent()) {
                    lines.add("skipped " + Messages.quote(a.positional().get(i)) + ": the same text as "
                            + Messages.quote(twin.get().name()));
                } else {
                    StoredDocument stored = building.documents().add(article.document(),
                            SourceInfo.of(article.path(), article.format().id()));
                    lines.add("added " + Messages.oneLine(stored.name())
                            + (article.note() == null ? "" : "; " + article.note()));
                }
            }
        })) {
            lines.forEach(out::println);
            out.println("created " + Messages.quote(project.path()));
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }
}
