package org.stemma.collation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TEI, the CollateX-style table and CSV, read back as their readers would read them. */
class CollationExportsTest {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Collation family = Collator.collate(DerivedFamily.source(), DerivedFamily.witnesses());

    static String tei(Collation c) throws Exception {
        StringWriter out = new StringWriter();
        CollationTei.write(c, out);
        return out.toString();
    }

    static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTeiIsValidAgainstTheAppRdgStructureAndEveryAppNamesEveryWitnessOnce() throws Exception {
        String xml = tei(family);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("tei-app-subset.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));

        org.w3c.dom.Document doc = parse(xml);
        Set<String> listed = new HashSet<>();
        NodeList witnesses = doc.getElementsByTagNameNS(TEI, "witness");
        for (int i = 0; i < witnesses.getLength(); i++) {
            listed.add("#" + ((Element) witnesses.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "id"));
        }
        assertEquals(9, listed.size());
        NodeList apps = doc.getElementsByTagNameNS(TEI, "app");
        assertTrue(apps.getLength() >= 8, "one app per passage some witness reads otherwise");
        for (int a = 0; a < apps.getLength(); a++) {
            NodeList rdgs = ((Element) apps.item(a)).getElementsByTagNameNS(TEI, "rdg");
            List<String> named = new ArrayList<>();
            Set<String> readings = new HashSet<>();
            for (int r = 0; r < rdgs.getLength(); r++) {
                Element rdg = (Element) rdgs.item(r);
                named.addAll(List.of(rdg.getAttribute("wit").split(" ")));
                assertTrue(readings.add(rdg.getAttribute("type") + "|" + rdg.getTextContent()), "agreeing readings merged");
            }
            assertEquals(listed, new HashSet<>(named));
            assertEquals(listed.size(), named.size(), "each witness once in app " + a);
        }
    }

    @Test
    void agreeingReadingsShareOneRdgAndTheMoveIsTyped() throws Exception {
        org.w3c.dom.Document doc = parse(tei(family));
        NodeList rdgs = doc.getElementsByTagNameNS(TEI, "rdg");
        boolean wordChange = false;
        boolean moved = false;
        for (int r = 0; r < rdgs.getLength(); r++) {
            Element rdg = (Element) rdgs.item(r);
            if (rdg.getTextContent().equals(DerivedFamily.SOURCE.get(2).replace("told reporters", "said"))) {
                assertEquals("#c1-word", rdg.getAttribute("wit"));
                Element base = (Element) rdg.getParentNode().getFirstChild();
                assertEquals(8, base.getAttribute("wit").split(" ").length, "the base and the seven that agree with it");
                wordChange = true;
            }
            moved |= rdg.getAttribute("type").equals("moved") && rdg.getAttribute("wit").equals("#c4-moved");
        }
        assertTrue(wordChange);
        assertTrue(moved);
    }

    @Test
    void theSeedsTeiCarriesImportantFor000() throws Exception {
        Collation c = Collator.collate(SeedCollationTest.witness(Seeds.S001), List.of(SeedCollationTest.witness(Seeds.S000)));
        String xml = tei(c);
        parse(xml);
        assertTrue(xml.matches("(?s).*<rdg wit=\"#w000_bccecb4352150e81\">[^<]*“important\\.”</rdg>.*"), xml);
    }

    @Test
    void theJsonIsACollateXAlignmentTable() {
        JsonObject o = JsonParser.parseString(CollationJson.write(family)).getAsJsonObject();
        JsonArray ids = o.getAsJsonArray("witnesses");
        assertEquals("source", ids.get(0).getAsString());
        JsonArray table = o.getAsJsonArray("table");
        assertEquals(family.passages().size(), table.size());
        int dropped = family.column("c2-dropped");
        int row = 0;
        for (int i = 0; i < table.size(); i++) {
            JsonArray cells = table.get(i).getAsJsonArray();
            assertEquals(ids.size(), cells.size());
            if (family.passages().get(i).cell(0).text().equals(DerivedFamily.SOURCE.get(5))) {
                row = i;
            }
        }
        assertEquals(0, table.get(row).getAsJsonArray().get(dropped).getAsJsonArray().size(), "an absent reading is empty");
        JsonObject token = table.get(row).getAsJsonArray().get(0).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(DerivedFamily.SOURCE.get(5), token.get("t").getAsString());
        String base = family.base().text();
        assertEquals(token.get("t").getAsString(), base.substring(token.get("start").getAsInt(), token.get("end").getAsInt()));
    }

    @Test
    void theCsvHasAColumnPerWitnessAndNeutralisesFormulas() throws Exception {
        List<String> copy = new ArrayList<>(DerivedFamily.SOURCE);
        copy.add(2, "+44 20 7946 0000 is the number residents can call for help.");
        Collation c = Collator.collate(DerivedFamily.source(), List.of(DerivedFamily.witness("phone", copy)));
        StringWriter out = new StringWriter();
        CollationCsv.write(c, out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFF"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(List.of("row", "passage", "divergent", "source", "phone"), records.get(0).getParser().getHeaderNames());
        assertEquals(c.passages().size(), records.size());
        CSVRecord added = records.stream().filter(r -> r.get("passage").equals("added")).findFirst().orElseThrow();
        assertEquals("'+44 20 7946 0000 is the number residents can call for help.", added.get("phone"));
        assertEquals("", added.get("source"));
        assertFalse(records.stream().anyMatch(r -> r.get("phone").startsWith("+")));
    }
}
