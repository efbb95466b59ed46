package org.stemma.exchange;

import org.stemma.session.CorpusSession;
import org.stemma.model.Claim;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.corpus.MetadataExtractor;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a REFI-QDA project ({@code .qdpx}) written by Stemma or another QDA tool into a project
 * (decision record 1200): text sources become articles, codes become tags (with their colours), text
 * selections become claims tagged with their codes, a selection's note becomes the claim's note and a
 * "Status:" line of its description its status. What Stemma has no place for (pictures, PDFs, audio,
 * video, cases, variables, sets, graphs, links, codings of whole sources) is counted in the outcome's
 * {@code skipped} lines, never dropped without a word.
 */
public final class RefiImport {

    /** What the import brought in and what it left out, one line per kind of thing left out. */
    public record Outcome(int sources, int codes, int selections, List<Long> claimIds, List<String> skipped) {
    }

    private static final List<String> SKIPPED_SOURCES = List.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");
    private static final List<String> SKIPPED_SECTIONS = List.of("Cases", "Variables", "Sets", "Graphs", "Links");

    private RefiImport() {
    }

    /**
     * Reads {@code qdpx} into a new project at {@code target} (never an existing file), then finds the
     * counterparts of the imported claims as {@code claim add} does. A project that could not be filled is
     * removed again, so a failed import leaves nothing behind.
     */
    public static Outcome intoNewProject(Path qdpx, Path target) throws IOException, ProjectException {
        if (!Files.isRegularFile(qdpx)) {
            throw new IOException(qdpx + ": no such file");
        }
        ProjectFile project = ProjectFile.create(target); // refuses an existing file, which is never touched
        boolean filled = false;
        try (project) {
            Outcome o = read(qdpx, project);
            filled = true;
            CounterpartFinder finder = new CounterpartFinder(project, CorpusSession.open(project), project.compareOptions().load());
            for (long id : o.claimIds()) {
                Optional<Claim> claim = project.claims().get(id);
                if (claim.isPresent()) {
                    finder.update(claim.get());
                }
            }
            return o;
        } finally {
            if (!filled) {
                removeUnfilled(project.path());
            }
        }
    }

