package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.corpus.Document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every format is read into the same shape: one paragraph per line, a blank line between paragraphs. */
class FormatsTest {

    @TempDir
    Path dir;

    @Test
    void textKeepsTheFileAsItIsAndReadsItsMetadata() throws Exception {
        Path seed = Path.of("seeds/001_a14117e3dcc20b34.txt");
        ImportedArticle article = ArticleFiles.read(seed);
        assertEquals(Format.TEXT, article.format());
        assertEquals(Files.readString(seed), article.document().text());
        assertEquals("001_a14117e3dcc20b34.txt", article.document().name());
        assertEquals("Catherine Meyer-Funnell", article.document().metadata().byline());
    }

    @Test
    void markdownAndLegacyEncodingsAreText() throws Exception {
        Path md = dir.resolve("notes.md");
        String text = "# Müller says the Brücke reopens\n\nThe bridge at Köln-Deutz reopens on Monday, the city says.\n";
        Files.write(md, text.getBytes(Charset.forName("windows-1252")));
        ImportedArticle article = ArticleFiles.read(md);
        assertEquals(Format.MARKDOWN, article.format());
        assertEquals(text, article.document().text());
        assertEquals("Müller says the Brücke reopens", article.document().metadata().title());
    }

    @Test
    void htmlGivesTheArticleAndThePagesOwnMetadata() throws Exception {
        Path page = dir.resolve("saved.htm");
        Files.writeString(page, """
                <html><head><title>Bridge reopens early | The Rhine Post</title>
                <meta property="og:site_name" content="The Rhine Post">
                <meta property="article:published_time" content="2024-03-04T09:00:00Z">
                <meta name="author" content="Anna Schmidt"></head>
                <body><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
                <article><h1>Bridge reopens early</h1>
                <p>The Deutz bridge reopened to traffic on Monday, two weeks ahead of schedule, after repairs to its deck.</p>
                <p>Engineers finished the work early thanks to dry weather, the city said, and trams will run again from Wednesday.</p>
                </article><footer>© The Rhine Post. All rights reserved.</footer></body></html>
                """);
        ImportedArticle article = ArticleFiles.read(page);
        Document doc = article.document();
        assertEquals(Format.HTML, article.format());
        assertEquals("The Deutz bridge reopened to traffic on Monday, two weeks ahead of schedule, after repairs to its deck.\n\n"
                + "Engineers finished the work early thanks to dry weather, the city said, and trams will run again from Wednesday.",
                doc.text());
        assertEquals("Bridge reopens early", doc.metadata().title());
        assertEquals("The Rhine Post", doc.metadata().outlet());
        assertEquals("Anna Schmidt", doc.metadata().byline());
        assertEquals("2024-03-04T09:00:00Z", doc.metadata().date());
        assertEquals(page.toString(), doc.source());
    }

    @Test
    void htmlDeclaringALegacyCharsetIsDecodedWithIt() throws Exception {
        Path page = dir.resolve("alt.html");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body>"
                + "<p>Le conseil municipal a voté mardi un budget de 12 millions d’euros pour rénover les écoles de la ville.</p>"
                + "<p>Les travaux commenceront à l'été et dureront deux ans, selon le maire, qui promet « zéro fermeture de classe ».</p>"
                + "</body></html>";
        Files.write(page, html.replace('’', '\'').getBytes(Charset.forName("ISO-8859-15")));
        String text = ArticleFiles.read(page).document().text();
        assertTrue(text.startsWith("Le conseil municipal a voté mardi un budget de 12 millions d'euros"), text);
        assertTrue(text.contains("« zéro fermeture de classe »"), text);
    }

