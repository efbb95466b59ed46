package org.stemma.families;

import org.stemma.analysis.AnalyzedDocument;
import org.stemma.text.Sentence;
import org.stemma.text.Token;

import java.util.ArrayList;
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

    /** Folded line -> ids of the articles carrying it. */
    private final Map<String, Set<Long>> carriers = new HashMap<>();
    /** Article id -> its folded lines. */
    private final Map<Long, Set<String>> lines = new HashMap<>();

    void add(long id, AnalyzedDocument doc) {
        Set<String> own = foldedLines(doc);
        lines.put(id, own);
        for (String line : own) {
            carriers.computeIfAbsent(line, k -> new HashSet<>()).add(id);
        }
    }

    void remove(long id) {
        Set<String> own = lines.remove(id);
        if (own == null) {
            return;
        }
        for (String line : own) {
            Set<Long> c = carriers.get(line);
            c.remove(id);
            if (c.isEmpty()) {
                carriers.remove(line);
            }
        }
    }

    /** The folded lines that are furniture in the corpus as it now stands. */
    Set<String> furniture() {
        Map<Long, Map<Long, Integer>> common = commonLines();
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Set<Long>> e : carriers.entrySet()) {
            Set<Long> carriedBy = e.getValue();
            if (carriedBy.size() < MIN_CARRIERS) {
                continue;
            }
            int self = carriedBy.size() <= MAX_COUNTED ? 1 : 0;
            int related = 0;
            for (long id : carriedBy) {
                for (Map.Entry<Long, Integer> peer : common.getOrDefault(id, Map.of()).entrySet()) {
                    if (peer.getValue() - self >= OTHER_LINES && carriedBy.contains(peer.getKey())) {
                        related++;
                        break;
                    }
                }
            }
            if (related * 2 < carriedBy.size()) {
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
        for (Set<Long> carriedBy : carriers.values()) {
            if (carriedBy.size() < 2 || carriedBy.size() > MAX_COUNTED) {
                continue;
            }
            Long[] ids = carriedBy.toArray(Long[]::new);
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
    Set<Long> carriersOf(Set<String> changed) {
        Set<Long> out = new HashSet<>();
        for (String line : changed) {
            out.addAll(carriers.getOrDefault(line, Set.of()));
        }
        return out;
    }

    /** The document with its corpus-furniture sentences marked as furniture, or itself when it has none. */
    static AnalyzedDocument mark(AnalyzedDocument doc, Set<String> furniture) {
        if (furniture.isEmpty()) {
            return doc;
        }
        List<Sentence> sentences = doc.sentences();
        List<String> folded = foldedByParagraph(doc);
        List<Sentence> marked = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!s.boilerplate() && furniture.contains(folded.get(s.paragraph()))) {
                if (marked == null) {
                    marked = new ArrayList<>(sentences);
                }
                marked.set(i, new Sentence(s.span(), s.paragraph(), s.tokens(), true));
            }
        }
        return marked == null ? doc
                : new AnalyzedDocument(doc.document(), doc.paragraphs(), marked, doc.findings());
    }

    private static Set<String> foldedLines(AnalyzedDocument doc) {
        Set<String> out = new HashSet<>();
        for (String line : foldedByParagraph(doc)) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
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
