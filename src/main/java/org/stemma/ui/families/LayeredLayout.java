package org.stemma.ui.families;

import org.stemma.model.DerivationEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama) drawing of a derivation graph, by hand: a source above its copies (longest path
 * from the sources), members ordered within a layer by the mean position of their neighbours, swept down
 * and up a few times to uncross edges. Undirected edges take no part in the layering (their direction
 * is unknown), only in the ordering. ELK's layered algorithm would do more, at several megabytes of
 * installer for graphs of at most a few dozen nodes; this is decision 1002.
 */
final class LayeredLayout {

    static final double NODE_WIDTH = 190;
    static final double NODE_HEIGHT = 70;
    static final double H_GAP = 40;
    static final double V_GAP = 90;
    private static final int SWEEPS = 4;

    /** Where a member's box stands (its top-left corner). */
    record Position(double x, double y, int layer) {
    }

    private LayeredLayout() {
    }

    static Map<Long, Position> layout(List<Long> members, List<DerivationEdge> edges) {
        Map<Long, Integer> layer = new HashMap<>();
        members.forEach(m -> layer.put(m, 0));
        for (int round = 0; round < members.size(); round++) {
            boolean changed = false;
            for (DerivationEdge e : edges) {
                if (e.directed() && layer.get(e.to()) < layer.get(e.from()) + 1) {
                    layer.put(e.to(), layer.get(e.from()) + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int depth = layer.values().stream().max(Integer::compare).orElse(0) + 1;
        List<List<Long>> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(new ArrayList<>());
        }
        members.forEach(m -> layers.get(layer.get(m)).add(m));
        Map<Long, List<Long>> neighbours = new HashMap<>();
        for (DerivationEdge e : edges) {
            neighbours.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        Map<Long, Double> order = new HashMap<>();
        renumber(layers, order);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = down ? 1 : depth - 2; down ? i < depth : i >= 0; i += down ? 1 : -1) {
                int fixed = down ? i - 1 : i + 1;
                List<Long> row = layers.get(i);
                Map<Long, Double> bary = new HashMap<>();
                for (long m : row) {
                    bary.put(m, neighbours.getOrDefault(m, List.of()).stream()
                            .filter(n -> layer.get(n) == fixed).mapToDouble(order::get).average().orElse(order.get(m)));
                }
                row.sort(Comparator.comparingDouble(bary::get));
                renumber(layers, order);
            }
        }
        double widest = layers.stream().mapToInt(List::size).max().orElse(1) * (NODE_WIDTH + H_GAP) - H_GAP;
        Map<Long, Position> out = new HashMap<>();
        for (int i = 0; i < depth; i++) {
            List<Long> row = layers.get(i);
            double width = row.size() * (NODE_WIDTH + H_GAP) - H_GAP;
            double left = (widest - width) / 2;
            for (int j = 0; j < row.size(); j++) {
                out.put(row.get(j), new Position(left + j * (NODE_WIDTH + H_GAP), i * (NODE_HEIGHT + V_GAP), i));
            }
        }
        return out;
    }

    private static void renumber(List<List<Long>> layers, Map<Long, Double> order) {
        for (List<Long> row : layers) {
            for (int j = 0; j < row.size(); j++) {
                order.put(row.get(j), (double) j);
            }
        }
    }
}
