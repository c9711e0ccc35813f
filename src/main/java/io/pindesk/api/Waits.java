package io.pindesk.api;

import java.time.Duration;

/** Sleeps in short slices so a cancellation or interrupt ends the wait promptly. */
final class Waits {

    private static final long SLICE_NANOS = 50_000_000L;

    private Waits() {}

    static void sleep(Duration duration, Cancellation cancellation) {
        long end = System.nanoTime() + duration.toNanos();
        while (true) {
            cancellation.check();
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            sleepNanos(Math.min(left, SLICE_NANOS));
        }
    }

    static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCancelledException("interrupted while waiting");
        }
    }
}
