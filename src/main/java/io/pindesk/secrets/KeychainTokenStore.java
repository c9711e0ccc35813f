package io.pindesk.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens in the OS keychain through java-keyring.
 *
 * <ul>
 *   <li>Every call runs on ONE serial thread, shared by all instances in the JVM: java-keyring's Secret Service
 *       backend is check-then-create, and concurrent writers of one item create duplicates that it can never
 *       read again. Writes and deletes also hold a lock file, so a second PinDesk process cannot interleave.</li>
 *   <li>Every call is time-limited: a locked keychain can block for 120 s on an unlock prompt nobody sees.</li>
 *   <li>Every write is read back: a locked collection makes java-keyring drop an update silently.</li>
 *   <li>Every failure, including the {@code NullPointerException}s a locked collection causes and
 *       {@code LinkageError}s from JNA, becomes a {@link StoreResult} with a {@link StoreProblem}; nothing is thrown.</li>
 * </ul>
 */
public final class KeychainTokenStore extends ItemTokenStore implements AutoCloseable {

    public static final String DEFAULT_SERVICE = "PinDesk";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(KeychainTokenStore.class);

    /** The one thread that ever touches a keyring in this JVM. */
    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "keychain-io");
        t.setDaemon(true);
        return t;
    });

    private final String service;
    private final Duration timeout;
    private final KeyringAccess.Factory factory;
    private final Path lockFile;
    /** Only touched on the io thread. */
    private KeyringAccess keyring;
    private volatile boolean available = true;
    private volatile boolean closed;

    /** The app's store: service "PinDesk", 5 s per call, writes locked through {@code dataDir/keychain.lock}. */
    public static KeychainTokenStore forApp(Path dataDir) {
        return new KeychainTokenStore(DEFAULT_SERVICE, DEFAULT_TIMEOUT, KeyringAccess::openJavaKeyring, dataDir.resolve("keychain.lock"));
    }

    public KeychainTokenStore(String service, Duration timeout, KeyringAccess.Factory factory) {
        this(service, timeout, factory, null);
    }

    /**
     * @param lockFile held (exclusively, across processes) around every write and delete; null for none
     */
    public KeychainTokenStore(String service, Duration timeout, KeyringAccess.Factory factory, Path lockFile) {
        this.service = service;
        this.timeout = timeout;
        this.factory = factory;
        this.lockFile = lockFile;
    }

    public String service() {
        return service;
    }

    @Override
    public String description() {
        return "system keychain";
    }

    @Override
    public boolean isAvailable() {
        return available;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    /**
     * The startup check: a write, read and delete of a throwaway item. Opening the keyring alone proves
     * nothing (a locked collection opens fine and then fails every write).
     *
     * @return null when the keychain works, otherwise why not
     */
    public StoreProblem probe() {
        String name = "probe-" + UUID.randomUUID();
        String value = UUID.randomUUID().toString();
        StoreResult<Void> w = writeItem(name, value);
        if (w.isFailed()) {
            return w.problem();
        }
        StoreResult<String> r = readItem(name);
        StoreResult<Void> d = deleteItem(name);
        if (r.isFailed()) {
            return r.problem();
        }
        if (!r.isOk() || !value.equals(r.value())) {
            available = false;
            return new StoreProblem(StoreProblem.Kind.UNAVAILABLE, "a test entry could not be read back");
        }
        if (d.isFailed()) {
            return d.problem();
        }
        available = true;
        return null;
    }

    @Override
    protected StoreResult<String> readItem(String name) {
        return call("read", name, k -> StoreResult.ok(k.get(service, name)));
    }

    @Override
    protected StoreResult<Void> writeItem(String name, String value) {
        return call("write", name, k -> underFileLock(() -> {
            k.set(service, name, value);
            // Read back: with a locked collection java-keyring 1.0.4 "updates" an existing item without error
            // while gnome-keyring answers IsLocked, so a write that returned normally may not have happened.
            // A rotated refresh token that only looks saved would log the user out at the next start.
            if (!value.equals(k.get(service, name))) {
                return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, "the keychain did not keep the new value; it is probably locked");
            }
            return StoreResult.done();
        }));
    }

    @Override
    protected StoreResult<Void> deleteItem(String name) {
        return call("delete", name, k -> underFileLock(() -> {
            k.delete(service, name);
            return StoreResult.done();
        }));
    }

    @FunctionalInterface
    private interface Operation<T> {
        StoreResult<T> run(KeyringAccess keyring) throws PasswordAccessException;
    }

    @FunctionalInterface
    private interface Mutation<T> {
        StoreResult<T> run() throws PasswordAccessException;
    }

    /**
     * Runs a mutation while holding the cross-process lock file. Polls instead of blocking, so another
     * process that never lets go costs this call its timeout, not the keychain thread forever.
     */
    private <T> StoreResult<T> underFileLock(Mutation<T> mutation) throws PasswordAccessException {
        if (lockFile == null) {
            return mutation.run();
        }
        // give up a little before the caller's own timeout, so the caller hears the specific reason
        long deadline = System.nanoTime() + timeout.toNanos() * 3 / 4;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                while (lock == null) {
                    if (System.nanoTime() - deadline > 0) {
                        return StoreResult.failed(StoreProblem.Kind.TIMEOUT, "another PinDesk window is using the keychain");
                    }
                    Thread.sleep(20);
                    lock = channel.tryLock();
                }
                try (FileLock held = lock) {
                    return mutation.run();
                }
            }
        } catch (IOException e) {
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, "cannot use the lock file " + lockFile + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StoreResult.failed(StoreProblem.Kind.TIMEOUT, "interrupted while waiting for the keychain lock");
        }
    }

    private <T> StoreResult<T> call(String what, String name, Operation<T> op) {
        if (closed) {
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, "the keychain store is closed");
        }
        Future<StoreResult<T>> future;
        try {
            future = IO.submit(() -> runOnIoThread(what, name, op));
        } catch (RejectedExecutionException e) {
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, "the keychain store is closed");
        }
        StoreResult<T> result;
        try {
            result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Not interrupted: D-Bus calls ignore interrupts, and a queued call that never started is dropped.
            future.cancel(false);
            LOG.warn("Keychain {} of {} did not finish within {} ms", what, name, timeout.toMillis());
            result = StoreResult.failed(StoreProblem.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StoreResult.failed(StoreProblem.Kind.TIMEOUT, "interrupted while waiting for the keychain");
        } catch (ExecutionException e) {
            result = StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, describe(e.getCause()));
        }
        if (result.isFailed()) {
            StoreProblem.Kind kind = result.problem().kind();
            if (kind == StoreProblem.Kind.UNAVAILABLE || kind == StoreProblem.Kind.TIMEOUT) {
                available = false;
            }
        } else {
            available = true;
        }
        return result;
    }

    private <T> StoreResult<T> runOnIoThread(String what, String name, Operation<T> op) {
        try {
            if (keyring == null) {
                keyring = factory.open();
            }
            return op.run(keyring);
        } catch (PasswordAccessException e) {
            return classify(e, name);
        } catch (BackendNotSupportedException e) {
            LOG.warn("No system keychain: {}", describe(e));
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, describe(e));
        } catch (Exception | LinkageError e) {
            // java-keyring turns D-Bus errors into NPEs (locked collection) and JNA fails with linkage errors.
            // The connection is kept: reopening it makes gnome-keyring show (and, headless, wait 120 s on) an
            // unlock prompt, whereas the open connection's calls fail fast while the collection stays locked.
            LOG.warn("Keychain {} of {} failed: {}", what, name, describe(e));
            String hint = e instanceof NullPointerException ? "the keychain refused the request; it is probably locked" : describe(e);
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, hint);
        }
    }

    private <T> StoreResult<T> classify(PasswordAccessException e, String name) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No stored credentials")) {
            return StoreResult.notFound();
        }
        if (message.contains("Too many stored credentials")) {
            return StoreResult.failed(StoreProblem.Kind.DUPLICATE_ITEMS,
                    "run: secret-tool clear service " + service + " account " + name + ", or delete the entries in Seahorse");
        }
        LOG.warn("Keychain access to {} failed: {}", name, describe(e));
        return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, describe(e));
    }

    private void dropKeyring() {
        if (keyring != null) {
            try {
                keyring.close();
            } catch (RuntimeException e) {
                // best effort
            }
            keyring = null;
        }
    }

    /** Class and message of the root cause, trimmed: keychain messages name only service and item. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        String text = root.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.strip());
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            IO.execute(this::dropKeyring);
        }
    }

    @Override
    public String toString() {
        return "KeychainTokenStore[service=" + service + ", available=" + available + "]";
    }
}
