package org.stemma;

import org.stemma.cli.Cli;
import org.stemma.ui.app.SmokeTest;

import java.util.ArrayList;
import java.util.List;

/**
 * The program's entry point: with a command it runs the command line, otherwise it opens the window
 * (with {@code --smoke-test}, under the smoke test). The window's raw parameters are the files to open.
 * A separate class from the JavaFX application, so that JavaFX may sit on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = Cli.standard();
        if (args.length > 0 && cli.handles(args[0])) {
            System.exit(cli.run(List.of(args), System.out, System.err));
        }
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.remove(SmokeTest.FLAG)) {
            SmokeTest.run(rest);
        } else {
            javafx.application.Application.launch(org.stemma.ui.app.StemmaApp.class, rest.toArray(String[]::new));
        }
    }
}
