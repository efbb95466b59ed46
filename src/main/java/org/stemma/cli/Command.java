package org.stemma.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code java -jar stemma.jar}. */
public interface Command {
    /** Runs with the arguments after the command's name; returns the exit code. */
    int run(List<String> args, PrintStream out) throws UsageException;
}
