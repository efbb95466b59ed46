package org.stemma.quotes;

import org.stemma.align.Diff;
import org.stemma.findings.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares each wording of a quotation with the reference wording, word by word: what was changed inside
 * the marks (altered), dropped from an end (truncated) or added at one (extended), and who it is given to.
 */
final class Comparison {

    /**
     * The reference is the earliest dated appearance; undated, the article with the fewest disguised
     * letters (a copy that hides its copying is not the source), then the fullest wording.
     */
    private static final Comparator<QuotedWords> REFERENCE = Comparator
            .comparing((QuotedWords q) -> q.date() == null ? "\uffff" : q.date())
            .thenComparingLong(q -> q.article.findings().stream().filter(Finding::isDisguise).count())
            .thenComparingInt(q -> -q.ids.length)
            .thenComparingLong(q -> q.document)
            .thenComparingInt(q -> q.quotation.start());

    private Comparison() {
    }

    static LedgerEntry entry(int id, List<QuotedWords> group, List<Member> indirect) {
        QuotedWords ref = group.stream().min(REFERENCE).orElseThrow();
        String speaker = ref.speaker != null ? ref.speaker : mostCommonSpeaker(group);
        List<Member> members = new ArrayList<>();
        Member reference = null;
        EnumSet<LedgerEntry.Flag> flags = EnumSet.noneOf(LedgerEntry.Flag.class);
        List<QuotedWords> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingLong((QuotedWords q) -> q.document).thenComparingInt(q -> q.quotation.start()));
        for (QuotedWords q : ordered) {
            Member m = q == ref ? member(q, EnumSet.noneOf(LedgerEntry.Flag.class), List.of()) : compare(ref, q, speaker);
            if (q == ref) {
                reference = m;
            }
            flags.addAll(m.flags());
            members.add(m);
        }
        if (!indirect.isEmpty()) {
            flags.add(LedgerEntry.Flag.INDIRECT);
            members.addAll(indirect);
        }
        Member earliest = members.stream().filter(m -> m.date() != null).min(Comparator.comparing(Member::date)).orElse(null);
        return new LedgerEntry(id, ref.quotation.text(ref.article.text()), speaker, members, flags, reference, earliest);
    }

    private static Member compare(QuotedWords ref, QuotedWords q, String speaker) {
        EnumSet<LedgerEntry.Flag> flags = EnumSet.noneOf(LedgerEntry.Flag.class);
        List<WordChange> changes = new ArrayList<>();
        for (Diff.Hunk h : Diff.diff(ref.ids, q.ids)) {
            boolean atStart = h.leftFrom() == 0 && h.rightFrom() == 0;
            boolean atEnd = h.leftTo() == ref.ids.length && h.rightTo() == q.ids.length;
            boolean dropped = h.rightFrom() == h.rightTo();
            boolean added = h.leftFrom() == h.leftTo();
            if ((atStart || atEnd) && dropped) {
                flags.add(LedgerEntry.Flag.TRUNCATED);
            } else if ((atStart || atEnd) && added) {
                flags.add(LedgerEntry.Flag.EXTENDED);
            } else {
                flags.add(LedgerEntry.Flag.ALTERED);
                changes.add(new WordChange(q.document, ref.words(h.leftFrom(), h.leftTo()),
                        q.words(h.rightFrom(), h.rightTo()), q.span(h.rightFrom(), h.rightTo())));
            }
        }
        if (q.speaker != null && speaker != null && !sameSpeaker(q.speaker, speaker)) {
            flags.add(LedgerEntry.Flag.REATTRIBUTED);
        }
        return member(q, flags, changes);
    }

    private static Member member(QuotedWords q, Set<LedgerEntry.Flag> flags, List<WordChange> changes) {
        return new Member(q.document, q.quotation, q.quotation.span(), q.quotation.text(q.article.text()), q.speaker,
                q.date(), flags, changes);
    }

    private static String mostCommonSpeaker(List<QuotedWords> group) {
        Map<String, Integer> counts = new HashMap<>();
        group.stream().filter(q -> q.speaker != null).forEach(q -> counts.merge(q.speaker, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    /** "Umarov" and "Temur Umarov" are one speaker: the words of one are among the other's. */
    static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        return x.containsAll(y) || y.containsAll(x);
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(name.toLowerCase(Locale.ROOT).replace("’", "'").split("[\\s\\-]+")));
    }
}
