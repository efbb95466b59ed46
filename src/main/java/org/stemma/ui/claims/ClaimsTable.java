package org.stemma.ui.claims;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.stemma.session.CorpusSession;
import org.stemma.align.CompareOptions;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.TagTree;
import org.stemma.claims.Touched;
import org.stemma.model.ArticleMemo;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.Tag;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.session.SessionArticle;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.jobs.Requests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * What the claims view shows of the project, read through {@link Jobs} and never on the calling thread
 * (the JavaFX thread): the whole table when the project opens or gains articles, and after an edit only
 * the rows, tags and memos it touched ({@link Touched}). Every read is numbered ({@link Requests}), so a
 * result that arrives after a newer read was asked for is dropped; a whole-table read never overwrites a
 * row read after it was asked for (decision 0901). Used from one thread.
 */
final class ClaimsTable {

    private record Loaded(List<SessionArticle> documents, List<Tag> tags, List<Claim> claims,
                          List<ClaimCounterpart> counterparts, List<ArticleMemo> memos, CompareOptions rules) {
    }

    /** Some claims read again: those still there, their counterparts, the tags and memos when they were read. */
    private record RowsRead(Set<Long> asked, Map<Long, Claim> claims, Map<Long, List<ClaimCounterpart>> counterparts,
                            List<Tag> tags, List<ArticleMemo> memos) {
    }

    /** The table's order, as the store lists claims: by article, then position. */
    private static final Comparator<ClaimRow> ORDER = Comparator.<ClaimRow>comparingLong(r -> r.claim().documentId())
            .thenComparingInt(r -> r.claim().anchor().start()).thenComparingLong(ClaimRow::id);

    private final ProjectFile project;
    private final CorpusSession corpus;
    private final Jobs jobs;
    private final Consumer<String> problems;
    private final CounterpartJobs counterparts;
    private final Requests reads = new Requests();
    /** The latest whole-table read asked for, and the latest read of each claim, of the tags and of the memos. */
    private long latestLoad;
    private long latestTags;
    private long latestMemos;
    private final Map<Long, Long> latestRow = new HashMap<>();

    final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    /** In tree order ({@link TagTree#ordered()}). */
    final ObservableList<Tag> tags = FXCollections.observableArrayList();
    final ObservableList<SessionArticle> documents = FXCollections.observableArrayList();
    final ObservableMap<Long, String> memos = FXCollections.observableHashMap();
    private final Map<Long, SessionArticle> documentsById = new HashMap<>();
    private final ReadOnlyObjectWrapper<TagTree> tree = new ReadOnlyObjectWrapper<>(this, "tree", new TagTree(List.of()));

    /**
     * @param problems told why a read failed
     * @param notices  told when counterparts were computed again under new difference rules
     */
    ClaimsTable(ProjectFile project, CorpusSession corpus, Jobs jobs, Consumer<String> problems,
                Consumer<String> notices, LongSupplier clock) {
        this.project = project;
        this.corpus = corpus;
        this.jobs = jobs;
        this.problems = problems;
        this.counterparts = new CounterpartJobs(rules -> new CounterpartFinder(project, corpus, rules), jobs, problems,
                notices, ids -> update(new Touched(ids, Set.of(), false)), clock);
    }

    CounterpartJobs counterparts() {
        return counterparts;
    }

    /** The tags as a tree, replaced whenever they are read. */
    ReadOnlyObjectProperty<TagTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    Optional<SessionArticle> document(long documentId) {
        return Optional.ofNullable(documentsById.get(documentId));
    }

    String documentName(long documentId) {
        return document(documentId).map(SessionArticle::name).orElse("document " + documentId);
    }

    /**
     * How the claims table and the editor name an article: its outlet, with the file's short name when
     * two articles share the outlet, else its short name ("The BOL News", "Express (001…)", "003…").
     */
    String documentLabel(long documentId) {
        Optional<SessionArticle> doc = document(documentId);
        if (doc.isEmpty()) {
            return documentName(documentId);
        }
        String outlet = doc.get().metadata().outlet();
        String shortName = CounterpartText.shortName(doc.get().name());
        if (outlet == null || outlet.isBlank()) {
            return shortName;
        }
        long sharing = documentsById.values().stream().filter(d -> outlet.equals(d.metadata().outlet())).count();
        return sharing > 1 ? outlet.strip() + " (" + shortName + ")" : outlet.strip();
    }

    /** Reads the articles, tags, memos, claims and difference rules again. */
    void reload() {
        long request = reads.next();
        latestLoad = request;
        latestTags = request;
        latestMemos = request;
        // The articles come from the corpus session, which holds them: the project is read for the claims only.
        jobs.submit("Reading the claims", () -> {
            List<SessionArticle> articles = corpus.articles();
            return project.view(() -> new Loaded(articles, project.tags().list(), project.claims().list(),
                    project.counterparts().list(), project.articleMemos().list(), project.compareOptions().load()));
        })
                .whenComplete((loaded, e) -> {
                    if (e != null) {
                        problems.accept(cause(e).getMessage());
                    } else if (request == latestLoad) {
                        show(request, loaded);
                    }
                });
    }

