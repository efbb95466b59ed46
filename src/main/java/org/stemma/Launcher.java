package org.stemma;

import org.stemma.cli.Cli;
import org.stemma.platform.AppLog;
import org.stemma.ui.app.SmokeTest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The program's entry point: with a command (or help, or the version) it runs the command line,
 * otherwise it opens the window (with {@code --smoke-test}, under the smoke test). The window's raw
 * parameters are the files to open. A separate class from the JavaFX application, so that JavaFX may sit
 * on the class path.
 */
public final class Launcher {

    static final String NO_DISPLAY = "stemma: no display: use a command, see --help";

    private Launcher() {
    }

    public static void main(String[] args) {
        AppLog.install();
        List<String> rest = new ArrayList<>(List.of(args));
        OptionalInt exit = commandLine(rest, System.getenv(), System.getProperty("os.name", ""), System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        if (rest.remove(SmokeTest.FLAG)) {
            SmokeTest.run(rest);
        } else {
            javafx.application.Application.launch(org.stemma.ui.app.StemmaApp.class, rest.toArray(String[]::new));
        }
    }

    /**
     * What the arguments ask for, short of the window: the exit code of a command, of help or of a
     * refusal, or empty when the window should open (on the files given, if any). A first argument that
     * is neither a command, nor an option the window takes, nor a file is an unknown command. Without a
     * display the window is refused here, before JavaFX is touched.
     */
    static OptionalInt commandLine(List<String> args, Map<String, String> env, String os, PrintStream out, PrintStream err) {
        Cli cli = Cli.standard();
        if (!args.isEmpty()) {
            String first = args.get(0);
            if (cli.handles(first) || !first.equals(SmokeTest.FLAG) && !isFile(first)) {
                return OptionalInt.of(cli.run(args, out, err));
            }
        }
        if (os.toLowerCase(Locale.ROOT).contains("linux") && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            err.println(NO_DISPLAY);
            return OptionalInt.of(Cli.USAGE_ERROR);
        }
        return OptionalInt.empty();
    }

    /** A file the window can open: one that exists, or a project the window will say it cannot find. */
    private static boolean isFile(String arg) {
        if (arg.toLowerCase(Locale.ROOT).endsWith(".stemma")) {
            return true;
        }
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
