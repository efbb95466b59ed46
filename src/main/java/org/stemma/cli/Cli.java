package org.stemma.cli;

import org.stemma.platform.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dispatches {@code stemma COMMAND ...} to its command. {@code --help}, {@code -h} and {@code help} print
 * the usage of every command (exit 0), {@code COMMAND --help} that command's, {@code --version} the
 * version; an unknown command prints the usage on stderr (exit 2); bad usage is one line on stderr, exit 2.
 */
public final class Cli {

    public static final int USAGE_ERROR = 2;
    private static final Set<String> HELP = Set.of("--help", "-h", "help");
    private static final String VERSION = "--version";

    private final Map<String, Command> commands = new TreeMap<>();

    public Cli() {
    }

    public static Cli standard() {
        return new Cli()
                .register(new CompareCommand())
                .register(new ScanCommand())
                .register(new NewCommand())
                .register(new ExportCommand())
                .register(new ImportCommand())
                .register(new ClaimCommand())
                .register(new SimilarCommand())
                .register(new SearchCommand())
                .register(new QuotesCommand())
                .register(new FactsCommand())
                .register(new FamiliesCommand())
                .register(new CollateCommand());
    }

    public Cli register(Command command) {
        commands.put(command.help().name(), command);
        return this;
    }

    /** Whether the arguments are for the command line rather than the window: a command, help or the version. */
    public boolean handles(String first) {
        return commands.containsKey(first) || HELP.contains(first) || first.equals(VERSION);
    }

    public Collection<Command> commands() {
        return commands.values();
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || HELP.contains(args.get(0))) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                out.print(commands.get(args.get(1)).help().text());
            } else {
                out.print(usage());
            }
            return 0;
        }
        if (args.get(0).equals(VERSION)) {
            out.println("stemma " + version());
            return 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("stemma: unknown command " + Messages.quote(args.get(0)) + "; commands: "
                    + String.join(", ", commands.keySet()));
            err.print(usage());
            return USAGE_ERROR;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help().text());
            return 0;
        }
        try {
            return command.run(rest, out);
        } catch (UsageException e) {
            err.println("stemma " + args.get(0) + ": " + Messages.oneLine(e.getMessage()));
            return USAGE_ERROR;
        }
    }

    /** Every command's usage, options and example. */
    public String usage() {
        StringBuilder out = new StringBuilder("usage: stemma [FILE.stemma | ARTICLE...]   opens the window\n"
                + "       stemma COMMAND [OPTIONS]               runs a command without the window\n"
                + "       stemma --help | -h | help [COMMAND]    prints this, or one command's usage\n"
                + "       stemma --version                       prints the version\n\ncommands:\n");
        for (Command c : commands.values()) {
            out.append('\n').append(c.help().text());
        }
        return out.toString();
    }

    /** The version Maven wrote into {@code version.properties} when it built the program. */
    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            System.getLogger(Cli.class.getName()).log(System.Logger.Level.WARNING, "version.properties unreadable", e);
            return "(unknown version)";
        }
    }
}
