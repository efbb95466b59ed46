package org.stemma.cli;

import org.stemma.corpus.Document;
import org.stemma.importing.ArticleFiles;
import org.stemma.importing.ImportedArticle;
import org.stemma.importing.RefusedFileException;
import org.stemma.platform.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: flags, options that take a value (repeatable), and positional arguments.
 * Unknown options are usage errors, so a typo never passes silently.
 */
public record Arguments(List<String> positional, Map<String, List<String>> options) {

    public static Arguments parse(List<String> args, List<String> flags, List<String> valued) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                options.computeIfAbsent(arg, k -> new ArrayList<>());
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + Messages.quote(arg));
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(positional, options);
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The option's single value, or {@code null} when absent. */
    public String value(String option) {
        List<String> values = options.get(option);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    public String required(String option) throws UsageException {
        String v = value(option);
        if (v == null) {
            throw new UsageException(option + " is required");
        }
        return v;
    }

    public static Document readArticle(String path) throws UsageException {
        return readFile(path).document();
    }

    /** The article with the reader it was read with; a refusal is the usage error naming the file. */
    public static ImportedArticle readFile(String path) throws UsageException {
        try {
            return ArticleFiles.read(Path.of(path));
        } catch (RefusedFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