    private static void removeUnfilled(Path file) {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                System.getLogger(RefiImport.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot remove the unfilled project " + file, e);
            }
        }
    }

    /** Reads {@code qdpx} into {@code project} (normally a new, empty one) in one transaction. */
    public static Outcome read(Path qdpx, ProjectFile project) throws IOException, ProjectException {
        try (ZipFile zip = new ZipFile(qdpx.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry qde = zip.getEntry("project.qde");
            if (qde == null) {
                throw new IOException(qdpx + ": not a REFI-QDA project (no project.qde inside)");
            }
            Element root;
            try (InputStream in = zip.getInputStream(qde)) {
                root = parse(in.readAllBytes()).getDocumentElement();
            }
            if (!"Project".equals(root.getLocalName()) || !RefiExport.NS.equals(root.getNamespaceURI())) {
                throw new IOException(qdpx + ": project.qde is not a QDA-XML project (root " + root.getTagName() + ")");
            }
            return project.transaction(() -> load(qdpx, zip, root, project));
        } catch (java.util.zip.ZipException e) {
            throw new IOException(qdpx + ": not a REFI-QDA project (not a zip file: " + e.getMessage() + ")", e);
        }
    }

    private static Outcome load(Path qdpx, ZipFile zip, Element root, ProjectFile project) throws ProjectException {
        Map<String, Integer> skipped = new LinkedHashMap<>();
        boolean fromStemma = "Stemma".equals(root.getAttribute("origin"));
        ClaimService service = new ClaimService(project, new UndoHistory(1));
        Map<String, String> codes = new HashMap<>(); // code guid -> tag name
        for (Element book : children(root, "CodeBook")) {
            for (Element list : children(book, "Codes")) {
                for (Element code : children(list, "Code")) {
                    addCode(code, codes, project, service);
                }
            }
        }
        Map<String, String> notes = new HashMap<>();
        for (Element list : children(root, "Notes")) {
            for (Element note : children(list, "Note")) {
                notes.put(note.getAttribute("guid"), text(child(note, "PlainTextContent")));
            }
        }
        for (String section : SKIPPED_SECTIONS) {
            for (Element s : children(root, section)) {
                int n = 0;
                for (Node c = s.getFirstChild(); c != null; c = c.getNextSibling()) {
                    n += c instanceof Element ? 1 : 0;
                }
                skipped.merge(section.toLowerCase(Locale.ROOT), n, Integer::sum);
            }
        }
        int sources = 0;
        int selections = 0;
        List<Long> claimIds = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (Element list : children(root, "Sources")) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element source)) {
                    continue;
                }
                String kind = source.getLocalName();
                if (SKIPPED_SOURCES.contains(kind)) {
                    skipped.merge(kind + " (" + nameOf(source) + ")", 1, Integer::sum);
                    continue;
                }
                if (!"TextSource".equals(kind)) {
                    skipped.merge(kind, 1, Integer::sum);
                    continue;
                }
                String text = sourceText(zip, source);
                if (text == null) {
                    skipped.merge("TextSource without its text (" + nameOf(source) + ")", 1, Integer::sum);
                    continue;
                }
                String name = nameOf(source);
                Document document = new Document(name, "", text,
                        metadata(text(child(source, "Description")), text, fromStemma));
                long id = project.documents().add(document,
                        new SourceInfo(name, qdpx.toAbsolutePath() + "!" + source.getAttribute("plainTextPath"),
                                "refi-qda", now)).id();
                sources++;
                int wholeCodings = children(source, "Coding").size();
                if (wholeCodings > 0) {
                    skipped.merge("coding of a whole source", wholeCodings, Integer::sum);
                }
                for (Element sel : children(source, "PlainTextSelection")) {
                    int start = RefiText.index(text, integer(sel.getAttribute("startPosition")));
                    int end = RefiText.index(text, integer(sel.getAttribute("endPosition")));
                    if (start < 0 || end <= start) {
                        skipped.merge("text selection outside its source or empty", 1, Integer::sum);
                        continue;
                    }
                    List<String> tags = new ArrayList<>();
                    for (Element coding : children(sel, "Coding")) {
                        Element ref = child(coding, "CodeRef");
                        String tag = ref == null ? null : codes.get(ref.getAttribute("targetGUID"));
                        if (tag != null && !tags.contains(tag)) {
                            tags.add(tag);
                        }
                    }
                    String description = text(child(sel, "Description"));
                    ClaimStatus status = ClaimStatus.OPEN;
                    if (description.startsWith(RefiExport.STATUS)) {
                        String line = description.substring(RefiExport.STATUS.length()).lines().findFirst().orElse("");
                        status = ClaimStatus.parse(line).orElse(ClaimStatus.OPEN);
                        description = "";
                    }
                    List<String> noteTexts = new ArrayList<>();
                    for (Element ref : children(sel, "NoteRef")) {
                        String note = notes.get(ref.getAttribute("targetGUID"));
                        if (note != null && !note.isBlank()) {
                            noteTexts.add(note);
                        }
                    }
                    if (!description.isBlank()) {
                        noteTexts.add(0, description);
                    }
                    claimIds.add(service.addClaim(id, start, end, tags, status, String.join("\n\n", noteTexts))
                            .claim().id());
                    selections++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        skipped.forEach((what, count) -> {
            if (count > 0) {
                lines.add(count + " × " + what);
            }
        });
        return new Outcome(sources, codes.size(), selections, claimIds, lines);
    }

    private static void addCode(Element code, Map<String, String> codes, ProjectFile project, ClaimService service)
            throws ProjectException {
        addCode(code, codes, project, service, 0);
    }

    /** A code as a tag nested under {@code parentId}, its description as the tag's memo, its codes under it. */
    private static void addCode(Element code, Map<String, String> codes, ProjectFile project, ClaimService service,
                                long parentId) throws ProjectException {
        String name = code.getAttribute("name").isBlank() ? "code" : code.getAttribute("name").strip();
        String unique = name;
        for (int n = 2; project.tags().byName(unique).isPresent(); n++) {
            unique = name + " (" + n + ")";
        }
        service.createTag(unique, colour(code.getAttribute("color"), project.tags().list().size()), parentId);
        long id = project.tags().byName(unique).orElseThrow().id();
        String memo = text(child(code, "Description"));
        if (memo != null && !memo.isBlank()) {
            service.setTagMemo(id, memo);
        }
        codes.put(code.getAttribute("guid"), unique);
        for (Element sub : children(code, "Code")) {
            addCode(sub, codes, project, service, id);
        }
    }

    /** The colour as {@code #rrggbb}; a missing or odd one gets the next palette colour. */
    private static String colour(String value, int n) {
        if (value.matches("#[0-9a-fA-F]{6}")) {
            return value;
        }
        if (value.matches("#[0-9a-fA-F]{3}")) {
            return "#" + value.substring(1).chars().mapToObj(c -> "" + (char) c + (char) c).reduce("", String::concat);
        }
        return Tag.paletteColour(n);
    }

    /** The source's text from its PlainTextContent or its internal plainTextPath; a leading BOM dropped. */
    private static String sourceText(ZipFile zip, Element source) {
        String text = null;
        Element content = child(source, "PlainTextContent");
        if (content != null) {
            text = content.getTextContent();
        } else {
            String path = source.getAttribute("plainTextPath");
            if (path.startsWith(RefiExport.INTERNAL)) {
                String file = path.substring(RefiExport.INTERNAL.length());
                ZipEntry entry = zip.getEntry("sources/" + file);
                entry = entry != null ? entry : zip.getEntry("Sources/" + file);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        System.getLogger(RefiImport.class.getName()).log(System.Logger.Level.WARNING,
                                "cannot read " + file + " from the REFI-QDA project", e);
                    }
                }
            }
        }
        return text == null ? null : text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Stemma's own description lines; for a source from another tool that has none, what the text states
     * (a source Stemma wrote without them stated nothing).
     */
    private static Metadata metadata(String description, String text, boolean fromStemma) {
        String[] values = new String[RefiExport.FIELDS.size()];
        boolean any = false;
        for (String line : description.split("\n")) {
            for (int i = 0; i < values.length; i++) {
                if (line.startsWith(RefiExport.FIELDS.get(i))) {
                    values[i] = line.substring(RefiExport.FIELDS.get(i).length());
                    any = true;
                }
            }
        }
        return any || fromStemma ? new Metadata(values[0], values[1], values[2], values[3])
                : MetadataExtractor.extract(text);
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("project.qde is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String nameOf(Element e) {
        String name = e.getAttribute("name");
        return name.isBlank() ? e.getAttribute("guid") : name;
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && RefiExport.NS.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }
}
