package org.stemma.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of {@code stemma}. A new command is its class and one line in {@link Cli#standard()}:
 * its name, usage and example come from its {@link #help()}.
 */
public interface Command {

    Help help();

    /** Runs with the arguments after the command's name; returns the exit code. */
    int run(List<String> args, PrintStream out) throws UsageException;
}
