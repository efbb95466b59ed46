package org.stemma.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.corpus.Document;
import org.stemma.findings.Finding;
import org.stemma.text.Span;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;

/** The JSON shapes printed by {@code compare --json} and {@code scan --json}. */
final class Json {

    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    private Json() {
    }

    /**
     * Writes the object to {@code out} as it goes, then a line end: never the whole JSON as one string,
     * which for a 20 MB article would be several copies of it in memory.
     */
    static void print(JsonObject o, PrintStream out) {
        // Chunks of 64 K characters, each encoded by the stream in its own charset.
        Writer chunks = new BufferedWriter(new Writer() {
            @Override
            public void write(char[] c, int offset, int length) {
                out.append(CharBuffer.wrap(c, offset, length));
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        }, 1 << 16);
        try {
            GSON.toJson(o, chunks);
            chunks.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    static JsonObject header(Document document) {
        JsonObject o = new JsonObject();
        o.addProperty("path", document.source().isEmpty() ? document.name() : document.source());
        o.addProperty("title", document.metadata().title());
        o.addProperty("outlet", document.metadata().outlet());
        o.addProperty("byline", document.metadata().byline());
        o.addProperty("date", document.metadata().date());
        return o;
    }

    static JsonObject span(String text, Span span) {
        if (span == null) {
            return null;
        }
        JsonObject o = new JsonObject();
        o.addProperty("start", span.start());
        o.addProperty("end", span.end());
        o.addProperty("text", span.of(text));
        return o;
    }

    static JsonArray findings(String side, List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            if (side != null) {
                o.addProperty("doc", side);
            }
            o.addProperty("type", f.type().id());
            o.addProperty("start", f.start());
            o.addProperty("end", f.end());
            o.addProperty("text", f.text());
            f.<Void>match(h -> {
                o.addProperty("codepoint", h.codePoint());
                o.addProperty("imitates", h.imitates());
                o.addProperty("word", h.word());
                return null;
            }, i -> {
                o.addProperty("codepoint", i.codePoint());
                o.addProperty("imitates", (String) null);
                o.addProperty("name", i.name());
                return null;
            }, b -> {
                o.addProperty("codepoint", (String) null);
                o.addProperty("imitates", (String) null);
                o.addProperty("reason", b.reason().description());
                return null;
            });
            array.add(o);
        }
        return array;
    }
}
