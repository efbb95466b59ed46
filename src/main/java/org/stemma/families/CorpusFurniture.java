package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that repeat across many unrelated articles: an outlet's sign-off, a syndicated disclaimer, a
 * "read more" block. Within one page the boilerplate detector finds furniture by its shape; across the
 * corpus a line is furniture when it is carried by many articles that share no other text, so it says
 * nothing about who copied whom. A story's own lines are carried by copies that share many lines, and
 * stay article text however many copies there are.
 */
final class CorpusFurniture {

    /** Fewest carriers for a line to be looked at: two articles sharing a line is ordinary copying. */
    static final int MIN_CARRIERS = 3;
    /** A carrier "shares other text" when it has this many other lines in common with another carrier. */
    private static final int OTHER_LINES = 2;
    private static final int MAX_COUNTED = 200;

    /**
     * Line hash -> ids of the articles carrying it, ascending. Lines are known by a 64-bit hash of their
     * folded words, not kept as text: at 10,000 articles the lines themselves were most of this memory,
     * and two different lines sharing a hash (odds about 10^-8 at a million lines) only mislabels one line.
     */
    private final Map<Long, long[]> carriers = new HashMap<>();
    /** Article id -> the hashes of its lines. */
    private final Map<Long, long[]> lines = new HashMap<>();

    void add(long id, AnalyzedDocument doc) {
        long[] own = lineHashes(doc);
        lines.put(id, own);
        for (long line : own) {
            carriers.merge(line, new long[] {id}, CorpusFurniture::with);
        }
    }

    void remove(long id) {
        long[] own = lines.remove(id);
        if (own == null) {
            return;
        }
        for (long line : own) {
            long[] c = without(carriers.get(line), id);
            if (c.length == 0) {
                carriers.remove(line);
            } else {
                carriers.put(line, c);
            }
        }
    }

    /** The hashes of the lines that are furniture in the corpus as it now stands. */
    Set<Long> furniture() {
        Map<Long, Map<Long, Integer>> common = commonLines();
        Set<Long> out = new HashSet<>();
        for (Map.Entry<Long, long[]> e : carriers.entrySet()) {
            long[] carriedBy = e.getValue();
            if (carriedBy.length < MIN_CARRIERS) {
                continue;
            }
            int self = carriedBy.length <= MAX_COUNTED ? 1 : 0;
            int related = 0;
            for (long id : carriedBy) {
                for (Map.Entry<Long, Integer> peer : common.getOrDefault(id, Map.of()).entrySet()) {
                    if (peer.getValue() - self >= OTHER_LINES && Arrays.binarySearch(carriedBy, peer.getKey()) >= 0) {
                        related++;
                        break;
                    }
                }
            }
            if (related * 2 < carriedBy.length) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * For every article, how many lines it has in common with each other article. Lines carried by more
     * than {@link #MAX_COUNTED} articles are left out: so widely spread, they cannot show a relation.
     */
    private Map<Long, Map<Long, Integer>> commonLines() {
        Map<Long, Map<Long, Integer>> common = new HashMap<>();
        for (long[] ids : carriers.values()) {
            if (ids.length < 2 || ids.length > MAX_COUNTED) {
                continue;
            }
            for (int i = 0; i < ids.length; i++) {
                Map<Long, Integer> row = common.computeIfAbsent(ids[i], k -> new HashMap<>());
                for (int j = 0; j < ids.length; j++) {
                    if (i != j) {
                        row.merge(ids[j], 1, Integer::sum);
                    }
                }
            }
        }
        return common;
    }

    /** Article ids carrying any of {@code changed} lines. */
    Set<Long> carriersOf(Set<Long> changed) {
        Set<Long> out = new HashSet<>();
        for (long line : changed) {
            for (long id : carriers.getOrDefault(line, new long[0])) {
                out.add(id);
            }
        }
        return out;
    }

    /** The document with its corpus-furniture sentences marked as furniture, or itself when it has none. */
    static AnalyzedDocument mark(AnalyzedDocument doc, Set<Long> furniture) {
        if (furniture.isEmpty()) {
            return doc;
        }
        List<Sentence> sentences = doc.sentences();
        List<String> folded = foldedByParagraph(doc);
        List<Sentence> marked = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!s.boilerplate() && furniture.contains(hash(folded.get(s.paragraph())))) {
                if (marked == null) {
                    marked = new ArrayList<>(sentences);
                }
                marked.set(i, new Sentence(s.span(), s.paragraph(), s.tokens(), true));
            }
        }
        return marked == null ? doc
                : new AnalyzedDocument(doc.document(), doc.paragraphs(), marked, doc.findings());
    }

    private static long[] lineHashes(AnalyzedDocument doc) {
        return foldedByParagraph(doc).stream().filter(line -> !line.isEmpty())
                .mapToLong(CorpusFurniture::hash).distinct().toArray();
    }

    /** A 64-bit hash of a folded line (FNV-1a over its chars, then a final mix to spread the bits). */
    static long hash(String line) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < line.length(); i++) {
            h = (h ^ line.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** {@code ids} with {@code id} in its place (ascending), as a new array. */
    private static long[] with(long[] ids, long[] one) {
        int at = Arrays.binarySearch(ids, one[0]);
        if (at >= 0) {
            return ids;
        }
        int i = -at - 1;
        long[] out = new long[ids.length + 1];
        System.arraycopy(ids, 0, out, 0, i);
        out[i] = one[0];
        System.arraycopy(ids, i, out, i + 1, ids.length - i);
        return out;
    }

    private static long[] without(long[] ids, long id) {
        int at = Arrays.binarySearch(ids, id);
        if (at < 0) {
            return ids;
        }
        long[] out = new long[ids.length - 1];
        System.arraycopy(ids, 0, out, 0, at);
        System.arraycopy(ids, at + 1, out, at, ids.length - at - 1);
        return out;
    }

    /** Each paragraph's words in comparison form, joined by spaces ("" for a paragraph of furniture). */
    private static List<String> foldedByParagraph(AnalyzedDocument doc) {
        StringBuilder[] parts = new StringBuilder[doc.paragraphs().size()];
        for (Sentence s : doc.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            StringBuilder sb = parts[s.paragraph()] == null ? (parts[s.paragraph()] = new StringBuilder()) : parts[s.paragraph()];
            for (Token t : s.tokens()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.form());
            }
        }
        List<String> out = new ArrayList<>(parts.length);
        for (StringBuilder sb : parts) {
            out.add(sb == null ? "" : sb.toString());
        }
        return out;
    }
}
