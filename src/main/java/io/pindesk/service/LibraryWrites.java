package io.pindesk.service;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every write to one account's saved library, one at a time and in the order asked. A sync's saves run behind it
 * (the library is current in memory, and shown, as soon as its replies are read; the copy on disk is only for the
 * next start) and an edit's write queues after them, so an older copy of a board can never land after a newer one.
 * A failed write is logged and the next one still runs: the saved library is a cache, and the next sync rewrites it.
 */
final class LibraryWrites {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryWrites.class);

    /** A write that may fail with an I/O error. */
    interface Write {
        void run() throws IOException;
    }

    /** One thread at most, which ends when idle: a library that is no longer shown keeps no thread. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "library-save");
                t.setDaemon(true);
                return t;
            });
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    /** Queues {@code write} and returns at once. {@code what} names it in the log if it fails. */
    synchronized CompletableFuture<Void> later(String what, Write write) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                write.run();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save {}: {}", what, e.toString());
            }
        }, thread);
        last = done;
        return done;
    }

    /** Queues {@code write} and waits for it (and so for everything queued before it). */
    void now(String what, Write write) {
        CompletableFuture<Void> done = later(what, write);
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("Could not save {}: {}", what, e.getCause().toString());
        }
    }

    /** Waits until everything queued so far is written; false if that took longer than {@code timeout}. */
    boolean await(Duration timeout) throws InterruptedException {
        CompletableFuture<Void> pending;
        synchronized (this) {
            pending = last;
        }
        try {
            pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // logged where it failed
        }
    }
}
