package org.stemma.ui.ledger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.claims.ClaimDraft;
import org.stemma.exchange.LedgerCsv;
import org.stemma.platform.Causes;
import org.stemma.facts.FactGroup;
import org.stemma.model.Claim;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.session.CorpusChange;
import org.stemma.session.CorpusSession;
import org.stemma.text.Span;
import org.stemma.ui.jobs.Jobs;
import org.stemma.ui.jobs.Requests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Ledger and Facts views show: the quotation ledger and the shared facts of the corpus session,
 * computed through {@link Jobs} off the JavaFX thread and again whenever the session changes (only the
 * newest result is shown), filtered by "altered only", speaker and outlet; and what a row's double-click
 * and "Tag as claim" do, through the hooks the window sets.
 */
public final class LedgerViewModel {

    private static final System.Logger LOG = System.getLogger(LedgerViewModel.class.getName());

    /** What the window does when a row is opened. Offsets are the articles' own. */
    public interface Opener {
        /** Shows one article with a passage selected. */
        void article(long document, Span passage);

        /** Shows two articles side by side with each passage selected. */
        void compare(long left, Span leftPassage, long right, Span rightPassage);
    }

    /** What the analyst checks first: the altered, then the most widely carried, then the rest as found. */
    private static final Comparator<LedgerEntry> ENTRY_ORDER = Comparator
            .comparing((LedgerEntry e) -> !e.has(LedgerEntry.Flag.ALTERED))
            .thenComparing(e -> e.flags().isEmpty())
            .thenComparing(Comparator.comparingLong(LedgerEntry::articleCount).reversed())
            .thenComparingInt(LedgerEntry::id);
    private static final Comparator<FactGroup> FACT_ORDER = Comparator
            .comparing((FactGroup g) -> !g.flags().contains(FactGroup.Flag.DISCREPANCY))
            .thenComparing(g -> g.flags().isEmpty())
            .thenComparing(Comparator.comparingLong(FactGroup::articleCount).reversed())
            .thenComparingInt(FactGroup::id);

    private final Jobs jobs;
    private final Executor fx;
    private final Requests requests = new Requests();
    private final Consumer<CorpusChange> listener;
    private final ObservableList<LedgerEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FactGroup> facts = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final BooleanProperty alteredOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<String> outlet = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Opener> opener = new SimpleObjectProperty<>();
    private final ObjectProperty<Function<ClaimDraft, Optional<Claim>>> claims = new SimpleObjectProperty<>();
    private LedgerData data = LedgerData.EMPTY;
    private CorpusSession session;
    private boolean refreshQueued;
    private boolean active = true;
    private boolean stale;

    /** @param fx runs work on the JavaFX thread ({@code Platform::runLater}); session changes come from any thread */
    public LedgerViewModel(Jobs jobs, Executor fx) {
        this.jobs = jobs;
        this.fx = fx;
        this.listener = change -> fx.execute(this::changed);
        alteredOnly.addListener((o, was, now) -> filter());
        speaker.addListener((o, was, now) -> filter());
        outlet.addListener((o, was, now) -> filter());
    }

