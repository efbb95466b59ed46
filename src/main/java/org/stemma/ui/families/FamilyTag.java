package org.stemma.ui.families;

/**
 * An article's family as the corpus table shows and sorts it: families by number, then articles that
 * stand alone, then articles not looked at yet.
 */
public record FamilyTag(int family, int size) implements Comparable<FamilyTag> {

    static final FamilyTag ALONE = new FamilyTag(Integer.MAX_VALUE - 1, 1);
    static final FamilyTag UNKNOWN = new FamilyTag(Integer.MAX_VALUE, 0);

    @Override
    public int compareTo(FamilyTag o) {
        return Integer.compare(family, o.family);
    }

    @Override
    public String toString() {
        if (this.equals(UNKNOWN)) {
            return "";
        }
        return this.equals(ALONE) ? "alone" : "F" + family + " \u00b7 " + size;
    }
}
