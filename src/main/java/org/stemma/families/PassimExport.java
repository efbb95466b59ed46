package org.stemma.families;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.stemma.corpus.Document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.List;

/**
 * A corpus as passim's input: one JSON object a line, {@code {id, series, date, text}}. passim ignores
 * reuse within one series, so the series is the outlet; an article whose outlet is unknown is its own
 * series. The date is the day the article states (passim compares them as strings), left out when it
 * states none.
 */
public final class PassimExport {

    private static final Gson GSON = new Gson();

    /** One article and the id it takes in the export. */
    public record Entry(String id, Document document) {
    }

    private PassimExport() {
    }

    public static int write(BufferedWriter out, List<Entry> entries) throws IOException {
        for (Entry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            String outlet = e.document().metadata().outlet();
            o.addProperty("series", outlet != null ? outlet : e.id());
            PublicationDate date = PublicationDate.parse(e.document().metadata().date());
            if (date != null) {
                o.addProperty("date", date.day().toString());
            }
            o.addProperty("text", e.document().text());
            out.write(GSON.toJson(o));
            out.newLine();
        }
        out.flush();
        return entries.size();
    }
}
