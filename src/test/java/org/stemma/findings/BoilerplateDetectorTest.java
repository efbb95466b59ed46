package org.stemma.findings;

import org.junit.jupiter.api.Test;
import org.stemma.Seeds;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.corpus.Document;

import org.stemma.align.AlignedPair;
import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.text.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateDetectorTest {

    private static Set<String> furniture(AnalyzedDocument doc) {
        return doc.findings(Furniture.class).stream().map(Furniture::text).collect(Collectors.toSet());
    }

    private static void assertFurniture(String seed, List<String> furniture, List<String> article) {
        Set<String> found = furniture(Seeds.analyzed(seed));
        for (String line : furniture) {
            assertTrue(found.contains(line), seed + " should mark as furniture: " + line);
        }
        for (String line : article) {
            assertFalse(found.stream().anyMatch(f -> f.contains(line)), seed + " should keep as article: " + line);
        }
    }

    @Test
    void spunCopy() {
        assertFurniture(Seeds.S000,
                List.of("Advertisement", "Synopsis", "Read More News On", "End of Article", "Next Story",
                        "Download The BOL News App to get the Daily News Update & Follow us on Google News."),
                List.of("The Atlantic Council called this statement", "According to Reuters, the war has claimed"));
        long headlineCopies = Seeds.analyzed(Seeds.S000).findings(Finding.Type.BOILERPLATE).stream()
                .filter(f -> f.text().startsWith("Kazakhstan postpones Victory Day")).count();
        assertTrue(headlineCopies == 3, "the headline is kept once and its three copies marked, got " + headlineCopies);
    }

    @Test
    void dailyExpress() {
        assertFurniture(Seeds.S001,
                List.of("By Catherine Meyer-Funnell, Royal Reporter based in London",
                        "READ MORE:\u00A0Ukraine LIVE: Putin humiliated as satellite pics show tanks wiped out",
                        "DON'T MISS:",
                        "Putin speaking at Russian Victory Day parade (Image: Getty)",
                        "Putin speaking at Russian Victory Day parade",
                        "Putin looking strained at parade alongside others",
                        "Would you like to receive news notifications from Daily Express?"),
                List.of("The Atlantic Council described this statement", "It also did not vote for a US-sponsored resolution",
                        "Political science professor Taras Kuzio"));
    }

    @Test
    void merkurPage() {
        assertFurniture(Seeds.S002,
                List.of("Now you can see non-English news...", "Created: 2022-04-08 04:51", "By: Patrick Mayer",
                        "© Mikhail Klimentyev/dpa", "Source: merkur", "You may like", "Trends 24h", "Latest",
                        "The information on this site is from external sources that are not under our control.",
                        "The inclusion of any links does not necessarily imply a recommendation or endorse the views expressed within them."),
                List.of("NEXTA spread", "Tagesspiegel", "WELT", "On top of that.", "The signs are multiplying.",
                        "individual examples?"));
    }

    @Test
    void watsonRepublications() {
        assertFurniture(Seeds.S003,
                List.of("Russia", "The watson app for your smartphone", "(With material from the dpa)", "California18",
                        "Do you like reading watson? Get our news app on your smartphone now – for free, of course! Here it goes directly to the Apple app and here to App im Playstore. You can do what awaits you in our app read here. And if you want more, become a Follower:in on now Instagram or follow us Tiktok",
                        "Leave a Reply"),
                List.of("This is also observed by the social scientist Azamat Junisbai", "Tokayev is probably looking for a middle ground"));
        assertFurniture(Seeds.S004,
                List.of("International", "Anne Kathrin Hamilton", "California18",
                        "Kazakh President Kassym-Jomart Tokayev and Putin were once considered close allies. Image: IMAGO / ITAR-TASS"),
                List.of("Smadiyarov further says:", "Kazakhstan rebels against Russia"));
    }

    @Test
    void anOutletItHasNeverSeen() {
        String page = """
                Harbour fees rise for the third time this year

                SPONSORED

                Port officials in Valletta confirmed on Monday that fees for cargo ships will rise by 12 per cent.

                Sign up to our free morning newsletter and never miss a story

                The decision follows a review of maintenance costs, the authority said in a statement.

                Dockworkers at the harbour on Monday morning. Photo: Reuters/Jane Doe

                Shipping companies said the increase would be passed on to customers.

                RELATED: Ferry strike enters second week

                Share this article on Facebook

                © 2024 Harbour Times Media. All rights reserved.
                """;
        Set<String> found = furniture(Analyzer.analyze(Document.of("new.txt", "", page)));
        for (String line : List.of("SPONSORED", "Sign up to our free morning newsletter and never miss a story",
                "Dockworkers at the harbour on Monday morning. Photo: Reuters/Jane Doe",
                "RELATED: Ferry strike enters second week", "Share this article on Facebook",
                "© 2024 Harbour Times Media. All rights reserved.")) {
            assertTrue(found.contains(line), "furniture: " + line);
        }
        assertFalse(found.stream().anyMatch(f -> f.startsWith("Port officials") || f.startsWith("The decision")
                || f.startsWith("Shipping companies") || f.startsWith("Harbour fees")));
    }

    private static List<String> proseWithPromptWords() throws IOException {
        try (InputStream in = BoilerplateDetectorTest.class.getResourceAsStream("prose-with-prompt-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void proseSentencesWithPromptWordsStayProse() throws IOException {
        List<String> prose = proseWithPromptWords();
        assertEquals(40, prose.size());
        long keywordHits = prose.stream()
                .filter(l -> ProseOrPrompt.isPrompt(l, l, Tokenizer.tokens(l, 0, l.length()))).count();
        assertTrue(keywordHits >= 25, "the prompt-word rule alone would take " + keywordHits + " of them for furniture");
        String article = "Kazakhstan cancels its Victory Day parade\n\n"
                + "The defence ministry said on Tuesday that the parade would not take place this year.\n\n"
                + String.join("\n\n", prose) + "\n\nThe ministry did not say when the parade would return.\n";
        AnalyzedDocument doc = Analyzer.analyze(Document.of("prose.txt", "", article));
        Set<String> found = furniture(doc);
        assertEquals(List.of(), prose.stream().filter(found::contains).toList());
        Comparison self = Aligner.compare(doc, doc);
        assertEquals(0, self.count(AlignedPair.Kind.LEFT_ONLY));
        assertEquals(1.0, self.similarity(), 1e-9, "every prose line takes part in the alignment");
    }

    @Test
    void promptsStayFurnitureWhateverTheirLength() {
        String page = """
                Harbour fees rise for the third time this year

                Port officials in Valletta confirmed on Monday that fees for cargo ships will rise by 12 per cent.

                If you enjoyed this article, please share it with your friends and follow us on Facebook.

                Subscribe to our newsletter and you will get the best stories of the week in your inbox.

                Follow us on Twitter, Instagram and TikTok for the latest news from the harbour.

                Shipping companies said the increase would be passed on to customers.
                """;
        Set<String> found = furniture(Analyzer.analyze(Document.of("new.txt", "", page)));
        for (String line : List.of("If you enjoyed this article, please share it with your friends and follow us on Facebook.",
                "Subscribe to our newsletter and you will get the best stories of the week in your inbox.",
                "Follow us on Twitter, Instagram and TikTok for the latest news from the harbour.")) {
            assertTrue(found.contains(line), "furniture: " + line);
        }
        assertFalse(found.stream().anyMatch(f -> f.startsWith("Port officials") || f.startsWith("Shipping")));
    }

    @Test
    void everyLineJudgedFurnitureSaysWhy() {
        for (String seed : Seeds.ALL) {
            for (Furniture f : Seeds.analyzed(seed).findings(Furniture.class)) {
                assertFalse(f.reason().description().isBlank(), f.text());
                assertFalse(f.isDisguise());
            }
        }
    }
}
