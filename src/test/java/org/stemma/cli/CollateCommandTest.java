package org.stemma.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.model.Family;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code collate} end to end: files and a project's family, the base chosen or named, the three formats. */
class CollateCommandTest {

    private static final String W000 = "w000_bccecb4352150e81";
    private static final String W001 = "w001_a14117e3dcc20b34";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String seed(String name) {
        return Seeds.path(name).toString();
    }

    /** The reading of {@code witness} in the row whose base reading contains {@code baseWords}. */
    private static String reading(JsonObject o, String baseWords, String witness) {
        JsonArray ids = o.getAsJsonArray("witnesses");
        int column = -1;
        for (int i = 0; i < ids.size(); i++) {
            column = ids.get(i).getAsString().equals(witness) ? i : column;
        }
        for (JsonElement row : o.getAsJsonArray("table")) {
            JsonArray base = row.getAsJsonArray().get(0).getAsJsonArray();
            if (!base.isEmpty() && base.get(0).getAsJsonObject().get("t").getAsString().contains(baseWords)) {
                JsonArray cell = row.getAsJsonArray().get(column).getAsJsonArray();
                return cell.isEmpty() ? "" : cell.get(0).getAsJsonObject().get("t").getAsString();
            }
        }
        throw new AssertionError("no row with " + baseWords);
    }

    @Test
    void theStemmasRootIsTheBaseByDefault() {
        CliRun r = run("collate", seed(Seeds.S000), seed(Seeds.S001), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(W001, o.get("base").getAsString());
        assertEquals(List.of(W001, W000), o.getAsJsonArray("witnesses").asList().stream().map(JsonElement::getAsString).toList());
        assertTrue(reading(o, "The Atlantic Council described", W000).contains("“important.”"));
    }

    @Test
    void aNamedBaseComesFirstEvenWhenNotAmongThePaths() {
        CliRun r = run("collate", seed(Seeds.S001), "--base", seed(Seeds.S000), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(W000, o.get("base").getAsString());
        assertTrue(reading(o, "The Atlantic Council called", W001).contains("“meaningful”"));
    }

    @Test
    void teiAndCsvAndTheSummary() {
        CliRun tei = run("collate", seed(Seeds.S003), seed(Seeds.S004), "--base", Seeds.S003, "--tei");
        assertEquals(0, tei.code(), tei.err());
        assertTrue(tei.out().matches("(?s).*<app n=\"\\d+\"><rdg wit=\"#w003_be3a2c4a61845e7d\">[^<]*Kiev[^<]*</rdg>"
                + "<rdg wit=\"#w004_a749db46accb916b\">[^<]*Kyiv[^<]*</rdg></app>.*"), tei.out());
        CliRun csv = run("collate", seed(Seeds.S003), seed(Seeds.S004), "--base", Seeds.S003, "--csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFrow,passage,divergent,w003_be3a2c4a61845e7d"), csv.out());
        CliRun text = run("collate", seed(Seeds.S001), seed(Seeds.S000));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("base " + W001), text.out());
        assertTrue(text.out().contains("  " + W000 + " [changed] The Atlantic Council called"), text.out());
    }

    @Test
    void aProjectsFamilyWithItsRootOrANamedBase() throws Exception {
        Path file = dir.resolve("seeds.stemma");
        try (ProjectFile p = ProjectFile.create(file)) {
            for (String s : Seeds.ALL) {
                p.documents().add(Seeds.document(s), SourceInfo.of(Seeds.path(s), "text"));
            }
        }
        assertEquals(0, run("families", "--project", file.toString()).code());
        Family family;
        try (ProjectFile p = ProjectFile.open(file)) {
            family = p.families().load().families().stream().filter(f -> f.members().size() == 2 && f.root() != null)
                    .filter(f -> f.name().startsWith("Putin humiliation")).findFirst().orElseThrow();
        }
        CliRun r = run("collate", "--project", file.toString(), "--family", String.valueOf(family.id()), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(2, o.getAsJsonArray("witnesses").size());
        assertEquals(W001, o.get("base").getAsString());
        CliRun named = run("collate", "--project", file.toString(), "--family", String.valueOf(family.id()),
                "--base", Seeds.S000, "--json");
        assertEquals(0, named.code(), named.err());
        assertEquals(W000, JsonParser.parseString(named.out()).getAsJsonObject().get("base").getAsString());
        CliRun missing = run("collate", "--project", file.toString(), "--family", "99");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no family 99"), missing.err());
    }

    @Test
    void misuseIsOneLineAndExitTwo() {
        for (String[] args : List.of(new String[]{"collate"}, new String[]{"collate", seed(Seeds.S000), seed(Seeds.S001), "--json", "--tei"},
                new String[]{"collate", seed(Seeds.S000), seed(Seeds.S001), "--family", "1"},
                new String[]{"collate", seed(Seeds.S000)}, new String[]{"collate", "no/such/file.txt", seed(Seeds.S000)})) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
