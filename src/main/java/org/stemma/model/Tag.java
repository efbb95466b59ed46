package org.stemma.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A label the analyst puts on claims, with the colour it is shown in, its place in the tag tree and the
 * analyst's memo on it (what the tag means, when to use it).
 *
 * @param colour   {@code #rrggbb}, stored in lower case
 * @param parentId the tag this one is nested under, 0 for a top-level tag
 * @param memo     never {@code null}; empty when there is none
 */
public record Tag(long id, String name, String colour, long parentId, String memo) {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Okabe and Ito's colours, told apart by colour-blind readers too; tags made on the fly take them in turn. */
    private static final List<String> PALETTE = List.of(
            "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999");

    public Tag {
        name = checkName(name);
        colour = checkColour(colour);
        memo = memo == null ? "" : memo;
        if (parentId < 0 || (parentId != 0 && parentId == id)) {
            throw new IllegalArgumentException("a tag cannot be nested under itself");
        }
    }

    /** A top-level tag without a memo. */
    public Tag(long id, String name, String colour) {
        this(id, name, colour, 0, "");
    }

    public Tag withName(String newName) {
        return new Tag(id, newName, colour, parentId, memo);
    }

    public Tag withColour(String newColour) {
        return new Tag(id, name, newColour, parentId, memo);
    }

    /** @param newParentId 0 for the top level */
    public Tag withParent(long newParentId) {
        return new Tag(id, name, colour, newParentId, memo);
    }

    public Tag withMemo(String newMemo) {
        return new Tag(id, name, colour, parentId, newMemo);
    }

    /** The colour for the {@code n}-th tag of a project (from 0), repeating after the palette's end. */
    public static String paletteColour(int n) {
        return PALETTE.get(Math.floorMod(n, PALETTE.size()));
    }

    /** The name with surrounding space removed; a blank name is refused. */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        return stripped;
    }

    public static String checkColour(String colour) {
        if (colour == null || !HEX_COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("a tag colour is written #rrggbb, not '" + colour + "'");
        }
        return colour.toLowerCase(Locale.ROOT);
    }
}
