package org.stemma.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmenterTest {

    private static List<String> sentences(String text) {
        return Segmenter.paragraphs(text).stream()
                .flatMap(p -> Segmenter.sentences(text, p).stream())
                .map(s -> s.of(text))
                .toList();
    }

    @Test
    void paragraphsAreNonBlankLinesWhateverTheLineEnd() {
        String text = "First line.\r\n\r\n  Second line.  \rThird line.\n";
        List<Span> paragraphs = Segmenter.paragraphs(text);
        assertEquals(List.of("First line.", "Second line.", "Third line."),
                paragraphs.stream().map(p -> p.of(text)).toList());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of(
                        "Mr. Johnson met Dr. Smith in Washington.",
                        "J. R. R. Tolkien was not there.",
                        "The youth walked on Thursday, Nov. 17, 2022 in Almaty."),
                sentences("Mr. Johnson met Dr. Smith in Washington. J. R. R. Tolkien was not there. "
                        + "The youth walked on Thursday, Nov. 17, 2022 in Almaty."));
    }

    @Test
    void quotationLeftOpenAtParagraphEndDoesNotSwallowTheNext() {
        String text = "Taras Kuzio wrote: “Russia has lost support in its own backyard.\n\n"
                + "“Only Lukashenka still sits in Putin's pocket (for now).”\n\nThe next paragraph.";
        assertEquals(List.of(
                "Taras Kuzio wrote: “Russia has lost support in its own backyard.",
                "“Only Lukashenka still sits in Putin's pocket (for now).”",
                "The next paragraph."), sentences(text));
    }

    @Test
    void sentencesInsideAParagraph() {
        assertEquals(List.of("A strike force.", "Ultimately, there was no coup!", "Why?"),
                sentences("A strike force. Ultimately, there was no coup! Why?"));
    }

    /** The table in sentence-boundaries.txt: every boundary found, none added, each way at least 25 cases. */
    @Test
    void newsProseBoundaryTable() throws IOException {
        List<String> lines;
        try (InputStream in = SegmenterTest.class.getResourceAsStream("sentence-boundaries.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<String> wrong = new ArrayList<>();
        int splits = 0;
        int holds = 0;
        for (String line : lines) {
            List<String> expected = Arrays.asList(line.split(" \\|\\| "));
            if (expected.size() > 1) {
                splits++;
            } else {
                holds++;
            }
            List<String> actual = sentences(String.join(" ", expected));
            if (!actual.equals(expected)) {
                wrong.add(String.join(" || ", actual));
            }
        }
        assertTrue(lines.size() >= 60 && splits >= 25 && holds >= 25, lines.size() + " cases");
        assertEquals(List.of(), wrong);
    }
}
