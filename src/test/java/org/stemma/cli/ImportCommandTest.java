package org.stemma.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --project FILE PATH...} end to end on files written for the test. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void addsTheGoodFilesAndReportsEachOne() throws Exception {
        Path project = dir.resolve("k.stemma");
        ProjectFile.create(project).close();
        Path seed = Files.copy(Seeds.path(Seeds.S001), dir.resolve("express.txt"));
        Path again = Files.copy(Seeds.path(Seeds.S001), dir.resolve("renamed.txt"));
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 0, 9});
        Path folder = Files.createDirectory(dir.resolve("more"));
        Files.copy(Seeds.path(Seeds.S003), folder.resolve("other.txt"));

        CliRun r = run("import", "--project", project.toString(), seed.toString(), again.toString(), binary.toString(), folder.toString());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertEquals("'" + seed + "': added as express.txt", lines.get(0));
        assertEquals("'" + again + "': duplicate of express.txt, not added again", lines.get(1));
        assertTrue(lines.get(2).startsWith("'" + binary + "': refused: "), lines.get(2));
        assertEquals("'" + folder.resolve("other.txt") + "': added as other.txt", lines.get(3));
        assertEquals("2 added, 1 duplicate, 1 refused into '" + project + "'", lines.get(4));
        try (ProjectFile p = ProjectFile.open(project)) {
            assertEquals(List.of("express.txt", "other.txt"), p.documents().list().stream().map(StoredDocument::name).toList());
        }
    }

    @Test
    void aMissingProjectOrNoPathIsAUsageError() throws Exception {
        Path article = Files.copy(Seeds.path(Seeds.S001), dir.resolve("a.txt"));
        CliRun missing = run("import", "--project", dir.resolve("none.stemma").toString(), article.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun notProject = run("import", "--project", article.toString(), article.toString());
        assertEquals(2, notProject.code());
        assertTrue(notProject.err().contains("not a Stemma project"), notProject.err());
        assertEquals(2, run("import", "--project", dir.resolve("x.stemma").toString()).code());
    }
}
