package org.stemma.claims;

import org.stemma.align.Aligner;
import org.stemma.align.Comparison;
import org.stemma.align.Counterpart;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.model.Anchor;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.store.StoredDocument;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what became of a claim's passage in every other document of a project, through the aligner
 * (decision record 0702). Analyses and comparisons are cached, so a second claim on an article costs
 * little; the first aligns the article with every other one (some 50 ms per pair of sample articles in a
 * warm program, seconds in a cold one or on long articles), so callers run this off the JavaFX thread.
 * One instance serves one project; it is safe to call from several threads.
 */
public final class CounterpartFinder {

    /** Comparisons kept: enough for every pair of a few dozen articles seen from the claimed ones. */
    static final int MAX_COMPARISONS = 64;

    private record PairKey(long left, long right) {
    }

    private final ProjectFile project;
    private final Map<Long, AnalyzedDocument> analyses = new HashMap<>();
    private final Map<PairKey, Comparison> comparisons = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PairKey, Comparison> eldest) {
            return size() > MAX_COMPARISONS;
        }
    };

    public CounterpartFinder(ProjectFile project) {
        this.project = project;
    }

    /**
     * The counterparts of {@code passage} of document {@code documentId} in every other document, for the
     * claim {@code claimId} (0 for a passage not yet claimed), unstored, in the order documents were added.
     */
    public synchronized List<ClaimCounterpart> find(long claimId, long documentId, Span passage) throws ProjectException {
        StoredDocument left = project.documents().get(documentId)
                .orElseThrow(() -> new IllegalArgumentException("there is no document " + documentId));
        List<ClaimCounterpart> found = new ArrayList<>();
        for (StoredDocument right : project.documents().list()) {
            if (right.id() == documentId) {
                continue;
            }
            Comparison comparison = comparison(left, right);
            Counterpart counterpart = Counterpart.of(comparison, passage);
            found.add(ClaimCounterparts.of(claimId, right.id(), right.text(), counterpart));
        }
        return found;
    }

    /**
     * Computes the claim's counterparts and stores them in place of the old ones, keeping the analyst's
     * review of every finding that has not changed. Nothing is stored when the claim was deleted or moved
     * meanwhile (the caller asks again for the moved claim).
     *
     * @return the stored counterparts, or empty when the claim is gone or moved
     */
    public Optional<List<ClaimCounterpart>> update(Claim claim) throws ProjectException {
        Anchor anchor = claim.anchor();
        List<ClaimCounterpart> computed = find(claim.id(), claim.documentId(), new Span(anchor.start(), anchor.end()));
        return project.transaction(() -> {
            Optional<Claim> now = project.claims().get(claim.id());
            if (now.isEmpty() || !now.get().anchor().equals(anchor)) {
                return Optional.empty();
            }
            return Optional.of(project.counterparts().replaceFor(claim.id(), computed));
        });
    }

    /** Forgets everything cached, e.g. after documents were removed from the project. */
    public synchronized void clear() {
        analyses.clear();
        comparisons.clear();
    }

    private Comparison comparison(StoredDocument left, StoredDocument right) {
        AnalyzedDocument l = analysed(left);
        AnalyzedDocument r = analysed(right);
        PairKey key = new PairKey(left.id(), right.id());
        Comparison cached = comparisons.get(key);
        if (cached != null && cached.left() == l && cached.right() == r) {
            return cached;
        }
        Comparison reverse = comparisons.get(new PairKey(right.id(), left.id()));
        Comparison fresh = reverse != null && reverse.left() == r && reverse.right() == l
                ? reverse.swapped() : Aligner.compare(l, r);
        comparisons.put(key, fresh);
        return fresh;
    }

    /** The document's analysis, redone only when its text is no longer the one analysed. */
    private AnalyzedDocument analysed(StoredDocument document) {
        AnalyzedDocument cached = analyses.get(document.id());
        if (cached == null || !cached.text().equals(document.text())) {
            cached = Analyzer.analyze(document.document());
            analyses.put(document.id(), cached);
        }
        return cached;
    }
}
