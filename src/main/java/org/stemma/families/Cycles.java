package org.stemma.families;

import org.stemma.model.DerivationEdge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a directed cycle among derivation edges. */
final class Cycles {

    private Cycles() {
    }

    /** The edges of one directed cycle, or an empty list when there is none. */
    static List<DerivationEdge> find(Collection<DerivationEdge> edges) {
        Map<Long, List<DerivationEdge>> out = new HashMap<>();
        for (DerivationEdge e : edges) {
            if (e.directed()) {
                out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<Long, Integer> state = new HashMap<>();
        for (long start : out.keySet()) {
            List<DerivationEdge> path = new ArrayList<>();
            if (visit(start, out, state, path)) {
                long closing = path.get(path.size() - 1).to();
                int from = 0;
                while (path.get(from).from() != closing) {
                    from++;
                }
                return path.subList(from, path.size());
            }
        }
        return List.of();
    }

    /** Depth-first; state 1 = on the current path, 2 = done. */
    private static boolean visit(long node, Map<Long, List<DerivationEdge>> out, Map<Long, Integer> state,
                                 List<DerivationEdge> path) {
        Integer s = state.get(node);
        if (s != null) {
            return s == 1;
        }
        state.put(node, 1);
        for (DerivationEdge e : out.getOrDefault(node, List.of())) {
            path.add(e);
            if (visit(e.to(), out, state, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        state.put(node, 2);
        return false;
    }
}
