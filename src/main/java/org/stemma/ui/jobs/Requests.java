package org.stemma.ui.jobs;

/**
 * Numbers the requests for one kind of result, so that a result that arrives after a newer request was
 * made is dropped rather than shown over the newer one (background work may finish in any order).
 * Used on one thread.
 */
public final class Requests {

    private long latest;

    /** The number of a new request; every earlier one is stale from now on. */
    public long next() {
        return ++latest;
    }

    public boolean isLatest(long request) {
        return request == latest;
    }

    /** The number of the latest request, 0 before any. */
    public long latest() {
        return latest;
    }
}
