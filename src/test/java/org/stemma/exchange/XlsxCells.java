package org.stemma.exchange;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/** Reads a workbook's sheets back as the cells an .xlsx stores, for tests: no spreadsheet library needed. */
final class XlsxCells {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** A cell: its text, whether it is stored as a number, whether it is a formula. */
    record Cell(String text, boolean number, boolean formula) {
    }

    private XlsxCells() {
    }

    static org.w3c.dom.Document xml(ZipFile zip, String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.getInputStream(zip.getEntry(name)).readAllBytes()));
    }

    /** The rows of sheet {@code n} (from 1), each as wide as its last written cell. */
    static List<List<Cell>> rows(Path file, int n) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> shared = new ArrayList<>();
            if (zip.getEntry("xl/sharedStrings.xml") != null) {
                NodeList si = xml(zip, "xl/sharedStrings.xml").getElementsByTagNameNS(MAIN, "si");
                for (int i = 0; i < si.getLength(); i++) {
                    shared.add(text((Element) si.item(i)));
                }
            }
            List<List<Cell>> rows = new ArrayList<>();
            NodeList rowNodes = xml(zip, "xl/worksheets/sheet" + n + ".xml").getElementsByTagNameNS(MAIN, "row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                List<Cell> row = new ArrayList<>();
                NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagNameNS(MAIN, "c");
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    int column = column(cell.getAttribute("r"));
                    while (row.size() < column) {
                        row.add(new Cell("", false, false));
                    }
                    String type = cell.getAttribute("t");
                    NodeList v = cell.getElementsByTagNameNS(MAIN, "v");
                    String value = v.getLength() == 0 ? "" : v.item(0).getTextContent();
                    String shown = switch (type) {
                        case "s" -> shared.get(Integer.parseInt(value));
                        case "inlineStr" -> text(cell);
                        default -> value;
                    };
                    row.add(new Cell(shown, type.isEmpty() || type.equals("n"),
                            cell.getElementsByTagNameNS(MAIN, "f").getLength() > 0));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String text(Element e) {
        StringBuilder b = new StringBuilder();
        NodeList t = e.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < t.getLength(); i++) {
            b.append(t.item(i).getTextContent());
        }
        return b.toString();
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.replaceAll("\\d", "").toCharArray()) {
            n = n * 26 + ch - 'A' + 1;
        }
        return n - 1;
    }
}
