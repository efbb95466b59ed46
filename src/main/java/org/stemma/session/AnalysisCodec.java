package org.stemma.session;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.corpus.Document;
import org.stemma.findings.Finding;
import org.stemma.findings.Furniture;
import org.stemma.findings.Homoglyph;
import org.stemma.findings.Invisible;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An analysis as bytes for the project file: offsets as variable-length deltas, each distinct word form
 * once. About 4 bytes per word; decoding a 1,000-word article takes well under a millisecond.
 */
final class AnalysisCodec {

    private AnalysisCodec() {
    }

    static byte[] encode(AnalyzedDocument a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Map<String, Integer> forms = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (forms.putIfAbsent(t.form(), order.size()) == null) {
                        order.add(t.form());
                    }
                }
            }
            varint(out, order.size());
            for (String f : order) {
                out.writeUTF(f);
            }
            varint(out, a.paragraphs().size());
            int at = 0;
            for (Span p : a.paragraphs()) {
                at = span(out, at, p.start(), p.end());
            }
            varint(out, a.sentences().size());
            at = 0;
            for (Sentence s : a.sentences()) {
                at = span(out, at, s.start(), s.end());
                varint(out, s.paragraph());
                out.writeBoolean(s.boilerplate());
                varint(out, s.tokens().size());
                int t0 = s.start();
                for (Token t : s.tokens()) {
                    t0 = span(out, t0, t.start(), t.end());
                    varint(out, forms.get(t.form()));
                }
            }
            varint(out, a.findings().size());
            for (Finding f : a.findings()) {
                out.writeUTF(f.type().name());
                varint(out, f.start());
                varint(out, f.end() - f.start());
                // Every kind's own fields, so that a new kind is a compile error here.
                for (String field : f.match(h -> new String[] {h.codePoint(), h.imitates(), h.word()},
                        i -> new String[] {i.codePoint(), i.name(), null},
                        u -> new String[] {u.reason().name(), null, null})) {
                    nullable(out, field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static AnalyzedDocument decode(Document document, byte[] data) {
        String text = document.text();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            String[] forms = new String[varint(in)];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = in.readUTF();
            }
            List<Span> paragraphs = new ArrayList<>();
            int at = 0;
            for (int n = varint(in); n > 0; n--) {
                Span p = span(in, at);
                paragraphs.add(p);
                at = p.end();
            }
            List<Sentence> sentences = new ArrayList<>();
            at = 0;
            for (int n = varint(in); n > 0; n--) {
                Span s = span(in, at);
                at = s.end();
                int paragraph = varint(in);
                boolean boilerplate = in.readBoolean();
                List<Token> tokens = new ArrayList<>();
                int t0 = s.start();
                for (int k = varint(in); k > 0; k--) {
                    Span t = span(in, t0);
                    t0 = t.end();
                    tokens.add(new Token(t.start(), t.end(), forms[varint(in)]));
                }
                sentences.add(new Sentence(s, paragraph, tokens, boilerplate));
            }
            List<Finding> findings = new ArrayList<>();
            for (int n = varint(in); n > 0; n--) {
                Finding.Type type = Finding.Type.valueOf(in.readUTF());
                int start = varint(in);
                Span span = new Span(start, start + varint(in));
                String a = nullable(in);
                String b = nullable(in);
                String c = nullable(in);
                String original = span.of(text);
                findings.add(switch (type) {
                    case HOMOGLYPH -> new Homoglyph(span, original, a, b, c);
                    case INVISIBLE -> new Invisible(span, original, a, b);
                    case BOILERPLATE -> new Furniture(span, original, Furniture.Reason.valueOf(a));
                });
            }
            return new AnalyzedDocument(document, paragraphs, sentences, findings);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("a stored analysis of " + document.name() + " cannot be read", e);
        }
    }

    private static int span(DataOutputStream out, int previousEnd, int start, int end) throws IOException {
        varint(out, start - previousEnd);
        varint(out, end - start);
        return end;
    }

    private static Span span(DataInputStream in, int previousEnd) throws IOException {
        int start = previousEnd + varint(in);
        return new Span(start, start + varint(in));
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Zig-zag, so that the occasional negative delta (overlapping spans) still fits. */
    private static void varint(DataOutputStream out, int value) throws IOException {
        int v = (value << 1) ^ (value >> 31);
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int varint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                int value = v >>> 1;
                return (v & 1) == 0 ? value : ~value;
            }
        }
    }
}
