package io.pindesk.api;

import java.util.concurrent.Semaphore;

/**
 * How many threads may do CPU-heavy background work at once (turning replies into objects, saving the library):
 * one fewer than the machine has cores, at least one. A sync keeps dozens of requests in flight, and when their
 * replies land together, parsing them on every core starves the FX thread and the renderer: the window stutters.
 * With one core always left over, the UI keeps its pulse while the sync still uses the rest of the machine. Waiting
 * for the gate only happens on I/O threads, after the reply's bytes have arrived, never while on the network.
 */
public final class BackgroundCpu {

    private static final Semaphore PERMITS = new Semaphore(permits(Runtime.getRuntime().availableProcessors()), true);

    private BackgroundCpu() {}

    /** The number of permits for a machine with {@code cores} cores. */
    static int permits(int cores) {
        return Math.max(1, cores - 1);
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
