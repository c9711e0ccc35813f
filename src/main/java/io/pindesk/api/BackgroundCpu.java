package io.pindesk.api;

import java.util.concurrent.Semaphore;

/**
 * How many threads may do CPU-heavy background work at once (turning replies into objects, saving the library):
 * one per core. A sync keeps dozens of requests in flight, and when their replies land together, parsing them all
 * at once (dozens of runnable threads on a few cores) starved the FX thread and the renderer: the window stuttered.
 * With at most one such thread per core the scheduler still gives the FX thread its turn within a few
 * milliseconds. One fewer than the cores was tried: on two cores it made the sync 10% slower (one parser for
 * everything) and left the pulse no better (a thread that wakes every 16 ms for 2 ms of work waited at most
 * 22 ms with one parser, 25 ms with two; the cold sync's longest real pulse gaps were within the same noise).
 * Waiting for the gate only happens on I/O threads, after the reply's bytes have arrived, never while on the network.
 */
public final class BackgroundCpu {

    private static final int THREADS = permits(Runtime.getRuntime().availableProcessors());
    private static final Semaphore PERMITS = new Semaphore(THREADS, true);

    private BackgroundCpu() {}

    /** The number of permits for a machine with {@code cores} cores. */
    static int permits(int cores) {
        return Math.max(1, cores);
    }

    /** How many threads can hold a permit at once: a pool doing only gated work needs no more. */
    public static int threads() {
        return THREADS;
    }

    /** Blocks until a core is free for background work; close the returned permit when the work is done. */
    public static Permit acquire() {
        try {
            PERMITS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCancelledException("interrupted while waiting for a free core");
        }
        return new Permit();
    }

    /** Permits free right now (for tests and diagnostics). */
    static int available() {
        return PERMITS.availablePermits();
    }

    /** One thread's share of background CPU. */
    public static final class Permit implements AutoCloseable {
        private boolean released;

        private Permit() {}

        @Override
        public void close() {
            if (!released) {
                released = true;
                PERMITS.release();
            }
        }
    }
}
