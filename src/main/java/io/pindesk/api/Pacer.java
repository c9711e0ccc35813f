package io.pindesk.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Paces one rate-limit category for every caller in the process: at most {@code maxConcurrent} requests in
 * flight, at least {@code minInterval} between request starts, at most {@code maxPerSecond} starts in any rolling
 * second (0: no such cap), and nothing at all while a 429's {@code Retry-After} (or backoff) is running. Waiting is blocking: call only from I/O threads, never the FX thread.
 */
public final class Pacer {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final RateCategory category;
    private final Semaphore inFlight;
    private final long minIntervalNanos;
    private final Object lock = new Object();
    /** Start times of the last {@code maxPerSecond} requests, oldest at {@code oldest}; null without a cap. */
    private final long[] recentStarts;
    private int oldest;
    private long nextStartNanos = System.nanoTime();

    public Pacer(RateCategory category, int maxConcurrent, Duration minInterval) {
        this(category, maxConcurrent, minInterval, 0);
    }

    public Pacer(RateCategory category, int maxConcurrent, Duration minInterval, int maxPerSecond) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        if (maxPerSecond < 0) {
            throw new IllegalArgumentException("maxPerSecond must not be negative");
        }
        this.category = category;
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.minIntervalNanos = minInterval.toNanos();
        this.recentStarts = maxPerSecond == 0 ? null : new long[maxPerSecond];
        if (recentStarts != null) {
            java.util.Arrays.fill(recentStarts, System.nanoTime() - SECOND_NANOS);
        }
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
                if (now - nextStartNanos >= 0 && windowHasRoom(now)) {
                    nextStartNanos = now + minIntervalNanos;
                    if (recentStarts != null) {
                        recentStarts[oldest] = now;
                        oldest = (oldest + 1) % recentStarts.length;
                    }
                    return new Permit();
                }
            }
            // A pause began, or the rolling second filled up, while we waited for the permit: give it back (others
            // may finish meanwhile) and wait again.
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

    /** Whether one more start now keeps the rolling second within {@code maxPerSecond}. Call under the lock. */
    private boolean windowHasRoom(long now) {
        return recentStarts == null || now - recentStarts[oldest] >= SECOND_NANOS;
    }

    private void waitForSlot(Cancellation cancellation) {
        while (true) {
            cancellation.check();
            long left;
            synchronized (lock) {
                long now = System.nanoTime();
                left = nextStartNanos - now;
                if (recentStarts != null) {
                    left = Math.max(left, recentStarts[oldest] + SECOND_NANOS - now);
                }
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
