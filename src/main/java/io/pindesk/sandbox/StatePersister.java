package io.pindesk.sandbox;

import io.pindesk.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Writes the library snapshot with group commit: a caller returns only once a snapshot taken after its mutation is
 * on disk, yet concurrent writers share one file write. Each write is {@link AtomicFiles#write} (temp file, fsync,
 * atomic rename), so a kill -9 leaves either the previous or the new snapshot, never a torn one.
 */
final class StatePersister {

    private final Path file;
    private final Supplier<byte[]> snapshot;
    private final Object lock = new Object();
    private long requested;
    private long written;
    private boolean writing;

    StatePersister(Path file, Supplier<byte[]> snapshot) {
        this.file = file;
        this.snapshot = snapshot;
    }

    /** Blocks until everything done before this call is durable. */
    void commit() {
        if (file == null) {
            return;
        }
        long mine;
        synchronized (lock) {
            mine = ++requested;
        }
        while (true) {
            long target;
            synchronized (lock) {
                while (writing && written < mine) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new UncheckedIOException(new IOException("interrupted while saving the library"));
                    }
                }
                if (written >= mine) {
                    return;
                }
                writing = true;
                target = requested;
            }
            IOException failure = null;
            try {
                AtomicFiles.write(file, snapshot.get());
            } catch (IOException e) {
                failure = e;
            }
            synchronized (lock) {
                writing = false;
                if (failure == null) {
                    written = Math.max(written, target);
                }
                lock.notifyAll();
            }
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
