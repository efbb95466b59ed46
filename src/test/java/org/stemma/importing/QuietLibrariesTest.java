package org.stemma.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.platform.AppLog;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFBox, the XML parser and sqlite-jdbc say nothing on the terminal: a damaged PDF read by the real
 * program (a child JVM, so that nothing of the test's own logging set-up helps) prints exactly its one
 * refusal line on stderr, and the PDF library's stack trace is in the log in the per-user data folder.
 */
class QuietLibrariesTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run stemma(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstemma.home=" + home, "-Djava.awt.headless=true", "-cp", runtimeClassPath(),
                "org.stemma.Launcher"));
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "stemma " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * The test class path less SLF4J, which only ArchUnit brings (test scope): the installed program has
     * none, so sqlite-jdbc logs through java.util.logging there.
     */
    private static String runtimeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void aDamagedPdfIsOneLineOnStderrAndItsStackTraceIsInTheLog() throws Exception {
        byte[] junk = new byte[3000];
        new Random(3).nextBytes(junk);
        Path broken = Files.write(dir.resolve("broken.pdf"), ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
                + new String(junk, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
        Path home = dir.resolve("home");

        Run r = stemma(home, "scan", broken.toString());

        assertEquals(2, r.exit());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("stemma scan: '" + broken + "': the PDF is damaged"), lines.get(0));
        String log = Files.readString(home.resolve("logs").resolve(AppLog.FILE));
        assertTrue(log.contains("PDF refused as damaged: " + broken), log);
        assertTrue(log.contains("\tat org.apache.pdfbox."), "the library's stack trace is logged:\n" + log);
    }

    @Test
    void pdfsPdfBoxRecoversFromAndDamagedWordFilesPrintNothingOnTheTerminal() throws Exception {
        Path good = dir.resolve("good.pdf");
        TestFiles.pdf(good, "The Header", List.of(List.of(List.of("The council agreed the budget for the coming year"),
                List.of("after a long debate about the roads and the schools of the town and its villages."))));
        byte[] bytes = Files.readAllBytes(good);
        // Without its cross-reference table PDFBox rebuilds it, warning as it goes.
        Path noXref = Files.write(dir.resolve("no-xref.pdf"), Arrays.copyOf(bytes, bytes.length - 200));
        Path badXml = dir.resolve("bad.docx");
        TestFiles.docx(badXml, "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p>&undefined;", true);
        Path home = dir.resolve("home");

        Run pdf = stemma(home, "scan", noXref.toString());
        assertEquals(0, pdf.exit(), pdf.err());
        assertEquals("", pdf.err());
        assertTrue(pdf.out().contains("paragraphs"), pdf.out());

        Run docx = stemma(home, "scan", badXml.toString());
        assertEquals(2, docx.exit());
        assertEquals(1, docx.err().lines().count(), docx.err());
        assertTrue(docx.err().contains("the Word document is damaged"), docx.err());

        Run project = stemma(home, "new", "--project", dir.resolve("p.stemma").toString(), noXref.toString());
        assertEquals(0, project.exit(), project.err());
        assertEquals("", project.err(), "sqlite-jdbc and PDFBox are quiet");
    }
}
