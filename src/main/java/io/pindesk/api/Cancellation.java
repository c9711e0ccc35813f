package io.pindesk.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag a caller sets to stop a long operation (paging through thousands of pins, waiting out a rate limit).
 * The client checks it between pages and while waiting, and a request on the wire is aborted. A cancelled read is
 * harmless; a cancelled write has an unknown outcome like any other interrupted write.
 */
public final class Cancellation {

    private static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Set<Runnable> onCancel = ConcurrentHashMap.newKeySet();

    /** A cancellation nobody can trigger (thread interrupts still work). */
    public static Cancellation none() {
        return NEVER;
    }

    public static Cancellation create() {
        return new Cancellation();
    }

    public void cancel() {
        if (this != NEVER && cancelled.compareAndSet(false, true)) {
            onCancel.forEach(Runnable::run);
        }
    }

    /** A registered abort hook; closing it unregisters the hook. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code abort} if cancelled while registered (the transport aborts the request on the wire). */
    Registration whileRunning(Runnable abort) {
        if (this == NEVER) {
            return () -> { };
        }
        onCancel.add(abort);
        if (cancelled.get()) {
            abort.run();
        }
        return () -> onCancel.remove(abort);
    }

    public boolean isCancelled() {
        return cancelled.get() || Thread.currentThread().isInterrupted();
    }

    /** Throws {@link ApiCancelledException} when cancelled or the thread was interrupted. */
    public void check() {
        if (isCancelled()) {
            throw new ApiCancelledException("cancelled");
        }
    }
}
