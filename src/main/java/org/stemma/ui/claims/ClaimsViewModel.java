package org.stemma.ui.claims;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.stemma.session.CorpusSession;
import org.stemma.align.CompareOptions;
import org.stemma.claims.ClaimDraft;
import org.stemma.claims.ClaimSaving;
import org.stemma.claims.ClaimService;
import org.stemma.claims.CounterpartFinder;
import org.stemma.claims.TagTree;
import org.stemma.claims.Touched;
import org.stemma.claims.UndoHistory;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.ClaimStatus;
import org.stemma.model.Tag;
import org.stemma.platform.Causes;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.session.SessionArticle;
import org.stemma.text.Span;
import org.stemma.ui.jobs.Jobs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The claims of an open project as the window shows them: rows joined with their article and
 * counterparts, the tag tree, article memos, filters, and the analyst's commands, each undoable through
 * the project's {@link UndoHistory}. Uses JavaFX properties and collections only, so it is tested without
 * a window. Call it from one thread (the JavaFX thread in the program), as are the edits of the history it
 * follows. The project is read through {@link Jobs}, never on the calling thread ({@link ClaimsTable}):
 * the whole table when the project opens or gains articles, and after an edit only the rows it touched
 * ({@link Touched}). A command writes at once (one transaction of a few rows) and returns false or empty
 * with the reason in {@link #messageProperty()} when the project refuses it.
 */
public final class ClaimsViewModel {

    private static final System.Logger LOG = System.getLogger(ClaimsViewModel.class.getName());

    @FunctionalInterface
    private interface Action<T> {
        T run() throws ProjectException;
    }

    private final ProjectFile project;
    private final UndoHistory history;
    private final ClaimService service;
    private final ClaimsTable table;
    private final ClaimFilters filters;
    private final CounterpartJobs counterparts;
    private final Consumer<Touched> historyListener;

    private final FilteredList<ClaimRow> filtered;
    /* Made once: a read-only view follows its list through a weak listener, so one made per call would be
       collected with the listeners added to it. */
    private final ObservableList<ClaimRow> readOnlyRows;
    private final ObservableList<Tag> readOnlyTags;
    private final ObservableList<SessionArticle> readOnlyDocuments;
    private final ObservableMap<Long, String> readOnlyMemos;

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
    public ClaimsViewModel(ProjectFile project, CorpusSession corpus, UndoHistory history, Jobs jobs) {
        this(project, corpus, history, jobs, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime}, for how often computed counterparts are shown */
    ClaimsViewModel(ProjectFile project, CorpusSession corpus, UndoHistory history, Jobs jobs, LongSupplier clock) {
        this.project = project;
        this.history = history;
        this.service = new ClaimService(project, history);
        this.table = new ClaimsTable(project, corpus, jobs, message::set, message::set, clock);
        this.counterparts = table.counterparts();
        this.filters = new ClaimFilters(table.tags, table.documents, table.treeProperty());
        this.filtered = new FilteredList<>(table.rows);
        filtered.predicateProperty().bind(filters.predicateBinding());
        readOnlyRows = FXCollections.unmodifiableObservableList(table.rows);
        readOnlyTags = FXCollections.unmodifiableObservableList(table.tags);
        readOnlyDocuments = FXCollections.unmodifiableObservableList(table.documents);
        readOnlyMemos = FXCollections.unmodifiableObservableMap(table.memos);
        historyListener = this::historyChanged;
        history.addListener(historyListener);
        reload();
        showHistory();
    }

    /** Stops following the undo history and computing counterparts, e.g. when the project is closed. */
    public void close() {
        history.removeListener(historyListener);
        counterparts.cancel();
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

    /** The tags in tree order: each followed by those nested under it ({@link #tagTree()}). */
    public ObservableList<Tag> tags() {
        return readOnlyTags;
    }

    /** The tags as the tree they make, as last read. */
    public TagTree tagTree() {
        return table.treeProperty().get();
    }

    /** The tag tree, replaced whenever the tags are read again. */
    public ReadOnlyObjectProperty<TagTree> tagTreeProperty() {
        return table.treeProperty();
    }

    /** The memo of each article that has one, by document id; follows edits, undo and redo. */
    public ObservableMap<Long, String> articleMemos() {
        return readOnlyMemos;
    }

    /** The article's memo, empty when it has none. */
    public String articleMemo(long documentId) {
        return table.memos.getOrDefault(documentId, "");
    }

    public ObservableList<SessionArticle> documents() {
        return readOnlyDocuments;
    }

    /** Shows only claims with this tag or a tag nested under it; {@code null} for all. */
    public ObjectProperty<Tag> tagFilterProperty() {
        return filters.tag;
    }

    public ObjectProperty<ClaimStatus> statusFilterProperty() {
        return filters.status;
    }

    public ObjectProperty<SessionArticle> documentFilterProperty() {
        return filters.document;
    }

    /** Shows only claims whose cells hold every word typed, in any case. */
    public StringProperty searchTextProperty() {
        return filters.searchText;
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

    /**
     * Why the latest command was refused, or what the background work last had to say (counterparts not
     * found, or computed again under new difference rules), for the status line; or empty.
     */
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
        return table.rows.stream().filter(r -> r.id() == claimId).findFirst();
    }

    /** The claims of one article, for its underlines. */
    public List<Claim> claimsIn(long documentId) {
        return table.rows.stream().filter(r -> r.document().id() == documentId).map(ClaimRow::claim).toList();
    }

    public Optional<SessionArticle> document(long documentId) {
        return table.document(documentId);
    }

    public String documentName(long documentId) {
        return table.documentName(documentId);
    }

    /** An article as the claims table names it: its outlet where it states one (see {@link ClaimsTable}). */
    public String documentLabel(long documentId) {
        return table.documentLabel(documentId);
    }

    /** How many claims carry the tag itself. */
    public long claimsWithTag(long tagId) {
        return table.rows.stream().filter(r -> r.tags().stream().anyMatch(t -> t.id() == tagId)).count();
    }

    /** How many claims carry the tag or one nested under it (each claim once). */
    public long claimsUnderTag(long tagId) {
        var under = tagTree().withDescendants(tagId);
        return table.rows.stream().filter(r -> r.tags().stream().anyMatch(t -> under.contains(t.id()))).count();
    }

    // ---- loading

    /** Reads the articles, tags, memos and claims again, in the background (on opening, after an import). */
    public void reload() {
        table.reload();
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

    /** @param parentId the tag to nest the new one under, 0 for the top level */
    public boolean createTag(String name, String colour, long parentId) {
        return command(() -> service.createTag(name, colour, parentId)).isPresent();
    }

    /** Nests the tag under {@code parentId} (0: the top level); refused when that would make a cycle. */
    public boolean moveTag(long tagId, long parentId) {
        return command(() -> service.moveTag(tagId, parentId)).isPresent();
    }

    public boolean setTagMemo(long tagId, String memo) {
        return command(() -> service.setTagMemo(tagId, memo)).isPresent();
    }

    /** Sets the article's memo (empty for none) as one undoable edit; {@link #articleMemos()} follows. */
    public boolean setArticleMemo(long documentId, String memo) {
        return command(() -> service.setArticleMemo(documentId, memo)).isPresent();
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

    /**
     * Deletes the tag, taking it off the claims that have it ({@link #claimsWithTag}); the tags nested
     * directly under it move up to its parent.
     */
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

    /**
     * Computes counterparts under {@code rules} from now on, the analyst's difference rules: those stored
     * under other rules are computed again in the background, and their rows read again when stored.
     */
    public void followRules(CompareOptions rules) {
        counterparts.follow(rules);
    }

    /** The difference rules counterparts are computed under now. */
    public CompareOptions rules() {
        return counterparts.rules();
    }

    // ---- internals

    private void historyChanged(Touched touched) {
        showHistory();
        table.update(touched);
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
