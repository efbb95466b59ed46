package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles as {@link FamilyEngine} sees them: each analysis with the lines that are furniture across
 * the corpus marked ({@link CorpusFurniture}). The last {@value #CACHED} marked are kept at hand; the
 * others are read again from the engine's {@link FamilyEngine.Analyses} and marked again. The engine
 * calls every method but {@link #document} under its own lock; {@link #document} also runs from the
 * alignments on every core.
 */
final class MarkedArticles {

    /** Analyses with corpus furniture marked, kept at hand; the others are read again from the source. */
    private static final int CACHED = 1024;

    private final FamilyEngine.Analyses analyses;
    /** The analyses given to {@link #add}, kept only when no other source was given. */
    private final Map<Long, AnalyzedDocument> given;
    private final Map<Long, AnalyzedDocument> marked = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, AnalyzedDocument> eldest) {
                    return size() > CACHED;
                }
            });
    private final CorpusFurniture corpusFurniture = new CorpusFurniture();
    private Set<Long> furniture = Set.of();

    /** Articles whose analyses are kept as given (files on a command line, tests). */
    MarkedArticles() {
        this.given = new ConcurrentHashMap<>();
        this.analyses = given::get;
    }

    /** Articles whose analyses are read again from {@code analyses} (the corpus session); none are kept. */
    MarkedArticles(FamilyEngine.Analyses analyses) {
        this.given = null;
        this.analyses = analyses;
    }

    void add(long id, AnalyzedDocument doc) {
        if (given != null) {
            given.put(id, doc);
        }
        corpusFurniture.add(id, doc);
    }

    void remove(long id) {
        if (given != null) {
            given.remove(id);
        }
        marked.remove(id);
        corpusFurniture.remove(id);
    }

    /** Takes the corpus furniture as it now stands and forgets every mark made before (a restored run). */
    void resetFurniture() {
        furniture = corpusFurniture.furniture();
        marked.clear();
    }

    /**
     * Takes the corpus furniture as it now stands: the articles carrying a line whose standing changed
     * are marked again when next asked for, and returned (their pairs are no longer valid).
     */
    Set<Long> refreshFurniture() {
        Set<Long> now = corpusFurniture.furniture();
        Set<Long> changed = new HashSet<>(now);
        changed.addAll(furniture);
        Set<Long> both = new HashSet<>(now);
        both.retainAll(furniture);
        changed.removeAll(both);
        furniture = now;
        if (changed.isEmpty()) {
            return Set.of();
        }
        Set<Long> touched = corpusFurniture.carriersOf(changed);
        touched.forEach(marked::remove);
        return touched;
    }

    /** The article as the families see it: corpus furniture marked. */
    AnalyzedDocument document(long id) {
        AnalyzedDocument doc = marked.get(id);
        if (doc == null) {
            doc = CorpusFurniture.mark(analyses.analysis(id), furniture);
            marked.put(id, doc);
        }
        return doc;
    }

    /** Hashes of the folded lines judged furniture across the corpus. */
    Set<Long> furniture() {
        return furniture;
    }
}
