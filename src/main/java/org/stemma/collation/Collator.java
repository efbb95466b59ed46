package org.stemma.collation;

import org.stemma.align.AlignedPair;
import org.stemma.align.Aligner;
import org.stemma.align.Change;
import org.stemma.align.Comparison;
import org.stemma.text.Sentence;
import org.stemma.text.Span;
import org.stemma.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Collates witnesses against a base with the pair engine (decision 1300). Each witness is aligned to the
 * base alone, so what a cell says depends only on the base and that witness; witness-only passages are
 * ordered by where they stand and then by their folded wording, never by the order the witnesses came in.
 */
public final class Collator {

    private Collator() {
    }

    /** What a long collation tells its caller, from the aligning threads. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void aligned(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void aligned(int done, int total);

        /** Whether to stop: the collation then ends with a {@link CancellationException}. */
        boolean cancelled();
    }

    /** The collation of {@code others} against {@code base}; columns are the base, then others as given. */
    public static Collation collate(Witness base, List<Witness> others) {
        return collate(base, others, Progress.NONE);
    }

    /** As {@link #collate(Witness, List)}, reporting each witness aligned and stopping when asked. */
    public static Collation collate(Witness base, List<Witness> others, Progress progress) {
        List<Witness> columns = new ArrayList<>();
        columns.add(base);
        columns.addAll(others);
        List<Sentence> baseSentences = base.document().sentences();
        List<Integer> rows = IntStream.range(0, baseSentences.size())
                .filter(i -> !baseSentences.get(i).boilerplate()).boxed().toList();
        AtomicInteger done = new AtomicInteger();
        List<Aligned> aligned = others.parallelStream().map(w -> {
            if (progress.cancelled()) {
                throw new CancellationException("collation cancelled");
            }
            Aligned a = align(base, w);
            progress.aligned(done.incrementAndGet(), others.size());
            return a;
        }).toList();

        Map<Integer, Cell[]> baseCells = new HashMap<>();
        Map<Integer, int[]> heat = new HashMap<>();
        Map<Integer, List<Span>> words = new HashMap<>();
        for (int s : rows) {
            Cell[] cells = new Cell[columns.size()];
            Arrays.fill(cells, Cell.ABSENT);
            Span span = baseSentences.get(s).span();
            cells[0] = new Cell(Cell.Kind.SAME, span, span.of(base.text()), List.of(), -1);
            baseCells.put(s, cells);
            heat.put(s, new int[baseSentences.get(s).tokens().size()]);
            words.put(s, baseSentences.get(s).tokens().stream().map(Token::span).toList());
        }
        TreeMap<Added.Key, Cell[]> added = new TreeMap<>();
        for (int w = 0; w < aligned.size(); w++) {
            Aligned a = aligned.get(w);
            int column = w + 1;
            for (Reading r : a.readings) {
                List<Integer> left = r.pair.leftSentences();
                baseCells.get(left.get(0))[column] = cell(r, columns.get(column));
                for (int i = 1; i < left.size(); i++) {
                    baseCells.get(left.get(i))[column] = Cell.JOINED;
                }
                for (int s : left) {
                    count(words.get(s), r.pair.changes(), heat.get(s));
                }
            }
            for (int s : rows) {
                if (baseCells.get(s)[column] == Cell.ABSENT) {
                    Arrays.setAll(heat.get(s), i -> heat.get(s)[i] + 1);
                }
            }
            for (Added x : a.added) {
                Cell[] cells = added.computeIfAbsent(x.key, k -> {
                    Cell[] c = new Cell[columns.size()];
                    Arrays.fill(c, Cell.ABSENT);
                    return c;
                });
                cells[column] = new Cell(Cell.Kind.ADDED, x.span, x.span.of(columns.get(column).text()), List.of(), -1);
            }
        }
        List<Passage> passages = new ArrayList<>();
        addRows(passages, added, -1);
        for (int s : rows) {
            passages.add(new Passage(s, s, Arrays.asList(baseCells.get(s)), words.get(s),
                    Arrays.stream(heat.get(s)).boxed().toList()));
            addRows(passages, added, s);
        }
        return new Collation(columns, passages);
    }

    private static void addRows(List<Passage> passages, TreeMap<Added.Key, Cell[]> added, int after) {
        added.subMap(Added.Key.first(after), Added.Key.first(after + 1)).forEach((key, cells) ->
                passages.add(new Passage(-1, after, Arrays.asList(cells), List.of(), List.of())));
    }

    private static Cell cell(Reading r, Witness witness) {
        AlignedPair p = r.pair;
        Cell.Kind kind = r.moved ? Cell.Kind.MOVED
                : p.kind() == AlignedPair.Kind.CHANGED ? Cell.Kind.CHANGED : Cell.Kind.SAME;
        return new Cell(kind, p.right(), p.right().of(witness.text()), p.changes(),
                r.moved ? p.rightSentences().get(0) : -1);
    }

    /** Adds one to each of {@code words} that an edit among {@code changes} touches. */
    static void count(List<Span> words, List<Change> changes, int[] counts) {
        for (int t = 0; t < words.size(); t++) {
            Span word = words.get(t);
            boolean changed = changes.stream().filter(Change::isEdit)
                    .anyMatch(c -> c.leftWords().stream().anyMatch(word::overlaps));
            counts[t] += changed ? 1 : 0;
        }
    }

    private record Reading(AlignedPair pair, boolean moved) {
    }

    /** A witness-only sentence and where it stands. */
    private record Added(Key key, Span span) {
        /**
         * Rows after base sentence {@code after} sort by the position in the witness's run there, then by
         * the folded wording; {@code occurrence} tells apart the same wording twice in one run.
         */
        record Key(int after, int position, String folded, int occurrence) implements Comparable<Key> {
            private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::after)
                    .thenComparingInt(Key::position).thenComparing(Key::folded).thenComparingInt(Key::occurrence);

            static Key first(int after) {
                return new Key(after, Integer.MIN_VALUE, "", 0);
            }

            @Override
            public int compareTo(Key o) {
                return ORDER.compare(this, o);
            }
        }
    }

    private record Aligned(List<Reading> readings, List<Added> added) {
    }

    private static Aligned align(Witness base, Witness witness) {
        Comparison c = Aligner.compare(base.document(), witness.document());
        List<AlignedPair> matched = c.pairs().stream().filter(p -> p.kind().isMatch())
                .sorted(Comparator.comparingInt(p -> p.leftSentences().get(0))).toList();
        boolean[] inOrder = Moves.inOrder(matched);
        List<Reading> readings = new ArrayList<>();
        Map<Integer, Integer> anchorOf = new HashMap<>();
        for (int i = 0; i < matched.size(); i++) {
            AlignedPair p = matched.get(i);
            readings.add(new Reading(p, !inOrder[i]));
            if (inOrder[i]) {
                int last = p.leftSentences().get(p.leftSentences().size() - 1);
                p.rightSentences().forEach(r -> anchorOf.put(r, last));
            }
        }
        Map<Integer, Span> only = new HashMap<>();
        c.pairs().stream().filter(p -> p.kind() == AlignedPair.Kind.RIGHT_ONLY)
                .forEach(p -> only.put(p.rightSentences().get(0), p.right()));
        List<Added> added = new ArrayList<>();
        List<Sentence> sentences = witness.document().sentences();
        int after = -1;
        int position = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < sentences.size(); r++) {
            Integer anchor = anchorOf.get(r);
            if (anchor != null && anchor != after) {
                after = anchor;
                position = 0;
                seen.clear();
            } else if (only.containsKey(r)) {
                String folded = folded(sentences.get(r));
                int occurrence = seen.merge(folded, 1, Integer::sum);
                added.add(new Added(new Added.Key(after, position++, folded, occurrence), only.get(r)));
            }
        }
        return new Aligned(readings, added);
    }

    private static String folded(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            b.append(b.isEmpty() ? "" : " ").append(t.form());
        }
        return b.toString();
    }
}
