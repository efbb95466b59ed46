package org.stemma.index;

/**
 * How many articles hold a word triple, estimated in fixed memory (a count-min sketch: never an
 * underestimate, rarely more than a few over). Counts go down when an article is removed, so the
 * estimate follows the corpus without being rebuilt.
 */
final class FrequencySketch {

    private static final int DEPTH = 4;
    private static final int BITS = 19;
    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L,
            0xD6E8FEB86659FD93L};

    private final int[][] counts = new int[DEPTH][1 << BITS];

    void add(int[] distinctValues, int delta) {
        // Row by row: one row's cells stay in the cache while an article's values are counted in it.
        for (int d = 0; d < DEPTH; d++) {
            int[] row = counts[d];
            for (int v : distinctValues) {
                row[cell(v, d)] += delta;
            }
        }
    }

    int estimate(int value) {
        int min = Integer.MAX_VALUE;
        for (int d = 0; d < DEPTH; d++) {
            min = Math.min(min, counts[d][cell(value, d)]);
        }
        return min;
    }

    private static int cell(int value, int row) {
        return (int) (Fingerprint.mix(value * SEEDS[row]) >>> (64 - BITS));
    }
}
