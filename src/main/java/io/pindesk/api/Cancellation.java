package io.pindesk.api;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag a caller sets to stop a long operation (paging through thousands of pins, waiting out a rate limit).
 * The client checks it between pages and while waiting; a request already on the wire runs to its timeout.
 */
public final class Cancellation {

    private static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A cancellation nobody can trigger (thread interrupts still work). */
    public static Cancellation none() {
        return NEVER;
    }

    public static Cancellation create() {
        return new Cancellation();
    }

    public void cancel() {
        if (this != NEVER) {
            cancelled.set(true);
        }
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
