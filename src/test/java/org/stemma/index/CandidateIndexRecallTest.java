package org.stemma.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.analysis.AnalyzedDocument;
import org.stemma.analysis.Analyzer;
import org.stemma.bench.SyntheticCorpus;
import org.stemma.corpus.Document;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index against a brute-force scan of every pair of a 500-article derived corpus (families of wire
 * copies, excerpts and spun rewrites among distractors, {@link SyntheticCorpus}): the exact share of
 * word 3-grams, computed here from the analyses independently of the index's hashing.
 */
class CandidateIndexRecallTest {

    private static final int N = 500;
    private static List<SyntheticCorpus.Article> corpus;
    private static CandidateIndex index;
    private static int[][] trigrams;

    @BeforeAll
    static void build() {
        corpus = SyntheticCorpus.generate(N, 7);
        List<AnalyzedDocument> analysed = corpus.parallelStream()
                .map(a -> Analyzer.analyze(Document.of(a.name(), "", a.text()))).toList();
        index = new CandidateIndex();
        trigrams = new int[N][];
        for (int i = 0; i < N; i++) {
            index.add(i, analysed.get(i));
            trigrams[i] = exactTrigrams(analysed.get(i));
        }
    }

    @Test
    void pairsFindEveryPairThatBruteForceCallsACopy() {
        Set<Long> found = new HashSet<>();
        for (CandidatePair p : index.pairs()) {
            found.add(p.a() * N + p.b());
        }
        int copies = 0;
        int recalled = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                if (containment(trigrams[i], trigrams[j]) >= 0.2) {
                    copies++;
                    if (found.contains((long) i * N + j)) {
                        recalled++;
                    } else {
                        missed.add(i + "-" + j);
                    }
                }
            }
        }
        assertTrue(copies > 300, "the corpus has copies: " + copies);
        assertTrue(recalled >= 0.98 * copies, recalled + " of " + copies + "; missed " + missed);
    }

    @Test
    void everyDerivationIsAPairAndAlmostEveryPairIsRelated() {
        List<CandidatePair> pairs = index.pairs();
        Set<Long> found = new HashSet<>();
        int related = 0;
        for (CandidatePair p : pairs) {
            found.add(p.a() * N + p.b());
            SyntheticCorpus.Article a = corpus.get((int) p.a());
            SyntheticCorpus.Article b = corpus.get((int) p.b());
            if (a.family() >= 0 && a.family() == b.family() || b.source() == a.index()) {
                related++;
            }
        }
        int derived = 0;
        int recalled = 0;
        for (SyntheticCorpus.Article a : corpus) {
            if (a.source() >= 0) {
                derived++;
                if (found.contains((long) Math.min(a.source(), a.index()) * N + Math.max(a.source(), a.index()))) {
                    recalled++;
                }
            }
        }
        assertTrue(recalled >= 0.97 * derived, recalled + " of " + derived + " derivations");
        assertTrue(related >= 0.9 * pairs.size(), related + " of " + pairs.size() + " pairs in one family");
    }

    @Test
    void aSpunRewriteFindsItsFamilyFirst() {
        int spun = 0;
        int right = 0;
        for (SyntheticCorpus.Article a : corpus) {
            if (a.kind() == SyntheticCorpus.Kind.SPUN) {
                spun++;
                List<Candidate> best = index.similarTo(a.index(), 1);
                if (!best.isEmpty() && corpus.get((int) best.get(0).id()).family() == a.family()) {
                    right++;
                }
            }
        }
        assertTrue(spun > 30 && right >= 0.95 * spun, right + " of " + spun);
    }

    @Test
    void aSentenceIsFoundInEveryArticleThatCarriesItExactly() {
        int checked = 0;
        for (int i = 0; i < N; i += 25) {
            String text = corpus.get(i).text();
            List<String> paragraphs = Arrays.stream(text.split("\n\n"))
                    .filter(p -> p.length() > 120 && !p.startsWith("Sign up")).toList();
            String passage = paragraphs.get(paragraphs.size() / 2);
            Set<Long> carrying = new HashSet<>();
            index.carrying(passage, N).forEach(c -> carrying.add(c.id()));
            for (int j = 0; j < N; j++) {
                if (corpus.get(j).text().contains(passage)) {
                    assertTrue(carrying.contains((long) j), "article " + j + " carries «" + passage + "»");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "passages checked: " + checked);
    }

    /** Sorted distinct hashes of the word triples of the article proper, as strings. */
    private static int[] exactTrigrams(AnalyzedDocument doc) {
        List<String> words = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.boilerplate()) {
                s.tokens().stream().map(Token::form).forEach(words::add);
            }
        }
        Set<Integer> set = new HashSet<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            set.add((words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2)).hashCode());
        }
        int[] out = set.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static double containment(int[] a, int[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) org.stemma.text.SortedIds.shared(a, b) / smaller;
    }
}
