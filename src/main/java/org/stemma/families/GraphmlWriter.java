package org.stemma.families;

import org.stemma.model.Family;
import org.stemma.model.DerivationEdge;
import org.stemma.corpus.Document;
import org.stemma.model.DerivationEdge;
import org.stemma.model.Family;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The derivation graphs as GraphML (Gephi, Cytoscape and yEd read it): one graph, a node per article in a
 * family, an edge per derivation edge, source to copy; an undirected edge says so. Written by hand with
 * the JDK's streaming XML writer: the format is a dozen element kinds and a library would add nothing.
 */
public final class GraphmlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String domain, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "label", "string"),
            new Key("path", "node", "path", "string"),
            new Key("outlet", "node", "outlet", "string"),
            new Key("date", "node", "date", "string"),
            new Key("family", "node", "family", "int"),
            new Key("familyName", "node", "familyName", "string"),
            new Key("share", "node", "share", "double"),
            new Key("root", "node", "root", "boolean"),
            new Key("similarity", "edge", "similarity", "double"),
            new Key("fromInTo", "edge", "fromInTo", "double"),
            new Key("toInFrom", "edge", "toInFrom", "double"),
            new Key("directed", "edge", "directed", "boolean"),
            new Key("confidence", "edge", "confidence", "double"),
            new Key("evidence", "edge", "evidence", "string"));

    private GraphmlWriter() {
    }

    /**
     * @param documents the articles by id
     * @param path      how an article is named in the output (its path, or its name in a project)
     */
    public static void write(OutputStream out, List<Family> families, Map<Long, Document> documents,
                             Function<Long, String> path) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            for (Key k : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", k.id);
                x.writeAttribute("for", k.domain);
                x.writeAttribute("attr.name", k.name);
                x.writeAttribute("attr.type", k.type);
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "stemma");
            x.writeAttribute("edgedefault", "directed");
            int edgeId = 0;
            for (Family f : families) {
                for (long m : f.members()) {
                    Document d = documents.get(m);
                    x.writeCharacters("\n    ");
                    x.writeStartElement("node");
                    x.writeAttribute("id", "n" + m);
                    data(x, "label", d.metadata().title() != null ? d.metadata().title() : d.name());
                    data(x, "path", path.apply(m));
                    data(x, "outlet", d.metadata().outlet());
                    data(x, "date", d.metadata().date());
                    data(x, "family", String.valueOf(f.id()));
                    data(x, "familyName", f.name());
                    data(x, "share", String.valueOf(f.shares().get(m)));
                    data(x, "root", String.valueOf(Long.valueOf(m).equals(f.root())));
                    x.writeEndElement();
                }
                for (DerivationEdge e : f.edges()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("edge");
                    x.writeAttribute("id", "e" + edgeId++);
                    x.writeAttribute("source", "n" + e.from());
                    x.writeAttribute("target", "n" + e.to());
                    if (!e.directed()) {
                        x.writeAttribute("directed", "false");
                    }
                    data(x, "similarity", String.valueOf(e.similarity()));
                    data(x, "fromInTo", String.valueOf(e.fromInTo()));
                    data(x, "toInFrom", String.valueOf(e.toInFrom()));
                    data(x, "directed", String.valueOf(e.directed()));
                    data(x, "confidence", String.valueOf(e.confidence()));
                    data(x, "evidence", String.join(" | ", e.evidence()));
                    x.writeEndElement();
                }
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("the GraphML cannot be written: " + e.getMessage(), e);
        }
    }

    /** A value, left out when unknown (GraphML has no null). */
    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
