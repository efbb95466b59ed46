package org.stemma.families;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GraphML of the seeds' families, validated against the GraphML structure and read back. */
class GraphmlWriterTest {

    static FamiliesResult result;
    static String xml;

    @BeforeAll
    static void write() throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            result = FamiliesResult.of(seeds.sorted().toList());
        }
        Map<Long, org.stemma.corpus.Document> docs = new HashMap<>();
        for (int i = 0; i < result.names().size(); i++) {
            docs.put((long) i, result.engine().document(i).document());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter.write(out, result.found(), docs, id -> "seeds/" + result.name(id) + ".txt");
        xml = out.toString(StandardCharsets.UTF_8);
    }

    private static Schema schema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GraphmlWriterTest.class.getResource("/graphml/graphml-structure.xsd"));
    }

    @Test
    void isValidGraphml() throws Exception {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theSchemaRejectsAnEdgeToANodeThatIsNotThere() throws Exception {
        String broken = xml.replace("target=\"n0\"", "target=\"n9\"");
        assertTrue(!broken.equals(xml));
        assertThrows(SAXException.class, () -> schema().newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void nodesAndEdgesCarryTheirAttributesWithTheDeclaredTypes() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String[]> keys = new HashMap<>();
        NodeList keyList = doc.getElementsByTagNameNS(GraphmlWriter.NS, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), new String[]{k.getAttribute("for"), k.getAttribute("attr.type")});
        }
        NodeList data = doc.getElementsByTagNameNS(GraphmlWriter.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            String[] key = keys.get(d.getAttribute("key"));
            assertEquals(key[0], d.getParentNode().getLocalName(), d.getAttribute("key"));
            String value = d.getTextContent();
            switch (key[1]) {
                case "double" -> Double.parseDouble(value);
                case "int" -> Integer.parseInt(value);
                case "boolean" -> assertTrue(value.equals("true") || value.equals("false"), value);
                default -> assertTrue(!value.isEmpty());
            }
        }
        assertEquals(4, doc.getElementsByTagNameNS(GraphmlWriter.NS, "node").getLength());
        NodeList edges = doc.getElementsByTagNameNS(GraphmlWriter.NS, "edge");
        assertEquals(2, edges.getLength());
        Element spun = (Element) edges.item(0);
        assertEquals("n1", spun.getAttribute("source"));
        assertEquals("n0", spun.getAttribute("target"));
        assertEquals("", spun.getAttribute("directed"));
        assertEquals("false", ((Element) edges.item(1)).getAttribute("directed"));
        assertTrue(xml.contains("<data key=\"path\">seeds/000_bccecb4352150e81.txt</data>"));
        assertTrue(xml.contains("disguises: 000_bccecb4352150e81.txt hides 2 words"), xml);
    }
}
