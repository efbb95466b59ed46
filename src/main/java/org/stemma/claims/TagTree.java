package org.stemma.claims;

import org.stemma.model.Tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's tags as the tree their parents make: what is under a tag, what is above it, and the order
 * a tree view lists them in (depth first, siblings by name). A tag whose parent is missing counts as top
 * level, so a tree read from any file is still a tree. Immutable.
 */
public final class TagTree {

    /** Between the names of a tag's path, as the report and the exports write it ("Politics › Kremlin"). */
    public static final String PATH_SEPARATOR = " › ";

    private static final Comparator<Tag> BY_NAME = Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Tag::id);

    private final Map<Long, Tag> byId = new HashMap<>();
    private final Map<Long, List<Tag>> children = new HashMap<>();
    private final List<Tag> ordered = new ArrayList<>();
    private final Map<Long, Integer> depth = new HashMap<>();

    public TagTree(Collection<Tag> tags) {
        tags.forEach(t -> byId.put(t.id(), t));
        for (Tag t : tags) {
            long parent = byId.containsKey(t.parentId()) ? t.parentId() : 0;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
        }
        children.values().forEach(l -> l.sort(BY_NAME));
        visit(0, 0, new HashSet<>());
        // A cycle a damaged file might hold: its tags are listed at the top level rather than lost.
        tags.stream().filter(t -> !depth.containsKey(t.id())).sorted(BY_NAME).forEach(t -> {
            if (!depth.containsKey(t.id())) {
                ordered.add(t);
                depth.put(t.id(), 0);
            }
        });
    }

    private void visit(long parent, int level, Set<Long> seen) {
        for (Tag t : children.getOrDefault(parent, List.of())) {
            if (seen.add(t.id())) {
                ordered.add(t);
                depth.put(t.id(), level);
                visit(t.id(), level + 1, seen);
            }
        }
    }

    /** Every tag, depth first: each tag followed by those under it; siblings by name. */
    public List<Tag> ordered() {
        return List.copyOf(ordered);
    }

    public Optional<Tag> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tags directly under {@code id} (0 for the top level), by name. */
    public List<Tag> children(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** 0 for a top-level tag. */
    public int depth(long id) {
        return depth.getOrDefault(id, 0);
    }

    /** The tag and every tag below it, at any depth. */
    public Set<Long> withDescendants(long id) {
        Set<Long> out = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> todo.add(c.id()));
            }
        }
        return out;
    }

    /** The tag and the tags above it, nearest first. */
    public List<Tag> withAncestors(long id) {
        List<Tag> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Tag t = byId.get(id);
        while (t != null && seen.add(t.id())) {
            out.add(t);
            t = byId.get(t.parentId());
        }
        return out;
    }

    /** Whether {@code tagId} may be nested under {@code parentId} (0: the top level) without a cycle. */
    public boolean canNest(long tagId, long parentId) {
        return parentId == 0 || (byId.containsKey(parentId) && !withDescendants(tagId).contains(parentId));
    }

    /** The names from the top down to the tag, joined with {@link #PATH_SEPARATOR}. */
    public String path(long id) {
        List<Tag> up = withAncestors(id);
        StringBuilder out = new StringBuilder();
        for (int i = up.size() - 1; i >= 0; i--) {
            out.append(up.get(i).name());
            if (i > 0) {
                out.append(PATH_SEPARATOR);
            }
        }
        return out.toString();
    }
}
