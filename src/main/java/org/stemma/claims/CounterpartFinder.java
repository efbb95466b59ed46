package org.stemma.claims;

import org.stemma.align.Aligner;
import org.stemma.align.CompareOptions;
import org.stemma.align.Comparison;
import org.stemma.align.Counterpart;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.index.Candidate;
import org.stemma.index.CandidateIndex;
import org.stemma.model.Anchor;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCounterpart;
import org.stemma.model.CounterpartKind;
import org.stemma.store.ProjectException;
import org.stemma.store.ProjectFile;
import org.stemma.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what became of a claim's passage in every other document of a project, through the aligner
 * (decision records 0702, 0913). Only the articles the candidate index names are aligned: those likely
 * to carry the passage and those sharing much text with the claimed article (where a paraphrase may
 * hide it); every other article is reported absent without aligning. Analyses come from the corpus;
 * comparisons are cached, so a second claim on an article costs little. Callers run this off the
 * JavaFX thread. One instance serves one project under one set of difference rules, given by the caller
 * (decision 1421): a copy that differs only by what the rules make equal (Kiev = Kyiv) is
 * {@link CounterpartKind#SAME}; the stored counterparts record the rules, so that those computed under
 * other rules can be found ({@link #outOfStep}) and computed again ({@link #bringInStep}). It is safe to
 * call from several threads.
 */
public final class CounterpartFinder {

    /** Comparisons kept: enough for every pair of a few dozen articles seen from the claimed ones. */
    static final int MAX_COMPARISONS = 64;
    /** Articles carrying at least this share of the passage's 3-grams are aligned. */
    static final double CARRYING = 0.1;
    /** At most this many articles are aligned for one passage, from each of the two sources. */
    static final int MAX_ALIGNED = 100;

    private record PairKey(long left, long right) {
    }

    /** Told how far {@link #bringInStep} is, and asked whether to stop. */
    public interface Steps {
        /** The claim's counterparts were computed again and stored; told before {@link #done}. */
        default void stored(long claimId) {
        }

        void done(int claims, int of);

        boolean cancelled();
    }

    private final ProjectFile project;
    private final AnalysedCorpus corpus;
    private final CompareOptions rules;
    private final Map<PairKey, Comparison> comparisons = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PairKey, Comparison> eldest) {
            return size() > MAX_COMPARISONS;
        }
    };

    /** @param rules what counts as a difference: the project's ({@code project.compareOptions().load()}) */
    public CounterpartFinder(ProjectFile project, AnalysedCorpus corpus, CompareOptions rules) {
        this.project = project;
        this.corpus = corpus;
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
    }

    public CompareOptions rules() {
        return rules;
    }

    /**
     * The counterparts of {@code passage} of document {@code documentId} in every other document, for the
     * claim {@code claimId} (0 for a passage not yet claimed), unstored, in the order documents were added.
     */
    public synchronized List<ClaimCounterpart> find(long claimId, long documentId, Span passage) {
        AnalyzedDocument left = corpus.analysis(documentId);
        Set<Long> aligned = new HashSet<>();
        for (Candidate c : corpus.index().carrying(passage.of(left.text()), MAX_ALIGNED)) {
            if (c.score() >= CARRYING) {
                aligned.add(c.id());
            }
        }
        for (Candidate c : corpus.index().similarTo(documentId, MAX_ALIGNED)) {
            if (c.score() >= CandidateIndex.PAIR_SCORE) {
                aligned.add(c.id());
            }
        }
        List<ClaimCounterpart> found = new ArrayList<>();
        for (long right : corpus.documentIds()) {
            if (right == documentId) {
                continue;
            }
            if (aligned.contains(right)) {
                AnalyzedDocument r = corpus.analysis(right);
                Counterpart counterpart = Counterpart.of(comparison(documentId, left, right, r), passage);
                found.add(ClaimCounterparts.of(claimId, right, r.text(), counterpart));
            } else {
                found.add(ClaimCounterpart.computed(claimId, right, CounterpartKind.ABSENT, null, null, "[]"));
            }
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
            return Optional.of(project.counterparts().replaceFor(claim.id(), computed, rules.fingerprint()));
        });
    }

    /** The claims whose stored counterparts were computed under other rules than this finder's. */
    public List<Claim> outOfStep() throws ProjectException {
        List<Claim> claims = new ArrayList<>();
        for (long id : project.counterparts().outOfStep(rules.fingerprint())) {
            project.claims().get(id).ifPresent(claims::add);
        }
        return claims;
    }

    /**
     * Computes again the counterparts of every claim {@link #outOfStep}, until none is (another finder
     * may store under older rules meanwhile), each claim at most once; stops between claims when
     * {@code steps} is cancelled, keeping what is stored.
     *
     * @return the claims whose counterparts were stored
     */
    public Set<Long> bringInStep(Steps steps) throws ProjectException {
        Set<Long> tried = new HashSet<>();
        Set<Long> stored = new LinkedHashSet<>();
        List<Claim> todo = outOfStep();
        int total = todo.size();
        while (!todo.isEmpty()) {
            for (Claim claim : todo) {
                if (steps.cancelled()) {
                    return stored;
                }
                tried.add(claim.id());
                if (update(claim).isPresent()) {
                    stored.add(claim.id());
                    steps.stored(claim.id());
                }
                steps.done(tried.size(), total);
            }
            todo = outOfStep().stream().filter(c -> !tried.contains(c.id())).toList();
            total += todo.size();
        }
        return stored;
    }

    /** Forgets the comparisons cached, e.g. after documents were removed from the project. */
    public synchronized void clear() {
        comparisons.clear();
    }

    private Comparison comparison(long leftId, AnalyzedDocument l, long rightId, AnalyzedDocument r) {
        PairKey key = new PairKey(leftId, rightId);
        Comparison cached = comparisons.get(key);
        if (cached != null && cached.left() == l && cached.right() == r) {
            return cached;
        }
        Comparison reverse = comparisons.get(new PairKey(rightId, leftId));
        Comparison fresh = reverse != null && reverse.left() == r && reverse.right() == l
                ? reverse.swapped() : Aligner.compare(l, r, Aligner.Furniture.LEFT_OUT, rules);
        comparisons.put(key, fresh);
        return fresh;
    }
}
