package org.stemma.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REFI-QDA export valid against REFI's Project.xsd, and export → import → export giving the same project. */
class RefiQdaTest {

    private static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path dir;

    /** Articles whose offsets differ between stored and REFI text: CRLF, a BOM, decomposed accents, emoji. */
    private ProjectFile tricky(Path file) throws Exception {
        ProjectFile project = ProjectFile.create(file);
        ClaimService service = new ClaimService(project, new UndoHistory());
        String crlf = "Заголовок\r\n\r\nМосква заявила 😬 что парад отменён.\r\nВторая строка с «кавычками».\r\n";
        String bom = "\uFEFFBOM first: Cafe\u0301 au lait, 🇷🇺 flag, \"quotes\" & <angles>.\nLast line.";
        String plain = Seeds.document(Seeds.S001).text();
        long a = add(project, "crlf.txt", crlf, new Metadata("Заголовок", "Вести", null, "2024-05-09"));
        long b = add(project, "bom.txt", bom, Metadata.NONE);
        long c = add(project, Seeds.S001, plain, Seeds.document(Seeds.S001).metadata());
        claim(service, a, crlf, "Москва заявила 😬 что парад отменён.\r\nВторая", List.of("Москва", "emoji 😬"), ClaimStatus.DISPUTED, "note\r\nwith CRLF");
        claim(service, a, crlf, "«кавычками»", List.of("quotes"), ClaimStatus.OPEN, "");
        claim(service, b, bom, "Cafe\u0301", List.of("accents"), ClaimStatus.ALTERED, "decomposed é");
        claim(service, b, bom, "🇷🇺 flag, \"quotes\" & <angles>", List.of("quotes", "emoji 😬"), ClaimStatus.FALSE, "");
        claim(service, c, plain, "The Atlantic Council described this statement as “meaningful”", List.of("quotation"),
                ClaimStatus.ALTERED, "meaningful → important in 000");
        service.createTag("unused", "#123abc");
        return project;
    }

    private static long add(ProjectFile project, String name, String text, Metadata m) throws Exception {
        return project.documents().add(new Document(name, "", text, m), SourceInfo.of(Path.of(name), "text")).id();
    }

    private static void claim(ClaimService service, long doc, String text, String passage, List<String> tags,
                              ClaimStatus status, String note) throws Exception {
        int start = text.indexOf(passage);
        assertTrue(start >= 0, passage);
        service.addClaim(doc, start, start + passage.length(), tags, status, note);
    }

