package org.stemma.ui.claims;

import org.stemma.platform.Causes;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.claims.ClaimDraft;
import org.stemma.claims.ClaimSaving;
import org.stemma.claims.ClaimService;
import org.stemma.model.ClaimStatus;
import org.stemma.claims.AnalysedCorpus;
import org.stemma.claims.CounterpartFinder;
import org.stemma.model.Tag;
import org.stemma.claims.Touched;
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.jobs.Requests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The claims of an open project as the window shows them: rows joined with their article and
 * counterparts, filters, and the analyst's commands, each undoable through the project's
 * {@link UndoHistory}. Uses JavaFX properties and collections only, so it is tested without a window.
 * Call it from one thread (the JavaFX thread in the program), as are the edits of the history it
 * follows. The project is read through {@link Jobs}, never on the calling thread: the whole table when
 * the project opens or gains articles, and after an edit only the rows it touched ({@link Touched}).
 * Every read is numbered ({@link Requests}), so a result that arrives after a newer read was asked for
 * is dropped. A command writes at once (one transaction of a few rows) and returns false or empty with
 * the reason in {@link #messageProperty()} when the project refuses it.
 */
public final class ClaimsViewModel {

    private static final System.Logger LOG = System.getLogger(ClaimsViewModel.class.getName());

    @FunctionalInterface
    private interface Action<T> {
        T run() throws ProjectException;
    }

    private record Loaded(List<StoredDocument> documents, List<Tag> tags, List<Claim> claims,
                          List<ClaimCounterpart> counterparts) {
    }

    /** Some claims read again: those still there, their counterparts, and the tags when they were read. */
    private record RowsRead(Set<Long> asked, Map<Long, Claim> claims, Map<Long, List<ClaimCounterpart>> counterparts,
                            List<Tag> tags) {
    }

    /** The table's order, as the store lists claims: by article, then position. */
    private static final Comparator<ClaimRow> ORDER = Comparator.<ClaimRow>comparingLong(r -> r.claim().documentId())
            .thenComparingInt(r -> r.claim().anchor().start()).thenComparingLong(ClaimRow::id);

    private final ProjectFile project;
    private final UndoHistory history;
    private final ClaimService service;
    private final Jobs jobs;
    private final CounterpartJobs counterparts;
    private final Consumer<Touched> historyListener;
    private final Requests reads = new Requests();
    /** The latest whole-table read asked for, and the latest read of each claim and of the tags. */
    private long latestLoad;
    private long latestTags;
    private final Map<Long, Long> latestRow = new HashMap<>();

    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<StoredDocument> documents = FXCollections.observableArrayList();
    private final Map<Long, StoredDocument> documentsById = new HashMap<>();
    /* Made once: a read-only view follows its list through a weak listener, so one made per call would be
       collected with the listeners added to it. */
    private final ObservableList<ClaimRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Tag> readOnlyTags = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<StoredDocument> readOnlyDocuments = FXCollections.unmodifiableObservableList(documents);

    private final ObjectProperty<Tag> tagFilter = new SimpleObjectProperty<>(this, "tagFilter");
    private final ObjectProperty<ClaimStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<StoredDocument> documentFilter = new SimpleObjectProperty<>(this, "documentFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Consumer<ClaimJump>> onJump = new SimpleObjectProperty<>(this, "onJump");

    /**
     * Starts reading the claims at once; {@link #rows()} fills when they have been read.
     *
     * @param corpus  the project's articles, analysed and indexed (the corpus session)
     * @param history the project's undo history, shared with the rest of the window
     * @param jobs    reads the project and computes counterparts, which aligns articles ({@link CounterpartFinder})
     */
    public ClaimsViewModel(ProjectFile project, AnalysedCorpus corpus, UndoHistory history, Jobs jobs) {
        this(project, corpus, history, jobs, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime}, for how often computed counterparts are shown */
    ClaimsViewModel(ProjectFile project, AnalysedCorpus corpus, UndoHistory history, Jobs jobs, LongSupplier clock) {
        this.project = project;
        this.history = history;
        this.jobs = jobs;
        this.service = new ClaimService(project, history);
        this.counterparts = new CounterpartJobs(new CounterpartFinder(project, corpus), jobs, message::set,
                ids -> update(new Touched(ids, Set.of(), false)), clock);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter,
                tagFilter, statusFilter, documentFilter, searchText));
        historyListener = this::historyChanged;
        history.addListener(historyListener);
        reload();
        showHistory();
    }

    /** Stops following the undo history, e.g. when the project is closed. */
    public void close() {
        history.removeListener(historyListener);
    }

    // ---- what the window shows

    /** Every claim, by article and position. */
    public ObservableList<ClaimRow> rows() {
        return readOnlyRows;
    }

    /** The claims that pass the filters. */
    public FilteredList<ClaimRow> filteredRows() {
        return filtered;
    }

    public ObservableList<Tag> tags() {
        return readOnlyTags;
    }

    public ObservableList<StoredDocument> documents() {
        return readOnlyDocuments;
    }

    /** Shows only claims with this tag; {@code null} for all. */
    public ObjectProperty<Tag> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<ClaimStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<StoredDocument> documentFilterProperty() {
        return documentFilter;
    }

    /** Shows only claims whose cells hold every word typed, in any case. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Add claim", or "Undo" when there is nothing to undo: the Edit menu's text. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** Why the latest command was refused, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many claims' counterparts are being computed. */
    public ReadOnlyIntegerProperty findingProperty() {
        return counterparts.runningProperty();
    }

    /** Called with the claim to show when the analyst asks to jump to it. */
    public ObjectProperty<Consumer<ClaimJump>> onJumpProperty() {
        return onJump;
    }

    public Optional<ClaimRow> row(long claimId) {
        return rows.stream().filter(r -> r.id() == claimId).findFirst();
    }

    /** The claims of one article, for its underlines. */
    public List<Claim> claimsIn(long documentId) {
        return rows.stream().filter(r -> r.document().id() == documentId).map(ClaimRow::claim).toList();
    }

    public Optional<StoredDocument> document(long documentId) {
        return Optional.ofNullable(documentsById.get(documentId));
    }

    public String documentName(long documentId) {
        return document(documentId).map(StoredDocument::name).orElse("document " + documentId);
    }

    /**
     * How the claims table and the editor name an article: its outlet, with the file's short name when
     * two articles share the outlet, else its short name ("The BOL News", "Express (001…)", "003…").
     */
    public String documentLabel(long documentId) {
        Optional<StoredDocument> doc = document(documentId);
        if (doc.isEmpty()) {
            return documentName(documentId);
        }
        String outlet = doc.get().document().metadata().outlet();
        String shortName = CounterpartText.shortName(doc.get().name());
        if (outlet == null || outlet.isBlank()) {
            return shortName;
        }
        long sharing = documentsById.values().stream().filter(d -> outlet.equals(d.document().metadata().outlet())).count();
        return sharing > 1 ? outlet.strip() + " (" + shortName + ")" : outlet.strip();
    }

    /** How many claims carry the tag. */
    public long claimsWithTag(long tagId) {
        return rows.stream().filter(r -> r.tags().stream().anyMatch(t -> t.id() == tagId)).count();
    }

    // ---- loading

    /** Reads the articles, tags and claims again, in the background (on opening, after an import). */
    public void reload() {
        long request = reads.next();
        latestLoad = request;
        latestTags = request;
        jobs.submit("Reading the claims", () -> project.view(() -> new Loaded(project.documents().list(),
                project.tags().list(), project.claims().list(), project.counterparts().list())))
                .whenComplete((loaded, e) -> {
                    if (e != null) {
                        message.set(cause(e).getMessage());
                    } else if (request == latestLoad) {
                        show(request, loaded);
                    }
                });
    }

    /** Reads again the claims an edit touched, and those carrying a tag it touched, and puts them in the table. */
    private void update(Touched touched) {
        if (touched.everything()) {
            reload();
            return;
        }
        Set<Long> ids = new HashSet<>(touched.claims());
        boolean readTags = !touched.tags().isEmpty();
        if (readTags) {
            rows.stream().filter(r -> r.tags().stream().anyMatch(t -> touched.tags().contains(t.id())))
                    .forEach(r -> ids.add(r.id()));
        }
        if (ids.isEmpty() && !readTags) {
            return;
        }
        long request = reads.next();
        ids.forEach(id -> latestRow.put(id, request));
        if (readTags) {
            latestTags = request;
        }
        jobs.submit("Reading claims", () -> project.view(() -> read(ids, readTags)))
                .whenComplete((read, e) -> {
                    if (e != null) {
                        message.set(cause(e).getMessage());
                    } else {
                        show(request, read);
                    }
                });
    }

    private RowsRead read(Set<Long> ids, boolean readTags) throws ProjectException {
        Map<Long, Claim> claims = new HashMap<>();
        Map<Long, List<ClaimCounterpart>> found = new HashMap<>();
        for (long id : ids) {
            Optional<Claim> claim = project.claims().get(id);
            if (claim.isPresent()) {
                claims.put(id, claim.get());
                found.put(id, project.counterparts().forClaim(id));
            }
        }
        return new RowsRead(ids, claims, found, readTags ? project.tags().list() : null);
    }

    private void show(long request, Loaded loaded) {
        documentsById.clear();
        loaded.documents().forEach(d -> documentsById.put(d.id(), d));
        documents.setAll(loaded.documents());
        documentFilter.set(documentFilter.get() == null ? null : documentsById.get(documentFilter.get().id()));
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
        counterparts.complete(fresh, documentsById.size() - 1);
    }

    private void show(long request, RowsRead read) {
        if (read.tags() != null && request == latestTags) {
            showTags(read.tags());
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
        Tag filterTag = tagFilter.get();
        tags.setAll(read);
        tagFilter.set(filterTag == null ? null
                : read.stream().filter(t -> t.id() == filterTag.id()).findFirst().orElse(null));
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    // ---- commands

    /** Adds the claim the draft describes, or changes the claim it names, as one undoable edit. */
    public Optional<Claim> save(ClaimDraft draft) {
        return command(() -> ClaimSaving.save(project, history, draft));
    }

    public boolean delete(long claimId) {
        return command(() -> service.deleteClaim(claimId)).isPresent();
    }

    public boolean undo() {
        return command(() -> {
            history.undo();
            return true;
        }).isPresent();
    }

    public boolean redo() {
        return command(() -> {
            history.redo();
            return true;
        }).isPresent();
    }

    public boolean createTag(String name, String colour) {
        return command(() -> service.createTag(name, colour)).isPresent();
    }

    public boolean renameTag(long tagId, String newName) {
        return command(() -> service.renameTag(tagId, newName)).isPresent();
    }

    /** @param colour {@code #rrggbb} */
    public boolean recolourTag(long tagId, String colour) {
        return command(() -> service.recolourTag(tagId, colour)).isPresent();
    }

    /** Puts tag {@code intoId} on every claim with {@code fromId} and removes {@code fromId}. */
    public boolean mergeTags(long fromId, long intoId) {
        return command(() -> service.mergeTags(fromId, intoId)).isPresent();
    }

    /** Deletes the tag, taking it off the claims that have it ({@link #claimsWithTag}). */
    public boolean deleteTag(long tagId) {
        return command(() -> service.deleteTag(tagId)).isPresent();
    }

    /** Asks the window to show the claim in its article ({@link #onJumpProperty()}). */
    public void jumpTo(long claimId) {
        Consumer<ClaimJump> listener = onJump.get();
        row(claimId).ifPresent(r -> {
            if (listener != null) {
                listener.accept(new ClaimJump(r.id(), r.document().id(),
                        new Span(r.claim().anchor().start(), r.claim().anchor().end())));
            }
        });
    }

    /**
     * Computes, without storing, where a passage not yet claimed stands in the other articles, and hands
     * the result to {@code then} on the ui thread (an empty list when it fails).
     */
    public void previewCounterparts(long documentId, Span passage, Consumer<List<ClaimCounterpart>> then) {
        counterparts.preview(documentId, passage, then);
    }

    // ---- internals

    private Predicate<ClaimRow> filter() {
        Tag tag = tagFilter.get();
        ClaimStatus status = statusFilter.get();
        StoredDocument document = documentFilter.get();
        String query = searchText.get() == null ? "" : searchText.get().toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(query.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return row -> (tag == null || row.tags().stream().anyMatch(t -> t.id() == tag.id()))
                && (status == null || row.claim().status() == status)
                && (document == null || row.document().id() == document.id())
                && row.matches(words);
    }

    private void historyChanged(Touched touched) {
        showHistory();
        update(touched);
    }

    /** The undo and redo commands' state and labels. */
    private void showHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }

    /** Runs a command of the analyst's: a message of an earlier one is cleared. */
    private <T> Optional<T> command(Action<T> action) {
        message.set("");
        return attempt(action);
    }

    private <T> Optional<T> attempt(Action<T> action) {
        try {
            return Optional.ofNullable(action.run());
        } catch (ProjectException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.INFO, "claim edit refused", e);
            message.set(Causes.describe(e));
            return Optional.empty();
        }
    }
}