    /** Reads again the claims an edit touched, those carrying a tag it touched, and the memos it touched. */
    void update(Touched touched) {
        if (touched.everything()) {
            reload();
            return;
        }
        Set<Long> ids = new HashSet<>(touched.claims());
        boolean readTags = !touched.tags().isEmpty();
        boolean readMemos = !touched.memos().isEmpty();
        if (readTags) {
            rows.stream().filter(r -> r.tags().stream().anyMatch(t -> touched.tags().contains(t.id())))
                    .forEach(r -> ids.add(r.id()));
        }
        if (ids.isEmpty() && !readTags && !readMemos) {
            return;
        }
        long request = reads.next();
        ids.forEach(id -> latestRow.put(id, request));
        if (readTags) {
            latestTags = request;
        }
        if (readMemos) {
            latestMemos = request;
        }
        jobs.submit("Reading claims", () -> project.view(() -> read(ids, readTags, readMemos)))
                .whenComplete((read, e) -> {
                    if (e != null) {
                        problems.accept(cause(e).getMessage());
                    } else {
                        show(request, read);
                    }
                });
    }

    private RowsRead read(Set<Long> ids, boolean readTags, boolean readMemos) throws ProjectException {
        Map<Long, Claim> claims = new HashMap<>();
        Map<Long, List<ClaimCounterpart>> found = new HashMap<>();
        for (long id : ids) {
            Optional<Claim> claim = project.claims().get(id);
            if (claim.isPresent()) {
                claims.put(id, claim.get());
                found.put(id, project.counterparts().forClaim(id));
            }
        }
        return new RowsRead(ids, claims, found, readTags ? project.tags().list() : null,
                readMemos ? project.articleMemos().list() : null);
    }

    private void show(long request, Loaded loaded) {
        documentsById.clear();
        loaded.documents().forEach(d -> documentsById.put(d.id(), d));
        documents.setAll(loaded.documents());
        Map<Long, List<ClaimCounterpart>> byClaim = loaded.counterparts().stream()
                .collect(Collectors.groupingBy(ClaimCounterpart::claimId));
        // Rows read again since this read was asked for are newer than what it found: they stay as they are.
        Set<Long> newer = latestRow.entrySet().stream().filter(e -> e.getValue() > request).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<ClaimRow> fresh = new ArrayList<>();
        for (Claim c : loaded.claims()) {
            if (!newer.contains(c.id()) && documentsById.containsKey(c.documentId())) {
                fresh.add(row(c, byClaim.getOrDefault(c.id(), List.of())));
            }
        }
        rows.stream().filter(r -> newer.contains(r.id())).forEach(fresh::add);
        fresh.sort(ORDER);
        rows.setAll(fresh);
        latestRow.values().removeIf(r -> r <= request);
        showTags(loaded.tags());
        showMemos(loaded.memos());
        counterparts.rulesRead(loaded.rules());
        counterparts.complete(fresh, documentsById.size() - 1);
    }

    private void show(long request, RowsRead read) {
        if (read.tags() != null && request == latestTags) {
            showTags(read.tags());
        }
        if (read.memos() != null && request == latestMemos) {
            showMemos(read.memos());
        }
        if (request <= latestLoad) {
            return; // a whole-table read asked for since brings these rows too
        }
        List<ClaimRow> changed = new ArrayList<>();
        for (long id : read.asked()) {
            if (latestRow.getOrDefault(id, 0L) != request) {
                continue; // read again since: that result will come
            }
            latestRow.remove(id);
            rows.removeIf(r -> r.id() == id);
            Claim claim = read.claims().get(id);
            if (claim == null) {
                continue;
            }
            if (!documentsById.containsKey(claim.documentId())) {
                reload(); // an article added meanwhile: read the articles too
                return;
            }
            ClaimRow row = row(claim, read.counterparts().get(id));
            int at = Collections.binarySearch(rows, row, ORDER);
            rows.add(at < 0 ? -at - 1 : at, row);
            changed.add(row);
        }
        counterparts.complete(changed, documentsById.size() - 1);
    }

    private ClaimRow row(Claim claim, List<ClaimCounterpart> found) {
        return new ClaimRow(claim, documentsById.get(claim.documentId()), found,
                CounterpartText.summary(found, this::documentLabel));
    }

    private void showTags(List<Tag> read) {
        TagTree newTree = new TagTree(read);
        tree.set(newTree);
        tags.setAll(newTree.ordered());
    }

    private void showMemos(List<ArticleMemo> read) {
        Map<Long, String> now = new HashMap<>();
        read.forEach(m -> now.put(m.documentId(), m.memo()));
        memos.keySet().retainAll(now.keySet());
        now.forEach((id, memo) -> {
            if (!memo.equals(memos.get(id))) {
                memos.put(id, memo);
            }
        });
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