    @Test
    void theExportIsValidAgainstRefisProjectSchema() throws Exception {
        Path qdpx = dir.resolve("p.qdpx");
        try (ProjectFile project = tricky(dir.resolve("p.stemma"))) {
            RefiExport.Written w = RefiExport.export(project, qdpx);
            assertEquals(new RefiExport.Written(3, 6, 5), w);
        }
        byte[] qde = entry(qdpx, "project.qde");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/refi/Project.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(qde))); // throws when invalid

        Element root = parse(qde);
        assertEquals("p", root.getAttribute("name"));
        assertFalse(root.getAttribute("creationDateTime").isEmpty());
        assertFalse(root.getAttribute("modifiedDateTime").isEmpty());
        Map<String, String> colours = new HashMap<>();
        NodeList codes = root.getElementsByTagNameNS(NS, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element code = (Element) codes.item(i);
            colours.put(code.getAttribute("name"), code.getAttribute("color"));
        }
        assertEquals("#123abc", colours.get("unused"));
        assertEquals(6, colours.size());

        // Every selection's REFI positions, read as code points of the carried text, give the claim's passage.
        Map<String, String> passages = new HashMap<>();
        NodeList sources = root.getElementsByTagNameNS(NS, "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String path = source.getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://"), path);
            byte[] bytes = entry(qdpx, "sources/" + path.substring("internal://".length()));
            assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "no byte-order mark");
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), "LF line ends only");
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
            NodeList selections = source.getElementsByTagNameNS(NS, "PlainTextSelection");
            for (int k = 0; k < selections.getLength(); k++) {
                Element s = (Element) selections.item(k);
                int start = text.offsetByCodePoints(0, Integer.parseInt(s.getAttribute("startPosition")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(s.getAttribute("endPosition")));
                passages.put(text.substring(start, end), s.getElementsByTagNameNS(NS, "Description").item(0).getTextContent());
            }
        }
        assertEquals(5, passages.size());
        assertTrue(passages.get("Москва заявила 😬 что парад отменён.\nВторая").startsWith("Status: Disputed"));
        assertTrue(passages.get("Café").startsWith("Status: Altered"), "NFC: the decomposed é is one character");
        assertTrue(passages.containsKey("🇷🇺 flag, \"quotes\" & <angles>"));
        assertTrue(passages.containsKey("«кавычками»"));
        assertTrue(passages.containsKey("The Atlantic Council described this statement as “meaningful”"));
        NodeList notes = root.getElementsByTagNameNS(NS, "Note");
        assertEquals(3, notes.getLength(), "one note per claim that has one");
    }

    @Test
    void exportImportExportGivesTheSameSourcesCodesAndSelections() throws Exception {
        Path first = dir.resolve("first.qdpx");
        Path second = dir.resolve("second.qdpx");
        try (ProjectFile project = tricky(dir.resolve("p.stemma"))) {
            RefiExport.export(project, first);
        }
        try (ProjectFile imported = ProjectFile.create(dir.resolve("p2.stemma"))) {
            RefiImport.Outcome o = RefiImport.read(first, imported);
            assertEquals(List.of(), o.skipped());
            assertEquals(3, o.sources());
            assertEquals(6, o.codes());
            assertEquals(5, o.selections());
            var claims = imported.claims().list();
            assertEquals(ClaimStatus.DISPUTED, claims.get(0).status());
            assertEquals("note\nwith CRLF", claims.get(0).note());
            assertEquals(List.of("emoji 😬", "Москва"), claims.get(0).tags().stream().map(t -> t.name()).toList());
            assertEquals("Вести", imported.documents().list().get(0).document().metadata().outlet());
            assertEquals("#123abc", imported.tags().byName("unused").orElseThrow().colour());
            RefiExport.export(imported, second);
        }
        assertEquals(summary(first), summary(second));
        assertEquals(new String(entry(first, "project.qde"), StandardCharsets.UTF_8)
                        .replaceAll("(?:name|creationDateTime|modifiedDateTime)=\"[^\"]*\"", ""),
                new String(entry(second, "project.qde"), StandardCharsets.UTF_8)
                        .replaceAll("(?:name|creationDateTime|modifiedDateTime)=\"[^\"]*\"", ""),
                "the same project apart from its name and times");
    }

    @Test
    void whatStemmaHasNoPlaceForIsListedAsSkipped() throws Exception {
        Path qdpx = dir.resolve("other.qdpx");
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="other tool">
                  <CodeBook><Codes>
                    <Code guid="11111111-1111-1111-1111-111111111111" name="Parent" isCodable="true" color="#F00">
                      <Code guid="22222222-2222-2222-2222-222222222222" name="Child" isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Cases><Case guid="33333333-3333-3333-3333-333333333333" name="a case"/></Cases>
                  <Sources>
                    <TextSource guid="44444444-4444-4444-4444-444444444444" name="interview">
                      <PlainTextContent>Привет 😬 мир, hello world.</PlainTextContent>
                      <PlainTextSelection guid="55555555-5555-5555-5555-555555555555" startPosition="7" endPosition="13">
                        <Description>a memo from the other tool</Description>
                        <Coding guid="66666666-6666-6666-6666-666666666666"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="20" endPosition="900"/>
                    </TextSource>
                    <PictureSource guid="88888888-8888-8888-8888-888888888888" name="photo.jpg" path="internal://photo.jpg"/>
                    <AudioSource guid="99999999-9999-9999-9999-999999999999" name="interview.mp3"/>
                  </Sources>
                </Project>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (ProjectFile project = ProjectFile.create(dir.resolve("o.stemma"))) {
            RefiImport.Outcome o = RefiImport.read(qdpx, project);
            assertEquals(List.of("1 × cases", "1 × text selection outside its source or empty",
                    "1 × PictureSource (photo.jpg)", "1 × AudioSource (interview.mp3)"), o.skipped());
            var claim = project.claims().list().get(0);
            assertEquals("😬 мир,", claim.anchor().exact(), "positions are code points: the emoji counts once");
            assertEquals("Child", claim.tags().get(0).name());
            assertEquals("a memo from the other tool", claim.note());
            assertEquals("#ff0000", project.tags().byName("Parent").orElseThrow().colour());
        }
    }

    /** Sources (name, text), codes (name, colour) and selections (source, positions, codes) of a .qdpx. */
    private static List<String> summary(Path qdpx) throws Exception {
        Element root = parse(entry(qdpx, "project.qde"));
        List<String> out = new ArrayList<>();
        NodeList codes = root.getElementsByTagNameNS(NS, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element c = (Element) codes.item(i);
            out.add("code " + c.getAttribute("guid") + " " + c.getAttribute("name") + " " + c.getAttribute("color"));
        }
        NodeList sources = root.getElementsByTagNameNS(NS, "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            Element s = (Element) sources.item(i);
            String path = s.getAttribute("plainTextPath").substring("internal://".length());
            out.add("source " + s.getAttribute("guid") + " " + s.getAttribute("name") + " "
                    + new String(entry(qdpx, "sources/" + path), StandardCharsets.UTF_8));
            NodeList sel = s.getElementsByTagNameNS(NS, "PlainTextSelection");
            for (int k = 0; k < sel.getLength(); k++) {
                Element e = (Element) sel.item(k);
                StringBuilder refs = new StringBuilder();
                NodeList cr = e.getElementsByTagNameNS(NS, "CodeRef");
                for (int j = 0; j < cr.getLength(); j++) {
                    refs.append(' ').append(((Element) cr.item(j)).getAttribute("targetGUID"));
                }
                out.add("selection " + e.getAttribute("startPosition") + "-" + e.getAttribute("endPosition") + refs);
            }
        }
        return out;
    }

    private static byte[] entry(Path qdpx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            ZipEntry e = zip.getEntry(name);
            assertTrue(e != null, "no " + name + " in " + qdpx);
            return zip.getInputStream(e).readAllBytes();
        }
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }
}
