package org.stemma.claims;

import org.stemma.model.Anchor;
/**
 * Where a passage is in a new version of its article.
 *
 * @param anchor the passage's anchor in the new text, or {@code null} when {@link Kind#DETACHED}
 */
public record Relocation(Kind kind, Anchor anchor) {

    public enum Kind {
        /** The passage is where it was. */
        SAME,
        /** The same passage, at other offsets. */
        MOVED,
        /** The passage is there with small edits; {@code anchor.exact()} is its new wording. */
        EDITED,
        /** The passage is gone, or only something like it is left elsewhere: the claim is not placed. */
        DETACHED
    }

    public static final Relocation DETACHED = new Relocation(Kind.DETACHED, null);

    public Relocation {
        if ((kind == Kind.DETACHED) != (anchor == null)) {
            throw new IllegalArgumentException("a detached relocation has no anchor, any other has one");
        }
    }

    public boolean isDetached() {
        return kind == Kind.DETACHED;
    }
}
