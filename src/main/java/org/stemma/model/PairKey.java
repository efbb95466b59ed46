package org.stemma.model;

/** Two articles, the smaller id first. */
public record PairKey(long a, long b) {
    public PairKey {
        if (a >= b) {
            throw new IllegalArgumentException("pair " + a + ", " + b + " is not ordered");
        }
    }

    public static PairKey of(long x, long y) {
        return x < y ? new PairKey(x, y) : new PairKey(y, x);
    }

    public boolean has(long id) {
        return a == id || b == id;
    }

    public long other(long id) {
        return id == a ? b : a;
    }
}
