package org.stemma.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint sets of article ids. */
final class UnionFind {

    private final Map<Long, Long> parent = new HashMap<>();

    void add(long id) {
        parent.putIfAbsent(id, id);
    }

    long find(long id) {
        add(id);
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(id) != root) {
            long next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }

    /** Joins the two sets; false when they were already one. */
    boolean union(long a, long b) {
        long ra = find(a);
        long rb = find(b);
        if (ra == rb) {
            return false;
        }
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
        return true;
    }

    /** The sets with more than one member, each in ascending order, ordered by their smallest id. */
    List<List<Long>> groups() {
        Map<Long, List<Long>> byRoot = new TreeMap<>();
        parent.keySet().stream().sorted().forEach(id -> byRoot.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id));
        return byRoot.values().stream().filter(g -> g.size() > 1).toList();
    }
}
