package org.stemma.facts;

import java.util.List;
import java.util.Set;

/**
 * One fact as several articles state it.
 *
 * @param value the value most members give
 */
public record FactGroup(int id, Fact.Type type, String value, String unit, List<Member> members, Set<Flag> flags) {

    public enum Flag {
        /** The same value written another way: "five thousand" and "5,000", "March 6" and "6 March". */
        WRITTEN_DIFFERENTLY,
        /** The same fact with different values: "46,000" against "64,000". */
        DISCREPANCY,
        /** A name spelled differently: Kiev and Kyiv, Junisbai and Yunisbai. */
        VARIANT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One article's statement of the fact. */
    public record Member(long document, Fact fact) {
    }

    public FactGroup {
        members = List.copyOf(members);
        flags = Set.copyOf(flags);
    }

    public long articleCount() {
        return members.stream().mapToLong(Member::document).distinct().count();
    }
}
