package org.stemma.collation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collation as TEI parallel segmentation: the witnesses in a {@code <listWit>}, each passage where
 * all agree as plain text, every other passage an {@code <app>} in which witnesses with the same wording
 * share one {@code <rdg wit="#a #b">} (the base's reading first). A witness lacking the passage has an empty
 * reading; a moved one a reading of {@code type="moved"}; one whose sentence covers the passage above an
 * empty reading of {@code type="joined"}.
 */
public final class CollationTei {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private CollationTei() {
    }

    public static void write(Collation c, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.setDefaultNamespace(TEI);
        x.writeStartElement(TEI, "TEI");
        x.writeDefaultNamespace(TEI);
        x.writeStartElement(TEI, "teiHeader");
        x.writeStartElement(TEI, "fileDesc");
        x.writeStartElement(TEI, "titleStmt");
        element(x, "title", "Collation against " + c.base().label());
        x.writeEndElement();
        x.writeStartElement(TEI, "publicationStmt");
        element(x, "p", "Collated by Stemma; the base is " + c.base().id() + ".");
        x.writeEndElement();
        x.writeStartElement(TEI, "sourceDesc");
        x.writeStartElement(TEI, "listWit");
        for (Witness w : c.witnesses()) {
            x.writeStartElement(TEI, "witness");
            x.writeAttribute("xml", XML, "id", w.id());
            x.writeCharacters(clean(w.label()));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(TEI, "text");
        x.writeStartElement(TEI, "body");
        x.writeStartElement(TEI, "p");
        int n = 0;
        for (Passage p : c.passages()) {
            n++;
            x.writeCharacters("\n");
            Map<String, List<String>> readings = readings(c, p);
            if (readings.size() == 1 && readings.keySet().iterator().next().startsWith("=")) {
                x.writeCharacters(clean(readings.keySet().iterator().next().substring(1)));
                continue;
            }
            x.writeStartElement(TEI, "app");
            x.writeAttribute("n", String.valueOf(n));
            for (Map.Entry<String, List<String>> r : readings.entrySet()) {
                x.writeStartElement(TEI, "rdg");
                x.writeAttribute("wit", String.join(" ", r.getValue()));
                char type = r.getKey().charAt(0);
                if (type == 'm' || type == 'j') {
                    x.writeAttribute("type", type == 'm' ? "moved" : "joined");
                }
                x.writeCharacters(clean(r.getKey().substring(1)));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    /** Witness references by reading, the key a type mark and the wording (whitespace made single). */
    private static Map<String, List<String>> readings(Collation c, Passage p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < p.cells().size(); i++) {
            Cell cell = p.cell(i);
            String mark = switch (cell.kind()) {
                case MOVED -> "m";
                case JOINED -> "j";
                case ABSENT -> "a";
                default -> "=";
            };
            String key = mark + (cell.kind() == Cell.Kind.JOINED ? "" : cell.text().replaceAll("\\s+", " ").strip());
            out.computeIfAbsent(key, k -> new ArrayList<>()).add("#" + c.witnesses().get(i).id());
        }
        return out;
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(TEI, name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    /** Leaves out what XML 1.0 cannot carry (control characters, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF).forEach(b::appendCodePoint);
        return b.toString();
    }
}
