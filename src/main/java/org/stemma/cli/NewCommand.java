package org.stemma.cli;

import org.stemma.corpus.Document;
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

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Arguments a = Arguments.parse(args, List.of(), List.of("--project"));
        if (!a.has("--project") || a.positional().isEmpty()) {
            throw new UsageException("usage: new --project FILE ARTICLE...");
        }
        List<Document> articles = new ArrayList<>();
        for (String path : a.positional()) {
            articles.add(Arguments.readArticle(path));
        }
        List<String> lines = new ArrayList<>();
        // Built under a temporary name and put in place complete (ProjectFile.create).
        try (ProjectFile project = ProjectFile.create(Path.of(a.required("--project")), building -> {
            for (int i = 0; i < articles.size(); i++) {
                Document article = articles.get(i);
                Optional<StoredDocument> twin = building.documents().findIdentical(article.text());
                if (twin.isPresent()) {
                    lines.add("skipped " + a.positional().get(i) + ": the same text as " + twin.get().name());
                } else {
                    StoredDocument stored = building.documents().add(article, SourceInfo.of(Path.of(a.positional().get(i)), "text"));
                    lines.add("added " + stored.name());
                }
            }
        })) {
            lines.forEach(out::println);
            out.println("created " + project.path());
        } catch (ProjectException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }
}
