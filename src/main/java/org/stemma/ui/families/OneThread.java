package org.stemma.ui.families;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Runs the families' work on one thread of its own (decision 0924). The engine's parallel streams run
 * in the pool of the thread that starts them, so started here they take one core and leave the other to
 * the window, a comparison or an import, instead of both cores of the common pool.
 */
final class OneThread {

    private static final ForkJoinPool POOL = new ForkJoinPool(1, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("stemma-families");
        t.setPriority(Thread.MIN_PRIORITY);
        t.setDaemon(true);
        return t;
    }, null, false);

    private OneThread() {
    }

    /** Runs {@code work} in the families' pool and waits for it; its failure is thrown as it was. */
    static <T> T run(Callable<T> work) throws Exception {
        try {
            return POOL.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
