package org.stemma.families;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.stemma.importing.ArticleFiles;

import java.io.BufferedWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PassimExportTest {

    @Test
    void oneObjectALineWithOutletAsSeriesAndTheStatedDay() throws Exception {
        var merkur = ArticleFiles.document(Path.of("seeds/002_3e58512b73e31964.txt"));
        var express = ArticleFiles.document(Path.of("seeds/001_a14117e3dcc20b34.txt"));
        StringWriter text = new StringWriter();
        try (BufferedWriter out = new BufferedWriter(text)) {
            assertEquals(2, PassimExport.write(out, List.of(new PassimExport.Entry("002", merkur), new PassimExport.Entry("001", express))));
        }
        String[] lines = text.toString().split("\n");
        assertEquals(2, lines.length);
        JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
        assertEquals("002", first.get("id").getAsString());
        assertEquals("Merkur.de", first.get("series").getAsString());
        assertEquals("2022-04-08", first.get("date").getAsString());
        assertEquals(merkur.text(), first.get("text").getAsString());
        JsonObject second = JsonParser.parseString(lines[1]).getAsJsonObject();
        assertFalse(second.has("date"));
        assertEquals("Daily Express", second.get("series").getAsString());
    }
}
