package org.stemma.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dispatches {@code java -jar stemma.jar COMMAND ...} to its command; bad usage is one line on stderr, exit 2. */
public final class Cli {

    public static final int USAGE_ERROR = 2;

    private final Map<String, Command> commands = new TreeMap<>();

    public Cli() {
    }

    public static Cli standard() {
        return new Cli()
                .register("compare", new CompareCommand())
                .register("scan", new ScanCommand())
                .register("new", new NewCommand())
                .register("export", new ExportCommand())
                .register("import", new ImportCommand())
                .register("claim", new ClaimCommand())
                .register("quotes", new QuotesCommand())
                .register("facts", new FactsCommand());
    }

    public Cli register(String name, Command command) {
        commands.put(name, command);
        return this;
    }

    public boolean handles(String name) {
        return commands.containsKey(name);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        Command command = args.isEmpty() ? null : commands.get(args.get(0));
        if (command == null) {
            err.println("stemma: unknown command" + (args.isEmpty() ? "" : " '" + args.get(0) + "'")
                    + "; commands: " + String.join(", ", commands.keySet()));
            return USAGE_ERROR;
        }
        try {
            return command.run(args.subList(1, args.size()), out);
        } catch (UsageException e) {
            err.println("stemma " + args.get(0) + ": " + e.getMessage());
            return USAGE_ERROR;
        }
    }
}
