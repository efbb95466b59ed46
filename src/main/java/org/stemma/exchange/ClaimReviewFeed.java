package org.stemma.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.corpus.Metadata;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.DocumentHeader;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's judged claims as schema.org {@code ClaimReview} objects in JSON-LD (decision record 1202),
 * the form fact-checkers publish and search engines read. One object per claim with a verdict (SUPPORTED,
 * DISPUTED, FALSE, ALTERED; open claims and those needing a source are not verdicts yet):
 * {@code claimReviewed} is the passage, {@code reviewRating} the verdict on a 1-5 scale with the verdict's
 * name as {@code alternateName}, {@code itemReviewed} the {@code Claim} with every article that carries it
 * as an {@code appearance} (its URL where it was imported from one, else its title and outlet; an altered
 * copy says so and how) and the earliest dated one as {@code firstAppearance}.
 */
public final class ClaimReviewFeed {

    /** The verdicts and their ratings: 5 the claim holds, 1 it is false. */
    static final Map<ClaimStatus, Integer> RATINGS = Map.of(ClaimStatus.SUPPORTED, 5, ClaimStatus.DISPUTED, 3,
            ClaimStatus.ALTERED, 2, ClaimStatus.FALSE, 1);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private ClaimReviewFeed() {
    }

    /** @param author the publishing organisation's name, or {@code null} to leave it to the publisher */
    public static int export(ProjectFile project, Path file, String author) throws ProjectException, IOException {
        JsonArray reviews = reviews(Evidence.read(project), author);
        return ExportFile.write(file, project.path(), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            GSON.toJson(reviews, w);
            w.write('\n');
            w.flush();
            return reviews.size();
        });
    }

    public static JsonArray reviews(Evidence e, String author) {
        JsonArray reviews = new JsonArray();
        for (Claim claim : e.claims()) {
            Integer rating = RATINGS.get(claim.status());
            if (rating != null) {
                reviews.add(review(e, claim, rating, author));
            }
        }
        return reviews;
    }

    private static JsonObject review(Evidence e, Claim claim, int rating, String author) {
        JsonObject o = new JsonObject();
        o.addProperty("@context", "https://schema.org");
        o.addProperty("@type", "ClaimReview");
        o.addProperty("datePublished", LocalDate.ofInstant(claim.modified(), ZoneOffset.UTC).toString());
        o.addProperty("claimReviewed", claim.anchor().exact());
        if (author != null && !author.isBlank()) {
            JsonObject org = new JsonObject();
            org.addProperty("@type", "Organization");
            org.addProperty("name", author.strip());
            o.add("author", org);
        }
        if (!claim.note().isBlank()) {
            o.addProperty("reviewBody", claim.note());
        }
        JsonObject r = new JsonObject();
        r.addProperty("@type", "Rating");
        r.addProperty("ratingValue", rating);
        r.addProperty("bestRating", 5);
        r.addProperty("worstRating", 1);
        r.addProperty("alternateName", claim.status().label());
        o.add("reviewRating", r);

        JsonObject item = new JsonObject();
        item.addProperty("@type", "Claim");
        item.addProperty("text", claim.anchor().exact());
        // The marked article (no counterpart), then every copy the analyst has not rejected.
        List<Map.Entry<DocumentHeader, ClaimCounterpart>> carriers = new ArrayList<>();
        carriers.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.document(claim.documentId()), null));
        for (ClaimCounterpart c : e.carrying(claim.id())) {
            if (c.review() != ClaimCounterpart.Review.REJECTED) {
                carriers.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.document(c.documentId()), c));
            }
        }
        JsonArray appearances = new JsonArray();
        carriers.forEach(a -> appearances.add(appearance(a.getKey(), a.getValue())));
        item.add("appearance", appearances);
        carriers.stream().filter(a -> date(a.getKey()).isPresent())
                .min(Comparator.comparing(a -> date(a.getKey()).orElseThrow()))
                .ifPresent(first -> item.add("firstAppearance", appearance(first.getKey(), first.getValue())));
        o.add("itemReviewed", item);
        return o;
    }

    /** The article as a {@code CreativeWork}; {@code counterpart} is null for the article the claim was marked in. */
    private static JsonObject appearance(DocumentHeader d, ClaimCounterpart counterpart) {
        Metadata m = d.metadata();
        JsonObject o = new JsonObject();
        o.addProperty("@type", "CreativeWork");
        url(d).ifPresent(u -> o.addProperty("url", u));
        o.addProperty("headline", m.title() != null ? m.title().strip() : d.name());
        if (m.outlet() != null) {
            JsonObject publisher = new JsonObject();
            publisher.addProperty("@type", "Organization");
            publisher.addProperty("name", m.outlet().strip());
            o.add("publisher", publisher);
        }
        if (m.byline() != null) {
            JsonObject person = new JsonObject();
            person.addProperty("@type", "Person");
            person.addProperty("name", m.byline().strip());
            o.add("author", person);
        }
        date(d).ifPresent(date -> o.addProperty("datePublished", date.toString()));
        o.addProperty("name", d.name());
        if (counterpart != null) {
            String words = Evidence.changedWords(counterpart);
            o.addProperty("description", Evidence.kind(counterpart) + (words.isEmpty() ? "" : ": " + words));
            o.addProperty("text", counterpart.text());
        } else {
            o.addProperty("description", "where the claim was marked");
        }
        return o;
    }

    /** The address the article was imported from, when that was a web address. */
    static Optional<String> url(DocumentHeader d) {
        String path = d.source().path();
        return path.startsWith("https://") || path.startsWith("http://") ? Optional.of(path) : Optional.empty();
    }

    /** The article's stated date when it reads as an ISO date (or date and time). */
    static Optional<LocalDate> date(DocumentHeader d) {
        String date = d.metadata().date();
        if (date == null || date.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
