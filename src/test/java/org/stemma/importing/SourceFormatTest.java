package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.cli.Cli;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code new} and {@code import} record the reader each file was read with, in {@code source_format}. */
class SourceFormatTest {

    @TempDir
    Path dir;

    @Test
    void newAndImportRecordTheReaderOfEachFile() throws Exception {
        String text = Files.readString(Seeds.path(Seeds.S001));
        List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
        Path txt = Files.copy(Seeds.path(Seeds.S001), dir.resolve("a.txt"));
        Path md = Files.writeString(dir.resolve("b.md"), "# " + paragraphs.get(0) + "\n\n"
                + String.join("\n\n", Files.readString(Seeds.path(Seeds.S002)).lines().filter(l -> !l.isBlank()).toList()));
        Path html = Files.writeString(dir.resolve("c.html"), "<!doctype html><html><head><title>T</title></head><body><article>"
                + String.join("", Files.readString(Seeds.path(Seeds.S003)).lines().filter(l -> !l.isBlank())
                .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").toList())
                + "</article></body></html>");
        Path pdf = dir.resolve("d.pdf");
        TestFiles.pdf(pdf, "Header", List.of(List.of(List.of("The council met on Tuesday and agreed the budget for"),
                List.of("the coming year after a long debate about the roads and the schools of the town."))));
        Path docx = dir.resolve("e.docx");
        TestFiles.docx(docx, TestFiles.para("The mayor said the bridge would reopen in spring, two months early, "
                + "after engineers finished the repairs to its deck and railings."));
        Map<String, String> expected = Map.of("a.txt", "text", "b.md", "markdown", "c.html", "html", "d.pdf", "pdf",
                "e.docx", "docx");

        Path made = dir.resolve("new.stemma");
        run("new", "--project", made.toString(), txt.toString(), md.toString(), html.toString(), pdf.toString(), docx.toString());
        assertEquals(expected, formats(made));

        Path imported = dir.resolve("import.stemma");
        run("new", "--project", imported.toString(), txt.toString());
        run("import", "--project", imported.toString(), md.toString(), html.toString(), pdf.toString(), docx.toString());
        assertEquals(expected, formats(imported));
    }

    private static Map<String, String> formats(Path project) throws Exception {
        Map<String, String> formats = new TreeMap<>();
        try (ProjectFile p = ProjectFile.open(project)) {
            for (StoredDocument d : p.documents().list()) {
                formats.put(d.source().fileName(), d.source().format());
            }
        }
        return formats;
    }

    private static void run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }
}
