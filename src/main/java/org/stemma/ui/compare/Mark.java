package org.stemma.ui.compare;

import org.stemma.align.AlignedPair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a stretch of a pane's text is, each with the CSS style class that draws it (stemma.css). */
public enum Mark {
    /** A sentence whose counterpart says the same. */
    IDENTICAL("identical"),
    /** A sentence whose counterpart is worded differently. */
    CHANGED("changed"),
    /** A sentence with no counterpart in the other article. */
    ONLY("only"),
    /** The changed words inside a changed sentence. */
    CHANGE("change"),
    /** Words that stand elsewhere in the counterpart sentence, unchanged. */
    MOVED("moved"),
    /** Words the counterpart writes otherwise, the same by the comparison's options (Kiev and Kyiv). */
    EQUIVALENT("equivalent"),
    HOMOGLYPH("homoglyph"),
    /** The invisible character itself (drawn as nothing by the text engine). */
    INVISIBLE("invisible"),
    /** The visible character next to an invisible one, framed so that the invisible one is seen. */
    INVISIBLE_MARK("invisible-mark"),
    BOILERPLATE("boilerplate");

    private static final Mark[] ALL = values();
    private static final List<List<String>> CLASSES_BY_MASK = new ArrayList<>(Collections.nCopies(1 << ALL.length, null));

    private final String styleClass;

    Mark(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static Mark of(AlignedPair.Kind kind) {
        return switch (kind) {
            // The same by the analyst's rules: tinted as identical; its words are marked EQUIVALENT.
            case IDENTICAL, EQUIVALENT -> IDENTICAL;
            case CHANGED -> CHANGED;
            case LEFT_ONLY, RIGHT_ONLY -> ONLY;
        };
    }

    /** The style classes of a set of marks, shared between all runs with the same set. */
    public static List<String> styleClasses(int mask) {
        synchronized (CLASSES_BY_MASK) {
            List<String> classes = CLASSES_BY_MASK.get(mask);
            if (classes == null) {
                List<String> built = new ArrayList<>();
                for (Mark m : ALL) {
                    if ((mask & m.bit()) != 0) {
                        built.add(m.styleClass);
                    }
                }
                classes = List.copyOf(built);
                CLASSES_BY_MASK.set(mask, classes);
            }
            return classes;
        }
    }

    public static boolean has(int mask, Mark mark) {
        return (mask & mark.bit()) != 0;
    }
}
