package org.stemma.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same content is recognised whatever its layout; nearly the same content is named as a near twin. */
class DuplicatesTest {

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    @Test
    void layoutCaseQuotesAndCompatibilityFormsDoNotChangeTheKey() throws IOException {
        String text = seed("001");
        String relaid = "\uFEFF  " + text.toUpperCase(java.util.Locale.ROOT)
                .replace("\n\n", "\r\n")
                .replace(" ", "  ")
                .replace('“', '"').replace('”', '"').replace('’', '\'')
                .replace("Kazakhstan", "Ｋａｚａｋｈｓｔａｎ")
                .replace(" - ", " \u2013 ") + "\n\n\n";
        assertEquals(ContentKey.of(text), ContentKey.of(relaid));
        assertEquals(64, ContentKey.of(text).length());
    }

    @Test
    void anyChangeOfWordsChangesTheKey() throws IOException {
        String text = seed("001");
        assertNotEquals(ContentKey.of(text), ContentKey.of(text.replace("five thousand", "six thousand")));
        assertNotEquals(ContentKey.of(seed("003")), ContentKey.of(seed("004")));
    }

    @Test
    void aDisguisedCopyIsNotADuplicateButANearTwin() throws IOException {
        String source = seed("001");
        String disguised = source.replace("Kazakhstan", "K\u0430z\u0430khst\u0430n");
        assertNotEquals(ContentKey.of(source), ContentKey.of(disguised));
        assertEquals(1.0, NearTwins.similarity(source, disguised), 1e-9);
    }

    @Test
    void aTrimmedAndEditedCopyIsANearTwinOfItsSource() throws IOException {
        NearTwins<String> twins = new NearTwins<>();
        for (String prefix : new String[] {"000", "001", "002", "003"}) {
            twins.add(prefix, seed(prefix));
        }
        String source = seed("001");
        String edited = source.substring(0, source.indexOf("DON'T MISS"))
                .replace("a professor has stated", "an academic said")
                .replace("Political science professor", "Politics lecturer");
        Optional<NearTwins.Match<String>> match = twins.nearest(edited);
        assertTrue(match.isPresent());
        assertEquals("001", match.get().article());
        assertTrue(match.get().similarity() >= NearTwins.THRESHOLD, "similarity " + match.get().similarity());
    }

    @Test
    void articlesSharingSomePassagesOrTheStoryAreNotNearTwins() throws IOException {
        // 003 and 004 share passages; 000 is a spun rewrite of 001 in other words.
        assertTrue(NearTwins.similarity(seed("003"), seed("004")) < NearTwins.THRESHOLD);
        assertTrue(NearTwins.similarity(seed("000"), seed("001")) < NearTwins.THRESHOLD);
        NearTwins<String> twins = new NearTwins<>();
        twins.add("003", seed("003"));
        twins.add("001", seed("001"));
        assertEquals(Optional.empty(), twins.nearest(seed("004")));
    }

    @Test
    void aShortExcerptOfALongArticleIsFoundToo() throws IOException {
        NearTwins<String> twins = new NearTwins<>();
        twins.add("002", seed("002"));
        twins.add("004", seed("004"));
        String source = seed("004");
        String excerpt = source.substring(source.length() / 3, source.length() / 3 + 600);
        assertEquals("004", twins.nearest(excerpt).orElseThrow().article());
    }
}
