package org.stemma.exchange;

import org.stemma.model.Claim;
import org.stemma.claims.TagTree;
import org.stemma.model.Tag;
import org.stemma.corpus.Metadata;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.DocumentHeader;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A project as a REFI-QDA project ({@code .qdpx}, QDA-XML 1.0; decision record 1200) that QualCoder,
 * ATLAS.ti, MAXQDA, NVivo and Transana read: every article a {@code TextSource} (its text in
 * {@code sources/}, NFC, LF, no BOM), every tag a {@code Code} with its colour, every claim a
 * {@code PlainTextSelection} coded with its tags, its status in the selection's description and its note
 * a {@code Note}. GUIDs are derived from content, so exporting the same project twice gives the same file.
 */
public final class RefiExport {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final String STATUS = "Status: ";
    static final String INTERNAL = "internal://";
    /** The metadata lines of a source's description, read back on import. */
    static final List<String> FIELDS = List.of("Title: ", "Outlet: ", "Byline: ", "Date: ");

    private RefiExport() {
    }

    /** What was written. */
    public record Written(int sources, int codes, int selections) {
    }

    public static Written export(ProjectFile project, Path file) throws ProjectException, IOException {
        Evidence evidence = Evidence.readWithTexts(project);
        return ExportFile.write(file, project.path(), out -> write(evidence, out));
    }

    public static Written write(Evidence e, OutputStream stream) throws IOException, XMLStreamException {
        ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        String user = guid("user", "Stemma");
        Map<Long, RefiText> texts = new HashMap<>();
        Map<Long, String> sourceGuids = new LinkedHashMap<>();
        for (DocumentHeader d : e.documents()) {
            RefiText t = RefiText.of(e.withText(d.id()).text());
            texts.put(d.id(), t);
            String g = guid("source", d.name() + "\0" + t.text());
            sourceGuids.put(d.id(), g);
            zip.putNextEntry(new ZipEntry("sources/" + g + ".txt"));
            zip.write(t.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Map<Long, String> codeGuids = new HashMap<>();
        for (Tag tag : e.tags()) {
            codeGuids.put(tag.id(), guid("code", tag.name().toLowerCase(java.util.Locale.ROOT)));
        }
        zip.putNextEntry(new ZipEntry("project.qde"));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
        x.writeStartDocument("UTF-8", "1.0");
        nl(x, 0);
        x.writeStartElement("Project");
        x.writeDefaultNamespace(NS);
        attr(x, "name", e.projectName());
        attr(x, "origin", "Stemma");
        attr(x, "creatingUserGUID", user);
        attr(x, "creationDateTime", e.firstImport().toString());
        attr(x, "modifyingUserGUID", user);
        attr(x, "modifiedDateTime", e.lastChange().toString());
        nl(x, 1);
        x.writeStartElement("Users");
        nl(x, 2);
        x.writeEmptyElement("User");
        attr(x, "guid", user);
        attr(x, "name", "Stemma");
        nl(x, 1);
        x.writeEndElement();
        if (!e.tags().isEmpty()) {
            nl(x, 1);
            x.writeStartElement("CodeBook");
            nl(x, 2);
            x.writeStartElement("Codes");
            TagTree tree = new TagTree(e.tags());
            for (Tag tag : tree.children(0)) {
                code(x, tag, tree, codeGuids, 3);
            }
            nl(x, 2);
            x.writeEndElement();
            nl(x, 1);
            x.writeEndElement();
        }
        Map<String, String> notes = new LinkedHashMap<>(); // note guid -> text
        Map<String, Claim> noted = new HashMap<>();
        int selections = 0;
        if (!e.documents().isEmpty()) {
            nl(x, 1);
            x.writeStartElement("Sources");
            for (DocumentHeader d : e.documents()) {
                String g = sourceGuids.get(d.id());
                nl(x, 2);
                x.writeStartElement("TextSource");
                attr(x, "guid", g);
                attr(x, "name", d.name());
                attr(x, "plainTextPath", INTERNAL + g + ".txt");
                attr(x, "creatingUser", user);
                attr(x, "creationDateTime", d.source().importedAt().toString());
                String description = description(d);
                if (!description.isEmpty()) {
                    nl(x, 3);
                    element(x, "Description", description);
                }
                Map<String, Integer> seen = new HashMap<>();
                for (Claim c : e.claims()) {
                    if (c.documentId() != d.id()) {
                        continue;
                    }
                    RefiText t = texts.get(d.id());
                    int start = t.start(c.anchor().start());
                    int end = t.end(c.anchor().end());
                    String key = start + ":" + end;
                    int n = seen.merge(key, 1, Integer::sum);
                    String sel = guid("selection", g + ":" + key + ":" + n);
                    nl(x, 3);
                    x.writeStartElement("PlainTextSelection");
                    attr(x, "guid", sel);
                    attr(x, "name", shortName(c.anchor().exact()));
                    attr(x, "startPosition", Integer.toString(start));
                    attr(x, "endPosition", Integer.toString(end));
                    attr(x, "creatingUser", user);
                    attr(x, "creationDateTime", c.created().toString());
                    attr(x, "modifyingUser", user);
                    attr(x, "modifiedDateTime", c.modified().toString());
                    nl(x, 4);
                    String carried = e.evidenceCell(c.id());
                    element(x, "Description", STATUS + c.status().label()
                            + (carried.isEmpty() ? "" : "\nCarried by:\n" + carried));
                    for (Tag tag : c.tags()) {
                        nl(x, 4);
                        x.writeStartElement("Coding");
                        attr(x, "guid", guid("coding", sel + ":" + codeGuids.get(tag.id())));
                        attr(x, "creatingUser", user);
                        attr(x, "creationDateTime", c.modified().toString());
                        x.writeEmptyElement("CodeRef");
                        attr(x, "targetGUID", codeGuids.get(tag.id()));
                        x.writeEndElement();
                    }
                    if (!c.note().isBlank()) {
                        String note = guid("note", sel);
                        notes.put(note, c.note());
                        noted.put(note, c);
                        nl(x, 4);
                        x.writeEmptyElement("NoteRef");
                        attr(x, "targetGUID", note);
                    }
                    nl(x, 3);
                    x.writeEndElement();
                    selections++;
                }
                nl(x, 2);
                x.writeEndElement();
            }
            nl(x, 1);
            x.writeEndElement();
        }
        if (!notes.isEmpty()) {
            nl(x, 1);
            x.writeStartElement("Notes");
            for (Map.Entry<String, String> note : notes.entrySet()) {
                Claim c = noted.get(note.getKey());
                nl(x, 2);
                x.writeStartElement("Note");
                attr(x, "guid", note.getKey());
                attr(x, "name", "Note on “" + shortName(c.anchor().exact()) + "”");
                attr(x, "creatingUser", user);
                attr(x, "creationDateTime", c.modified().toString());
                element(x, "PlainTextContent", RefiText.of(note.getValue()).text());
                x.writeEndElement();
            }
            nl(x, 1);
            x.writeEndElement();
        }
        nl(x, 0);
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        w.flush();
        zip.closeEntry();
        zip.finish();
        return new Written(e.documents().size(), e.tags().size(), selections);
    }

    /** "Title: …", "Outlet: …", "Byline: …", "Date: …" lines for the metadata the article states. */
    static String description(DocumentHeader d) {
        Metadata m = d.metadata();
        String[] values = {m.title(), m.outlet(), m.byline(), m.date()};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                s.append(s.isEmpty() ? "" : "\n").append(FIELDS.get(i)).append(oneLine(values[i]));
            }
        }
        return s.toString();
    }

