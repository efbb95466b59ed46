package org.stemma.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.claims.SeedClaims;
import org.stemma.model.Tag;
import org.stemma.store.ProjectFile;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tag tree and tag memos in REFI-QDA: nested codes with descriptions, valid, and read back as they were. */
class RefiTagTreeTest {

    @TempDir
    Path dir;

    @Test
    void nestedTagsAndTheirMemosGoOutAsNestedCodesAndComeBack() throws Exception {
        Path qdpx = dir.resolve("tree.qdpx");
        SeedClaims seeds = new SeedClaims(dir.resolve("tree.stemma"));
        try (ProjectFile project = seeds.project) {
            long kremlin = project.tags().byName("Kremlin").orElseThrow().id();
            seeds.service.setTagMemo(kremlin, "Statements from Moscow & <its> press office");
            RefiExport.export(project, qdpx);
        }
        byte[] qde;
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            qde = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/refi/Project.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(qde)));
        String xml = new String(qde, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.replaceAll("\\s+", " ").matches(".*<Code [^>]*name=\"Politics\"[^>]*> <Code [^>]*name=\"Kremlin\"[^>]*>"
                + " <Description>Statements from Moscow &amp; &lt;its&gt; press office</Description> </Code> </Code>.*"), xml);

        try (ProjectFile imported = ProjectFile.create(dir.resolve("back.stemma"))) {
            RefiImport.read(qdpx, imported);
            Tag politics = imported.tags().byName("Politics").orElseThrow();
            Tag back = imported.tags().byName("Kremlin").orElseThrow();
            assertEquals(politics.id(), back.parentId());
            assertEquals("Statements from Moscow & <its> press office", back.memo());
            assertEquals(0, imported.tags().byName("Kazakhstan").orElseThrow().parentId());
        }
    }
}
