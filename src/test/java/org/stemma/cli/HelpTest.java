package org.stemma.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --help}, {@code COMMAND --help}, unknown commands and {@code --version}. */
class HelpTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpListsEveryCommandWithItsOptionsAndAnExample() {
        for (String flag : List.of("--help", "-h", "help")) {
            CliRun r = run(flag);
            assertEquals(0, r.code(), flag);
            assertEquals("", r.err());
            for (Command c : Cli.standard().commands()) {
                Help h = c.help();
                assertTrue(r.out().contains("usage: stemma " + h.synopsis()), flag + " lacks " + h.name() + ":\n" + r.out());
                assertTrue(r.out().contains("example: stemma " + h.example()), r.out());
                h.options().forEach(o -> assertTrue(r.out().contains(o), o));
            }
        }
        assertTrue(run("--help").out().contains("--project FILE"), "options are listed");
    }

    @Test
    void everyCommandHasUsageOptionsAndAnExampleThatParses() {
        List<String> names = Cli.standard().commands().stream().map(c -> c.help().name()).toList();
        assertTrue(names.containsAll(List.of("claim", "compare", "export", "import", "new", "scan")), names.toString());
        assertEquals(names.stream().sorted().toList(), names, "listed by name");
        for (Command c : Cli.standard().commands()) {
            Help h = c.help();
            assertTrue(h.synopsis().startsWith(h.name() + " "), h.synopsis());
            assertTrue(h.example().startsWith(h.name() + " "), h.example());
            assertFalse(h.summary().isBlank());
            assertFalse(h.summary().contains("\n"));
        }
    }

    @Test
    void commandHelpPrintsThatCommandOnly() {
        CliRun r = run("compare", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: stemma compare LEFT RIGHT [--json]"), r.out());
        assertTrue(r.out().contains("--json"));
        assertEquals(1, r.out().split("usage: stemma ", -1).length - 1, "one command's usage only:\n" + r.out());
        CliRun claim = run("claim", "add", "-h");
        assertEquals(0, claim.code());
        assertTrue(claim.out().contains("--status S"), claim.out());
        assertEquals(run("scan", "--help").out(), run("help", "scan").out());
    }

    @Test
    void anUnknownCommandSaysSoThenPrintsTheUsageAndExitsTwo() {
        CliRun r = run("comapre", "a.txt", "b.txt");
        assertEquals(Cli.USAGE_ERROR, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("stemma: unknown command 'comapre'; commands: claim, ") && lines.get(0).contains("compare"), lines.get(0));
        assertTrue(r.err().contains("usage: stemma compare LEFT RIGHT"), r.err());
    }

    @Test
    void misuseIsOneLineThatPointsToTheCommandsHelp() {
        CliRun r = run("scan");
        assertEquals(Cli.USAGE_ERROR, r.code());
        String synopsis = Cli.standard().commands().stream().filter(c -> c.help().name().equals("scan"))
                .findFirst().orElseThrow().help().synopsis();
        assertEquals("stemma scan: usage: " + synopsis + " (see stemma scan --help)\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void versionIsTheOneMavenBuilt() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>stemma</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        CliRun r = run("--version");
        assertEquals(0, r.code());
        assertEquals("stemma " + m.group(1), r.out().strip());
    }
}