    /** A stable GUID for a thing of this kind with this content (a name-based UUID). */
    static String guid(String kind, String content) {
        return UUID.nameUUIDFromBytes(("stemma:" + kind + ":" + content).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String shortName(String passage) {
        String line = oneLine(passage);
        return line.codePointCount(0, line.length()) <= 80 ? line
                : line.substring(0, line.offsetByCodePoints(0, 79)) + "…";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, xmlSafe(value));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlSafe(text));
        x.writeEndElement();
    }

    /** A code with its memo as description and the codes nested under it inside it (tags in a tree). */
    private static void code(XMLStreamWriter x, Tag tag, TagTree tree, Map<Long, String> guids, int depth)
            throws XMLStreamException {
        List<Tag> children = tree.children(tag.id());
        nl(x, depth);
        if (children.isEmpty() && tag.memo().isBlank()) {
            x.writeEmptyElement("Code");
        } else {
            x.writeStartElement("Code");
        }
        attr(x, "guid", guids.get(tag.id()));
        attr(x, "name", tag.name());
        attr(x, "isCodable", "true");
        attr(x, "color", tag.colour());
        if (children.isEmpty() && tag.memo().isBlank()) {
            return;
        }
        if (!tag.memo().isBlank()) {
            nl(x, depth + 1);
            element(x, "Description", tag.memo());
        }
        for (Tag child : children) {
            code(x, child, tree, guids, depth + 1);
        }
        nl(x, depth);
        x.writeEndElement();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The characters XML 1.0 cannot carry (most C0 controls, lone surrogates) as U+FFFD. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(ok ? s.substring(i, i + len) : "\uFFFD");
            }
            i += len;
        }
        return b == null ? s : b.toString();
    }
}