    /** Follows a corpus session (or none), computing its ledger now and again after each change. */
    public CompletableFuture<Void> use(CorpusSession shown) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = shown;
        if (shown != null) {
            shown.addListener(listener);
        }
        return refresh();
    }

    /**
     * Whether the views are shown: while they are not, a change only marks the ledger out of date, and it
     * is computed again when they are shown (at 10,000 articles each computation costs most of a minute).
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            refresh();
        }
    }

    /** A burst of changes (an import adding many articles) asks for one computation, not one per article. */
    private void changed() {
        if (!active) {
            stale = true;
        } else if (!refreshQueued) {
            refreshQueued = true;
            fx.execute(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    /** Computes the ledger of the session as it is now; a result older than the latest asked for is dropped. */
    public CompletableFuture<Void> refresh() {
        long mine = requests.next();
        stale = false;
        CorpusSession of = session;
        if (of == null) {
            show(LedgerData.EMPTY);
            return CompletableFuture.completedFuture(null);
        }
        message.set("Building the quotation ledger…");
        return jobs.submit("Building the quotation ledger", () -> LedgerData.of(of)).handle((computed, failure) -> {
            if (!requests.isLatest(mine)) {
                return null;
            }
            if (failure != null) {
                LOG.log(System.Logger.Level.ERROR, "the quotation ledger could not be built", failure);
                message.set("The quotation ledger could not be built: see the log");
            } else {
                show(computed);
            }
            return null;
        });
    }

    private void show(LedgerData computed) {
        data = computed;
        TreeSet<String> s = new TreeSet<>();
        TreeSet<String> o = new TreeSet<>();
        for (LedgerEntry e : data.ledger()) {
            if (e.speaker() != null) {
                s.add(e.speaker());
            }
            e.members().forEach(m -> o.add(outletOf(m.document())));
        }
        data.facts().forEach(g -> g.members().forEach(m -> o.add(outletOf(m.document()))));
        speakers.setAll(s);
        outlets.setAll(o);
        filter();
        message.set(data.ledger().size() + " quotations, " + data.facts().size() + " shared facts");
    }

    private void filter() {
        List<LedgerEntry> shown = new ArrayList<>();
        for (LedgerEntry e : data.ledger()) {
            boolean altered = !alteredOnly.get() || e.has(LedgerEntry.Flag.ALTERED);
            boolean bySpeaker = speaker.get() == null || Objects.equals(speaker.get(), e.speaker());
            boolean byOutlet = outlet.get() == null
                    || e.members().stream().anyMatch(m -> outlet.get().equals(outletOf(m.document())));
            if (altered && bySpeaker && byOutlet) {
                shown.add(e);
            }
        }
        shown.sort(ENTRY_ORDER);
        entries.setAll(shown);
        facts.setAll(data.facts().stream().sorted(FACT_ORDER).filter(g -> !alteredOnly.get() || !g.flags().isEmpty())
                .filter(g -> outlet.get() == null
                        || g.members().stream().anyMatch(m -> outlet.get().equals(outletOf(m.document()))))
                .toList());
    }

    // ---- what a row does

    /**
     * A double-click: two wordings selected in different articles are compared side by side; one wording
     * opens its article at the quotation; the entry's row compares the reference with the first wording
     * that differs from it (or opens the reference when one article carries it).
     */
    public void open(LedgerEntry entry, List<Member> selected) {
        List<Member> pair = distinctArticles(selected, Member::document);
        if (pair.size() >= 2) {
            compare(pair.get(0).document(), pair.get(0).span(), pair.get(1).document(), pair.get(1).span());
            return;
        }
        if (pair.size() == 1) {
            article(pair.get(0).document(), pair.get(0).span());
            return;
        }
        Member ref = entry.reference() != null ? entry.reference() : entry.members().get(0);
        Optional<Member> other = entry.members().stream().filter(m -> m.document() != ref.document())
                .min((a, b) -> Boolean.compare(a.flags().isEmpty(), b.flags().isEmpty()));
        if (other.isPresent()) {
            compare(ref.document(), ref.span(), other.get().document(), other.get().span());
        } else {
            article(ref.document(), ref.span());
        }
    }

    /** As {@link #open(LedgerEntry, List)} for a fact: its statements, each at its sentence. */
    public void openFact(FactGroup group, List<FactGroup.Member> selected) {
        List<FactGroup.Member> pair = distinctArticles(selected, FactGroup.Member::document);
        if (selected.isEmpty()) {
            // The group's row: its first statement beside the first other article's that words it differently.
            FactGroup.Member first = group.members().get(0);
            pair = new ArrayList<>(List.of(first));
            group.members().stream().filter(m -> m.document() != first.document())
                    .min(Comparator.comparing(m -> m.fact().text().equals(first.fact().text()))).ifPresent(pair::add);
        }
        if (pair.size() >= 2) {
            compare(pair.get(0).document(), sentence(pair.get(0)), pair.get(1).document(), sentence(pair.get(1)));
        } else if (!pair.isEmpty()) {
            article(pair.get(0).document(), sentence(pair.get(0)));
        }
    }

    private Span sentence(FactGroup.Member m) {
        return data.factSentences().getOrDefault(m, m.fact().span());
    }

    private static <T> List<T> distinctArticles(List<T> items, java.util.function.ToLongFunction<T> document) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (out.stream().noneMatch(o -> document.applyAsLong(o) == document.applyAsLong(t))) {
                out.add(t);
            }
        }
        return out;
    }

    private void article(long document, Span passage) {
        Opener o = opener.get();
        if (o != null) {
            o.article(document, passage);
        }
    }

    private void compare(long left, Span leftPassage, long right, Span rightPassage) {
        Opener o = opener.get();
        if (o != null) {
            o.compare(left, leftPassage, right, rightPassage);
        }
    }

    /** Tags a quotation's row as a claim in its article (the reference's for the entry's row). */
    public Optional<Claim> tag(LedgerEntry entry, Member member) {
        return save(LedgerClaims.quotation(entry, member, this::fullName));
    }

    /** Tags a fact's row as a claim, at the sentence stating it. */
    public Optional<Claim> tagFact(FactGroup group, FactGroup.Member member) {
        return save(LedgerClaims.fact(group, member, data.factSentences(), this::fullName));
    }

    private Optional<Claim> save(ClaimDraft draft) {
        Function<ClaimDraft, Optional<Claim>> to = claims.get();
        if (to == null) {
            message.set("Open a project to tag claims (File › Open Project…)");
            return Optional.empty();
        }
        Optional<Claim> saved = to.apply(draft);
        saved.ifPresent(c -> message.set("Tagged as claim " + c.id() + " in " + fullName(c.documentId())
                + " (Claims › Undo takes it back)"));
        return saved;
    }

    /**
     * Writes the quotations shown (as filtered) to a CSV file, one row per wording, with the claims export's
     * formula guard ({@link LedgerCsv}); the articles' outlets and dates are read from the session in the job.
     */
    public CompletableFuture<Integer> exportCsv(Path file) {
        List<LedgerEntry> shown = List.copyOf(entries);
        CorpusSession of = session;
        LedgerData from = data;
        if (of == null || shown.isEmpty()) {
            message.set("No quotations to export");
            return CompletableFuture.completedFuture(0);
        }
        return jobs.submit("Exporting the quotation ledger", () -> {
            Map<Long, AnalyzedDocument> articles = new java.util.HashMap<>();
            shown.forEach(e -> e.members().forEach(m -> articles.computeIfAbsent(m.document(), of::analysis)));
            return LedgerCsv.export(shown, articles, id -> from.article(id).name(), file);
        }).handle((rows, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.ERROR, "the quotation ledger could not be exported to " + file, failure);
                message.set("Could not export to " + file.getFileName() + ": " + Causes.describe(failure));
                return 0;
            }
            message.set("Wrote " + rows + " rows to " + file.getFileName());
            return rows;
        });
    }

    // ---- what the rows show

    /** The outlet an article states, or its name when it states none. */
    String outletOf(long document) {
        return data.article(document).label();
    }

    private String fullName(long document) {
        return data.article(document).full();
    }

    /** The outlets carrying an entry, in one line: "The BOL News, California18 ×2". */
    String outletsOf(LedgerEntry e) {
        return outlets(e.members().stream().mapToLong(Member::document));
    }

    String outletsOf(FactGroup g) {
        return outlets(g.members().stream().mapToLong(FactGroup.Member::document));
    }

    private String outlets(java.util.stream.LongStream documents) {
        Map<String, Long> counts = documents.distinct().mapToObj(this::outletOf)
                .collect(Collectors.groupingBy(o -> o, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(c -> c.getValue() == 1 ? c.getKey() : c.getKey() + " ×" + c.getValue())
                .collect(Collectors.joining(", "));
    }

    List<Wording.Piece> wording(Member m) {
        return data.wordings().getOrDefault(m, List.of(new Wording.Piece(m.text(), false)));
    }

    public ObservableList<LedgerEntry> entries() {
        return entries;
    }

    public ObservableList<FactGroup> facts() {
        return facts;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    public ObservableList<String> outletChoices() {
        return outlets;
    }

    public BooleanProperty alteredOnlyProperty() {
        return alteredOnly;
    }

    public ObjectProperty<String> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<String> outletProperty() {
        return outlet;
    }

    /** What the last action or computation came to, for the window's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<Opener> openerProperty() {
        return opener;
    }

    /** Saves a claim as one undoable edit (the claims table's view model), or empty when refused. */
    public ObjectProperty<Function<ClaimDraft, Optional<Claim>>> claimsProperty() {
        return claims;
    }
}
