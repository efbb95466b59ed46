package org.stemma.ui.ledger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.facts.FactGroup;
import org.stemma.facts.FactLedger;
import org.stemma.quotes.Ledger;
import org.stemma.quotes.LedgerEntry;
import org.stemma.quotes.Member;
import org.stemma.ui.jobs.Jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the Ledger and Facts views show: the quotation ledger and the shared facts of the articles given,
 * computed through {@link Jobs} off the JavaFX thread, filtered by "altered only", speaker and outlet.
 */
public final class LedgerViewModel {

    /** Everything computed for one set of articles. */
    record Computed(Map<Long, AnalyzedDocument> articles, List<LedgerEntry> ledger, List<FactGroup> facts) {
    }

    private final Jobs jobs;
    private final ObservableList<LedgerEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FactGroup> facts = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final BooleanProperty alteredOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<String> outlet = new SimpleObjectProperty<>();
    private Computed computed = new Computed(Map.of(), List.of(), List.of());
    private int generation;

    public LedgerViewModel(Jobs jobs) {
        this.jobs = jobs;
        alteredOnly.addListener((o, was, now) -> filter());
        speaker.addListener((o, was, now) -> filter());
        outlet.addListener((o, was, now) -> filter());
    }

    /** Recomputes for {@code articles} (by document id); a newer call supersedes a running one. */
    public CompletableFuture<Void> show(Map<Long, AnalyzedDocument> articles) {
        Map<Long, AnalyzedDocument> copy = Map.copyOf(articles);
        return show(() -> copy);
    }

    /** As {@link #show(Map)}, with the articles read (and analysed if need be) inside the job. */
    public CompletableFuture<Void> show(Supplier<Map<Long, AnalyzedDocument>> articles) {
        int current = ++generation;
        return jobs.submit("Building the quotation ledger", () -> compute(articles.get())).thenAccept(c -> {
            if (current == generation) {
                computed = c;
                choices();
                filter();
            }
        });
    }

    static Computed compute(Map<Long, AnalyzedDocument> articles) {
        Map<Long, AnalyzedDocument> ordered = new java.util.TreeMap<>(articles);
        List<Ledger.Source> sources = ordered.entrySet().parallelStream()
                .map(e -> Ledger.Source.of(e.getKey(), e.getValue())).toList();
        List<FactLedger.Source> factSources = ordered.entrySet().parallelStream()
                .map(e -> FactLedger.Source.of(e.getKey(), e.getValue())).toList();
        return new Computed(ordered, Ledger.build(sources), FactLedger.build(factSources));
    }

    private void choices() {
        TreeSet<String> s = new TreeSet<>();
        TreeSet<String> o = new TreeSet<>();
        for (LedgerEntry e : computed.ledger) {
            if (e.speaker() != null) {
                s.add(e.speaker());
            }
            e.members().forEach(m -> o.add(outletOf(m.document())));
        }
        speakers.setAll(s);
        outlets.setAll(o);
    }

    private void filter() {
        List<LedgerEntry> shown = new ArrayList<>();
        for (LedgerEntry e : computed.ledger) {
            boolean altered = !alteredOnly.get() || e.has(LedgerEntry.Flag.ALTERED);
            boolean bySpeaker = speaker.get() == null || Objects.equals(speaker.get(), e.speaker());
            boolean byOutlet = outlet.get() == null
                    || e.members().stream().anyMatch(m -> outlet.get().equals(outletOf(m.document())));
            if (altered && bySpeaker && byOutlet) {
                shown.add(e);
            }
        }
        entries.setAll(shown);
        facts.setAll(computed.facts.stream().filter(g -> !alteredOnly.get() || !g.flags().isEmpty())
                .filter(g -> outlet.get() == null
                        || g.members().stream().anyMatch(m -> outlet.get().equals(outletOf(m.document()))))
                .toList());
    }

    /** The outlet an article states, or its name when it states none. */
    String outletOf(long document) {
        AnalyzedDocument doc = computed.articles.get(document);
        if (doc == null) {
            return "";
        }
        String outlet = doc.document().metadata().outlet();
        return outlet != null ? outlet : doc.document().name();
    }

    /** The article text a member's offsets point into. */
    String text(long document) {
        AnalyzedDocument doc = computed.articles.get(document);
        return doc == null ? "" : doc.text();
    }

    /** The outlets carrying an entry, in one line. */
    String outletsOf(LedgerEntry e) {
        return String.join(", ", e.members().stream().map(Member::document).distinct().map(this::outletOf).toList());
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
}
