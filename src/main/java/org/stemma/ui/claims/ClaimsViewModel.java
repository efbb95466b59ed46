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
import org.stemma.claims.UndoHistory;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The claims of an open project as the window shows them: rows joined with their article and
 * counterparts, filters, and the analyst's commands, each undoable through the project's
 * {@link UndoHistory}. Uses JavaFX properties and collections only, so it is tested without a window.
 * Call it from one thread (the JavaFX thread in the program); counterparts are computed on
 * {@code background} and their results handed back through {@code ui}. A command that the project
 * refuses returns false or empty and says why in {@link #messageProperty()}.
 */
public final class ClaimsViewModel {

    private static final System.Logger LOG = System.getLogger(ClaimsViewModel.class.getName());

    @FunctionalInterface
    private interface Action<T> {
        T run() throws ProjectException;
    }

    private record Loaded(List<Tag> tags, List<Claim> claims, List<ClaimCounterpart> counterparts) {
    }

    private final ProjectFile project;
    private final UndoHistory history;
    private final ClaimService service;
    private final CounterpartJobs counterparts;
    private final Runnable historyListener;

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
     * @param corpus     the project's articles, analysed and indexed (the corpus session)
     * @param history    the project's undo history, shared with the rest of the window
     * @param background runs the computation of counterparts, which aligns articles ({@link CounterpartFinder})
     * @param ui         runs results on the thread that uses this view model
     */
    public ClaimsViewModel(ProjectFile project, AnalysedCorpus corpus, UndoHistory history, Executor background,
                           Executor ui) {
        this.project = project;
        this.history = history;
        this.service = new ClaimService(project, history);
        this.counterparts = new CounterpartJobs(new CounterpartFinder(project, corpus), background, ui, message::set,
                this::refresh);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter,
                tagFilter, statusFilter, documentFilter, searchText));
        historyListener = () -> ui.execute(this::historyChanged);
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

    /** How many claims carry the tag. */
    public long claimsWithTag(long tagId) {
        return rows.stream().filter(r -> r.tags().stream().anyMatch(t -> t.id() == tagId)).count();
    }

    // ---- loading

    /** Reads the articles again (after an import), then the claims. */
    public void reload() {
        attempt(() -> {
            List<StoredDocument> list = project.documents().list();
            documentsById.clear();
            list.forEach(d -> documentsById.put(d.id(), d));
            documents.setAll(list);
            documentFilter.set(documentFilter.get() == null ? null : documentsById.get(documentFilter.get().id()));
            return true;
        });
        refresh();
    }

    /** Reads the claims, tags and counterparts again, and starts computing counterparts that are missing. */
    public void refresh() {
        Optional<Loaded> read = attempt(() -> project.view(() -> new Loaded(project.tags().list(),
                project.claims().list(), project.counterparts().list())));
        if (read.isEmpty()) {
            return;
        }
        Loaded loaded = read.get();
        if (loaded.claims().stream().anyMatch(c -> !documentsById.containsKey(c.documentId()))) {
            reload();
            return;
        }
        Map<Long, List<ClaimCounterpart>> byClaim = loaded.counterparts().stream()
                .collect(Collectors.groupingBy(ClaimCounterpart::claimId));
        List<ClaimRow> fresh = loaded.claims().stream().map(c -> {
            List<ClaimCounterpart> found = byClaim.getOrDefault(c.id(), List.of());
            return new ClaimRow(c, documentsById.get(c.documentId()), found,
                    CounterpartText.summary(found, this::documentName));
        }).toList();
        rows.setAll(fresh);
        Tag filterTag = tagFilter.get();
        tags.setAll(loaded.tags());
        tagFilter.set(filterTag == null ? null
                : loaded.tags().stream().filter(t -> t.id() == filterTag.id()).findFirst().orElse(null));
        counterparts.complete(fresh, documentsById.size() - 1);
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

    private void historyChanged() {
        showHistory();
        refresh();
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
