package org.stemma.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file name with a newline and a terminal escape code stays on one line in every message. */
class OneLineMessagesTest {

    private static final String EVIL = "report\n\u001B[2J\u001B[31mpwned.txt";
    private static final String SHOWN = "report\\n\\x1B[2J\\x1B[31mpwned.txt";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void oneCleanLine(String text) {
        assertEquals(1, text.lines().count(), text);
        assertFalse(text.strip().contains("\u001B"), text);
    }

    @Test
    void refusalsOfSuchAFileAreOneLine() throws Exception {
        Path empty = Files.createFile(dir.resolve(EVIL));
        CliRun scan = run("scan", empty.toString());
        assertEquals(2, scan.code());
        oneCleanLine(scan.err());
        assertEquals("stemma scan: '" + dir + "/" + SHOWN + "': the file is empty", scan.err().strip());
        CliRun compare = run("compare", empty.toString(), Seeds.path(Seeds.S001).toString());
        oneCleanLine(compare.err());
    }

    @Test
    void importAndNewLinesNameSuchAFileOnOneLine() throws Exception {
        Path article = Files.copy(Seeds.path(Seeds.S001), dir.resolve(EVIL));
        Path project = dir.resolve("p.stemma");
        CliRun made = run("new", "--project", project.toString(), Seeds.path(Seeds.S003).toString());
        assertEquals(0, made.code(), made.err());
        CliRun imported = run("import", "--project", project.toString(), article.toString());
        assertEquals(0, imported.code(), imported.err());
        List<String> lines = imported.out().lines().toList();
        assertEquals(2, lines.size(), imported.out());
        assertEquals("'" + dir + "/" + SHOWN + "': added as " + SHOWN, lines.get(0));
        assertFalse(imported.out().contains("\u001B"));
        CliRun unknownDocument = run("claim", "add", "--project", project.toString(), "--document", EVIL + "x",
                "--start", "0", "--end", "5", "--tag", "t");
        assertEquals(2, unknownDocument.code());
        oneCleanLine(unknownDocument.err());
        assertTrue(unknownDocument.err().contains("no document named '" + SHOWN + "x'"), unknownDocument.err());
    }

    @Test
    void typedArgumentsAreEscapedToo() {
        CliRun r = run("compare", "a", "b", "--js\non");
        oneCleanLine(r.err());
        assertTrue(r.err().contains("unknown option '--js\\non'"), r.err());
    }
}