    @Test
    void aFileWithoutExtensionIsSniffed() throws Exception {
        Path page = dir.resolve("download");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>" + "The harbour wall was repaired after the storm, the council said. ".repeat(4)
                + "</p></body></html>");
        assertEquals(Format.HTML, ArticleFiles.read(page).format());
        Path text = dir.resolve("README");
        Files.writeString(text, "A plain note about the harbour wall and its repair.\n");
        assertEquals(Format.TEXT, ArticleFiles.read(text).format());
    }

    @Test
    void pdfLosesRunningHeadersAndPageNumbersAndRejoinsHyphenatedWords() throws Exception {
        Path pdf = dir.resolve("print.pdf");
        TestFiles.pdf(pdf, "THE NORTHERN COURIER  Wednesday 21 February 2024", List.of(
                List.of(
                        List.of("Tidal barrier approved"),
                        List.of("Councillors in Hartlepool voted on Tuesday night to approve a tidal barrier",
                                "across the mouth of the old harbour, ending a decade of argu-",
                                "ment over how to protect more than 3,000 homes from the sea."),
                        List.of("The scheme passed by 31 votes to 9 after a four-hour meeting. Engineers say",
                                "the gate could be closed within 40 minutes when a storm surge is")),
                List.of(
                        List.of("forecast, and that it would be tested twice a year. The Environment Agency",
                                "will operate it."),
                        List.of("A public exhibition of the design opens at the Borough Hall in March."))));
        ImportedArticle article = ArticleFiles.read(pdf);
        assertEquals(Format.PDF, article.format());
        assertEquals("""
                Tidal barrier approved

                Councillors in Hartlepool voted on Tuesday night to approve a tidal barrier across the mouth of the old \
                harbour, ending a decade of argument over how to protect more than 3,000 homes from the sea.

                The scheme passed by 31 votes to 9 after a four-hour meeting. Engineers say the gate could be closed \
                within 40 minutes when a storm surge is forecast, and that it would be tested twice a year. The \
                Environment Agency will operate it.

                A public exhibition of the design opens at the Borough Hall in March.""", article.document().text());
        assertEquals("Tidal barrier approved", article.document().metadata().title());
    }

    @Test
    void docxGivesOneLinePerParagraph() throws Exception {
        Path docx = dir.resolve("draft.docx");
        TestFiles.docx(docx, TestFiles.para("Ferry cancelled for six weeks")
                + TestFiles.para("By Iain MacDonald")
                + "<w:p><w:r><w:t>Islanders on Coll </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>and</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> Tiree face weeks</w:t><w:tab/><w:t>without a ferry.</w:t></w:r></w:p>"
                + "<w:p/>"
                + "<w:p><w:r><w:t>The MV Lord of the Isles failed</w:t><w:br/><w:t>a safety inspection.</w:t></w:r>"
                + "<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>");
        ImportedArticle article = ArticleFiles.read(docx);
        assertEquals(Format.DOCX, article.format());
        assertEquals("Ferry cancelled for six weeks\n\nBy Iain MacDonald\n\nIslanders on Coll and Tiree face weeks without a ferry."
                + "\n\nThe MV Lord of the Isles failed\n\na safety inspection.", article.document().text());
        assertEquals("Iain MacDonald", article.document().metadata().byline());
    }

    @Test
    void docxDoesNotResolveExternalEntities() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        Path docx = dir.resolve("xxe.docx");
        TestFiles.docx(docx, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + TestFiles.para("Quarterly figures are out.") + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>", true);
        RefusedFileException refused = assertThrows(RefusedFileException.class, () -> ArticleFiles.read(docx));
        assertFalse(refused.getMessage().contains("TOP-SECRET-VALUE"));
        assertTrue(refused.reason().startsWith("the Word document is damaged"), refused.reason());
    }

    @Test
    void theDocumentFacadeReadsEveryFormat() throws Exception {
        Path docx = dir.resolve("a.docx");
        TestFiles.docx(docx, TestFiles.para("Budget approved after a long night of talks in the council chamber."));
        Path html = dir.resolve("a.html");
        Files.writeString(html, "<p>" + "Budget approved after a long night of talks in the council chamber. ".repeat(3) + "</p>",
                StandardCharsets.UTF_8);
        Path pdf = dir.resolve("a.pdf");
        TestFiles.pdf(pdf, "Council News", List.of(List.of(List.of("Budget approved after a long night of talks."))));
        for (Path file : List.of(pdf, docx, html)) {
            Document document = ArticleFiles.document(file);
            assertTrue(document.text().contains("Budget approved after a long night of talks"), file + ": " + document.text());
            assertEquals(file.getFileName().toString(), document.name());
        }
    }
}
