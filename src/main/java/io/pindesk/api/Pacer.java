package io.pindesk.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Paces one rate-limit category for every caller in the process: at most {@code maxConcurrent} requests in
 * flight, at least {@code minInterval} between request starts, and nothing at all while a 429's
 * {@code Retry-After} (or backoff) is running. Waiting is blocking: call only from I/O threads, never the FX thread.
 */
public final class Pacer {

    private final RateCategory category;
    private final Semaphore inFlight;
    private final long minIntervalNanos;
    private final Object lock = new Object();
    private long nextStartNanos = System.nanoTime();

    public Pacer(RateCategory category, int maxConcurrent, Duration minInterval) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        this.category = category;
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.minIntervalNanos = minInterval.toNanos();
    }

    public RateCategory category() {
        return category;
    }

    /** Blocks until a request of this category may start; close the permit when the reply has been read. */
    public Permit acquire(Cancellation cancellation) {
        while (true) {
            waitForSlot(cancellation);
            acquirePermit(cancellation);
            synchronized (lock) {
                long now = System.nanoTime();
                if (now - nextStartNanos >= 0) {
                    nextStartNanos = now + minIntervalNanos;
                    return new Permit();
                }
            }
            // A pause began while we waited for the permit: give it back and wait again.
            inFlight.release();
        }
    }

    /** Holds every request of this category back for {@code pause} (a 429's Retry-After or backoff). */
    public void pauseFor(Duration pause) {
        synchronized (lock) {
            long until = System.nanoTime() + pause.toNanos();
            if (until - nextStartNanos > 0) {
                nextStartNanos = until;
            }
        }
    }

    /** How long a new request would have to wait before starting, ignoring concurrency. */
    public Duration currentDelay() {
        synchronized (lock) {
            return Duration.ofNanos(Math.max(0, nextStartNanos - System.nanoTime()));
        }
    }

    private void waitForSlot(Cancellation cancellation) {
        while (true) {
            cancellation.check();
            long left;
            synchronized (lock) {
                left = nextStartNanos - System.nanoTime();
            }
            if (left <= 0) {
                return;
            }
            Waits.sleepNanos(Math.min(left, 50_000_000L));
        }
    }

    private void acquirePermit(Cancellation cancellation) {
        try {
            while (!inFlight.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                cancellation.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCancelledException("interrupted while waiting for a " + category + " slot");
        }
    }

    /** One request's place in the category. */
    public final class Permit implements AutoCloseable {
        private boolean released;

        private Permit() {}

        @Override
        public void close() {
            if (!released) {
                released = true;
                inFlight.release();
            }
        }
    }
}
