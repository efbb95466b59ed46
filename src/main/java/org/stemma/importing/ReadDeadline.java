package org.stemma.importing;

import java.time.Duration;

/**
 * How long reading one file may take. Each reader calls {@link #check()} at points inside its work (per
 * batch of PDF operators, of XML events, between stages); past the limit, or once the reading thread is
 * interrupted (an import cancelled in the middle of a file), the read stops with {@link ReadStopped}, which
 * {@link ArticleFiles} turns into a refusal. Confined to the reading thread.
 */
final class ReadDeadline {

    private final Duration limit;
    private final long end;

    private ReadDeadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    static ReadDeadline in(Duration limit) {
        return new ReadDeadline(limit);
    }

    void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadStopped("the reading of this file was cancelled");
        }
        if (System.nanoTime() - end > 0) {
            String allowed = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
            throw new ReadStopped("reading it took longer than the limit of " + allowed
                    + " per file; it is not an article Stemma can read in reasonable time");
        }
    }
}
