package org.stemma.cli;

import java.util.List;

/**
 * What a command tells its user: its name, its synopsis, what it does, its options and one example.
 * {@code stemma --help} lists every command's; {@code stemma COMMAND --help} prints one.
 *
 * @param synopsis the command line without "stemma", e.g. {@code compare LEFT RIGHT [--json]}
 * @param summary  one line: what the command does
 * @param options  one line each, the option first ({@code "--json  print one JSON object"})
 * @param example  a command line that works on the sample corpus, without "stemma"
 */
public record Help(String name, String synopsis, String summary, List<String> options, String example) {

    public Help {
        options = List.copyOf(options);
    }

    /** The usage error a command throws when its arguments do not fit the synopsis. */
    public UsageException misuse() {
        return new UsageException("usage: " + synopsis + " (see stemma " + name + " --help)");
    }

    /** The full text for {@code stemma COMMAND --help}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("usage: stemma ").append(synopsis).append('\n');
        out.append("  ").append(summary).append('\n');
        for (String option : options) {
            out.append("    ").append(option).append('\n');
        }
        out.append("  example: stemma ").append(example).append('\n');
        return out.toString();
    }
}
