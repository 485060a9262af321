package org.astanakg.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many queries run at once. Each runs until it ends or times out, so a burst of costly
 * queries would otherwise share the CPUs with everything else for the whole timeout; past the bound
 * a query waits its turn for up to {@code wait}, and is then answered 503 with {@code Retry-After}.
 */
final class QueryGate {
    private final Semaphore permits;
    private final long waitMillis;

    QueryGate(int maxRunning, Duration wait) {
        this.permits = new Semaphore(maxRunning, true);
        this.waitMillis = wait.toMillis();
    }

    /** Twice the processors (at least 4) running, each waiting at most one query timeout for its turn. */
    static QueryGate forTimeout(Duration timeout) {
        return new QueryGate(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), timeout);
    }

    /** Waits for a turn; false when none came in time. */
    boolean enter() {
        try {
            return permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ends a turn that {@link #enter()} granted. */
    void leave() {
        permits.release();
    }
}
