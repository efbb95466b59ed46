package org.stemma.quotes;

import java.util.List;
import java.util.Set;

/**
 * One quotation as the corpus carries it: every article's wording of it, and what changed.
 *
 * @param text      the reference wording: the earliest appearance, else the one least likely to be a copy
 * @param speaker   the name it is attributed to in the reference (or by most members), or {@code null}
 * @param reference the member the others are compared with
 * @param earliest  the member of the earliest dated article, or {@code null} when no member is dated
 */
public record LedgerEntry(int id, String text, String speaker, List<Member> members, Set<Flag> flags,
                          Member reference, Member earliest) {

    public enum Flag {
        ALTERED, TRUNCATED, EXTENDED, REATTRIBUTED, INDIRECT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LedgerEntry {
        members = List.copyOf(members);
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The word changes of every member against the reference, in member order. */
    public List<WordChange> changes() {
        return members.stream().flatMap(m -> m.changes().stream()).toList();
    }

    /** How many different articles carry it. */
    public long articleCount() {
        return members.stream().mapToLong(Member::document).distinct().count();
    }
}
