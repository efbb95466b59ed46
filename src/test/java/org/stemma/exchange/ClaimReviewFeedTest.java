package org.stemma.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.Seeds;
import org.stemma.claims.ClaimService;
import org.stemma.claims.UndoHistory;
import org.stemma.corpus.Document;
import org.stemma.corpus.Metadata;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.CounterpartKind;
import org.stemma.store.ProjectFile;
import org.stemma.store.SourceInfo;
import org.stemma.text.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ClaimReview feed: valid JSON-LD using only schema.org's properties, and the Atlantic Council copy in it. */
class ClaimReviewFeedTest {

    private static final Set<String> THING = Set.of("name", "description", "url", "alternateName", "sameAs",
            "identifier", "image");
    private static final Set<String> CREATIVE_WORK = union(THING, Set.of("author", "datePublished", "headline",
            "publisher", "text", "dateCreated", "dateModified", "inLanguage", "about"));
    /** Properties schema.org defines for each type used (with those inherited from Thing and CreativeWork). */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "ClaimReview", union(CREATIVE_WORK, Set.of("claimReviewed", "itemReviewed", "reviewRating", "reviewBody")),
            "Claim", union(CREATIVE_WORK, Set.of("appearance", "firstAppearance", "claimInterpreter")),
            "CreativeWork", CREATIVE_WORK,
            "Rating", union(THING, Set.of("ratingValue", "bestRating", "worstRating", "ratingExplanation", "author")),
            "Organization", THING,
            "Person", THING);

    @TempDir
    Path dir;

    @Test
    void theAtlanticCouncilClaimListsItsAlteredCopyIn000() throws Exception {
        Path file = dir.resolve("reviews.jsonld");
        try (ProjectFile project = AtlanticCouncil.create(dir.resolve("k.stemma"))) {
            AtlanticCouncil.project(project);
            long doc = project.documents().byName(Seeds.S002).orElseThrow().id();
            new ClaimService(project, new UndoHistory()).addClaim(doc, 0, 17, List.of("open one"), ClaimStatus.OPEN, "");
            assertEquals(1, ClaimReviewFeed.export(project, file, "Example Fact Check"), "an open claim is no verdict");
        }
        JsonArray reviews = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray();
        assertEquals(1, reviews.size());
        JsonObject review = reviews.get(0).getAsJsonObject();
        assertEquals("https://schema.org", review.get("@context").getAsString());
        checkTypes(review, "ClaimReview");
        assertEquals(AtlanticCouncil.SENTENCE, review.get("claimReviewed").getAsString());
        assertTrue(review.get("datePublished").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"));
        JsonObject rating = review.getAsJsonObject("reviewRating");
        assertEquals("Altered", rating.get("alternateName").getAsString());
        assertEquals(2, rating.get("ratingValue").getAsInt());
        assertEquals("Example Fact Check", review.getAsJsonObject("author").get("name").getAsString());

        JsonArray appearances = review.getAsJsonObject("itemReviewed").getAsJsonArray("appearance");
        JsonObject copy = null;
        for (JsonElement e : appearances) {
            if (e.getAsJsonObject().get("name").getAsString().equals(Seeds.S000)) {
                copy = e.getAsJsonObject();
            }
        }
        assertTrue(copy != null, "000 carries the claim: " + appearances);
        assertTrue(copy.get("description").getAsString().startsWith("altered: "), copy.toString());
        assertTrue(copy.get("description").getAsString().contains("meaningful → important"), copy.toString());
        assertEquals("The BOL News", copy.getAsJsonObject("publisher").get("name").getAsString());
        assertTrue(copy.get("text").getAsString().contains("important"));
        assertEquals(Seeds.S001, appearances.get(0).getAsJsonObject().get("name").getAsString(), "the marked article first");
        assertFalse(review.getAsJsonObject("itemReviewed").has("firstAppearance"),
                "neither carrying article states a date, so none is called the first");
    }

    @Test
    void theEarliestDatedCarrierIsTheFirstAppearanceAndRejectedCopiesAreNoAppearance() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("d.stemma"))) {
            String text = "Officials said the parade was cancelled for budget reasons.";
            long late = add(project, "late.html", text, "2022-05-09", "https://late.example/a");
            long early = add(project, "early.txt", text, "2022-05-01T08:00:00Z", "/in/early.txt");
            long rejected = add(project, "rejected.txt", text, "2021-01-01", "/in/rejected.txt");
            var claim = new ClaimService(project, new UndoHistory()).addClaim(late, 0, text.length(), List.of("t"),
                    ClaimStatus.FALSE, "").claim();
            project.counterparts().replaceFor(claim.id(), List.of(
                    ClaimCounterpart.computed(claim.id(), early, CounterpartKind.SAME, new Span(0, text.length()), text, "[]"),
                    ClaimCounterpart.computed(claim.id(), rejected, CounterpartKind.SAME, new Span(0, text.length()), text, "[]")));
            long wrong = project.counterparts().forClaim(claim.id()).stream().filter(c -> c.documentId() == rejected)
                    .findFirst().orElseThrow().id();
            new ClaimService(project, new UndoHistory()).review(wrong, ClaimCounterpart.Review.REJECTED);
            JsonObject review = ClaimReviewFeed.reviews(Evidence.read(project), null).get(0).getAsJsonObject();
            checkTypes(review, "ClaimReview");
            assertEquals("False", review.getAsJsonObject("reviewRating").get("alternateName").getAsString());
            assertFalse(review.has("author"), "no publisher was named");
            JsonObject item = review.getAsJsonObject("itemReviewed");
            assertEquals(2, item.getAsJsonArray("appearance").size(), "the rejected copy is no appearance");
            assertEquals("https://late.example/a", item.getAsJsonArray("appearance").get(0).getAsJsonObject()
                    .get("url").getAsString(), "the URL where the article came from one");
            assertEquals("early.txt", item.getAsJsonObject("firstAppearance").get("name").getAsString());
            assertEquals("2022-05-01", item.getAsJsonObject("firstAppearance").get("datePublished").getAsString());
        }
    }

    private static long add(ProjectFile project, String name, String text, String date, String from) throws Exception {
        return project.documents().add(new Document(name, from, text, new Metadata("Title of " + name, "Outlet", null, date)),
                new SourceInfo(name, from, "text", Instant.now())).id();
    }

    /** Every object has a schema.org @type and only properties schema.org defines for that type. */
    private static void checkTypes(JsonObject o, String expected) {
        String type = o.get("@type").getAsString();
        assertEquals(expected, type);
        for (Map.Entry<String, JsonElement> p : o.entrySet()) {
            if (p.getKey().startsWith("@")) {
                continue;
            }
            assertTrue(PROPERTIES.get(type).contains(p.getKey()), type + " has no property " + p.getKey());
            String child = switch (p.getKey()) {
                case "itemReviewed" -> "Claim";
                case "reviewRating" -> "Rating";
                case "appearance", "firstAppearance" -> "CreativeWork";
                case "publisher" -> "Organization";
                case "author" -> type.equals("CreativeWork") ? "Person" : "Organization";
                default -> null;
            };
            if (child != null) {
                JsonElement v = p.getValue();
                for (JsonElement e : v.isJsonArray() ? v.getAsJsonArray() : List.of(v)) {
                    checkTypes(e.getAsJsonObject(), child);
                }
            } else {
                assertTrue(p.getValue().isJsonPrimitive(), type + "." + p.getKey() + " is text or a number");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
