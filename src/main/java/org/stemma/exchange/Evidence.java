package org.stemma.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.stemma.model.CounterpartKind;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.corpus.Document;
import org.stemma.store.DocumentHeader;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project's articles, tags, claims and counterparts, read in one transaction: what every export of
 * the analyst's work writes, so that the CSV, the workbook, the REFI-QDA project, the reports and the
 * ClaimReview feed all say the same thing. The articles are headers (name, metadata, source); their
 * texts are read only for the exports that show them ({@link #readWithTexts}, {@link #readForClaim}): the
 * tables and the feed need none, and at 10,000 articles the texts are 57 MB.
 *
 * @param counterparts every stored counterpart of each claim, rejected ones included, by document
 * @param articleMemos the analyst's memo on each article that has one, by document id
 * @param texts        the texts read, by document id: none, all, or those one claim's report shows
 * @param byId         the documents by id (made from {@code documents})
 */
public record Evidence(String projectName, List<DocumentHeader> documents, List<Tag> tags, List<Claim> claims,
                       Map<Long, List<ClaimCounterpart>> counterparts, Map<Long, String> articleMemos,
                       Map<Long, String> texts, Map<Long, DocumentHeader> byId) {

    private static final String ARROW = " → ";

    public Evidence {
        documents = List.copyOf(documents);
        tags = List.copyOf(tags);
        claims = List.copyOf(claims);
        counterparts = Map.copyOf(counterparts);
        articleMemos = Map.copyOf(articleMemos);
        texts = Map.copyOf(texts);
        byId = documents.stream().collect(Collectors.toUnmodifiableMap(DocumentHeader::id, d -> d));
    }

    public Evidence(String projectName, List<DocumentHeader> documents, List<Tag> tags, List<Claim> claims,
                    Map<Long, List<ClaimCounterpart>> counterparts, Map<Long, String> articleMemos,
                    Map<Long, String> texts) {
        this(projectName, documents, tags, claims, counterparts, articleMemos, texts, Map.of());
    }

    /** Everything but the articles' texts. */
    public static Evidence read(ProjectFile project) throws ProjectException {
        return project.view(() -> read(project, e -> List.of()));
    }

    /** Everything with every article's text (REFI-QDA carries the texts). */
    public static Evidence readWithTexts(ProjectFile project) throws ProjectException {
        return project.view(() -> read(project, e -> e.documents().stream().map(DocumentHeader::id).toList()));
    }

    /**
     * Everything with the texts a claim's report shows: the article it was marked in and those that carry
     * it. Without such a claim, no text (the caller says the claim is not there).
     */
    public static Evidence readForClaim(ProjectFile project, long claimId) throws ProjectException {
        return project.view(() -> read(project, e -> {
            List<Long> ids = new ArrayList<>();
            e.claims().stream().filter(c -> c.id() == claimId).findFirst().ifPresent(c -> {
                ids.add(c.documentId());
                e.carrying(claimId).forEach(cp -> ids.add(cp.documentId()));
            });
            return ids;
        }));
    }

    /** Reads inside the caller's transaction; {@code withTexts} says whose texts to read then. */
    private static Evidence read(ProjectFile project, java.util.function.Function<Evidence, List<Long>> withTexts)
            throws ProjectException {
        Map<Long, List<ClaimCounterpart>> found = new LinkedHashMap<>();
        for (ClaimCounterpart c : project.counterparts().list()) {
            found.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, String> memos = new HashMap<>();
        project.articleMemos().list().forEach(m -> memos.put(m.documentId(), m.memo()));
        Evidence bare = new Evidence(projectName(project), project.documents().headers(), project.tags().list(),
                project.claims().list(), found, memos, Map.of());
        Map<Long, String> texts = new HashMap<>();
        for (long id : withTexts.apply(bare)) {
            if (!texts.containsKey(id)) {
                project.documents().text(id).ifPresent(t -> texts.put(id, t));
            }
        }
        return texts.isEmpty() ? bare : new Evidence(bare.projectName(), bare.documents(), bare.tags(), bare.claims(),
                bare.counterparts(), bare.articleMemos(), texts);
    }

    /** The project file's name without its extension, e.g. "kazakhstan" for kazakhstan.stemma. */
    public static String projectName(ProjectFile project) {
        return project.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    public DocumentHeader document(long id) {
        DocumentHeader d = byId.get(id);
        if (d == null) {
            throw new IllegalStateException("no document " + id + " in the project");
        }
        return d;
    }

    /** The article with its text, as the project stores it; only for an article whose text was read. */
    public StoredDocument withText(long id) {
        DocumentHeader h = document(id);
        String text = texts.get(id);
        if (text == null) {
            throw new IllegalStateException("the text of document " + id + " was not read for this export");
        }
        return new StoredDocument(h.id(), new Document(h.name(), h.source().path(), text, h.metadata()), h.source(),
                h.contentHash());
    }

    /** The analyst's memo on the article, empty when there is none. */
    public String articleMemo(long documentId) {
        return articleMemos.getOrDefault(documentId, "");
    }

    /** The claim's counterparts in document order, rejected ones included. */
    public List<ClaimCounterpart> counterparts(long claimId) {
        return counterparts.getOrDefault(claimId, List.of()).stream()
                .sorted(Comparator.comparingLong(ClaimCounterpart::documentId)).toList();
    }

    /** The counterparts that carry the claim (same or altered wording), rejected ones included. */
    public List<ClaimCounterpart> carrying(long claimId) {
        return counterparts(claimId).stream().filter(c -> c.kind() != CounterpartKind.ABSENT).toList();
    }

    /** An article as the analyst knows it: its outlet, then its file name ("The BOL News (000_bcce….txt)"). */
    public static String label(DocumentHeader document) {
        String outlet = document.metadata().outlet();
        return outlet == null || outlet.isBlank() ? document.name() : outlet.strip() + " (" + document.name() + ")";
    }

    /** The changed words of a counterpart, "meaningful → important", several joined with ", "; empty when none. */
    public static String changedWords(ClaimCounterpart counterpart) {
        return changes(counterpart).stream().map(c -> c.left() + ARROW + c.right()).collect(Collectors.joining(", "));
    }

    /**
     * One changed stretch of wording; an empty side is shown as "∅" (words added or dropped).
     *
     * @param left  the claimed article's wording, at {@code left} offsets of it
     * @param right the other article's wording, at {@code right} offsets of it
     */
    public record ChangedWords(String left, String right, Span leftSpan, Span rightSpan) {
    }

    /** The counterpart's changes as stored (the {@code compare --json} shape), in order. */
    public static List<ChangedWords> changes(ClaimCounterpart counterpart) {
        List<ChangedWords> result = new ArrayList<>();
        JsonElement parsed = JsonParser.parseString(counterpart.changes());
        if (parsed instanceof JsonArray array) {
            for (JsonElement e : array) {
                JsonObject o = e.getAsJsonObject();
                result.add(new ChangedWords(orEmptySet(o, "left"), orEmptySet(o, "right"),
                        new Span(o.get("leftStart").getAsInt(), o.get("leftEnd").getAsInt()),
                        new Span(o.get("rightStart").getAsInt(), o.get("rightEnd").getAsInt())));
            }
        }
        return result;
    }

    /** "altered", "same" or "absent". */
    public static String kind(ClaimCounterpart counterpart) {
        return counterpart.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "unreviewed", "confirmed" or "rejected". */
    public static String review(ClaimCounterpart counterpart) {
        return counterpart.review().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The claim's counterparts as one readable cell, one line per article that carries the passage:
     * "The BOL News (000_….txt): altered — meaningful → important; confirmed". Absent ones are left out
     * (the long-format export lists them); rejected ones stay, marked rejected.
     */
    public String evidenceCell(long claimId) {
        return carrying(claimId).stream().map(c -> {
            String words = changedWords(c);
            return label(document(c.documentId())) + ": " + kind(c) + (words.isEmpty() ? "" : " — " + words)
                    + "; " + review(c);
        }).collect(Collectors.joining("\n"));
    }

    /** The latest time anything of the project changed: a claim, or an article's import. */
    public Instant lastChange() {
        Instant latest = Instant.EPOCH;
        for (Claim c : claims) {
            latest = c.modified().isAfter(latest) ? c.modified() : latest;
        }
        for (DocumentHeader d : documents) {
            latest = d.source().importedAt().isAfter(latest) ? d.source().importedAt() : latest;
        }
        return latest;
    }

    /** The earliest import, the closest the project file has to its creation time. */
    public Instant firstImport() {
        return documents.stream().map(d -> d.source().importedAt()).min(Comparator.naturalOrder()).orElse(lastChange());
    }

    private static String orEmptySet(JsonObject o, String key) {
        JsonElement v = o.get(key);
        String s = v == null || v.isJsonNull() ? "" : v.getAsString();
        return s.isEmpty() ? "∅" : s;
    }
}
