package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter's error handling, with a fake keyring that fails the way java-keyring does on real machines. */
class KeychainTokenStoreFailureTest {

    private static final StoredTokens TOKENS = new StoredTokens("pina_CANARY", "pinr_CANARY", 1, null, "pins:read");

    /** An in-memory keyring whose operations can be replaced by failures. */
    static class FakeKeyring implements KeyringAccess {
        final Map<String, String> items = new ConcurrentHashMap<>();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger maxInside = new AtomicInteger();
        volatile Supplier<RuntimeException> unchecked;
        volatile Error error;
        volatile long sleepMillis;

        private void enter() {
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                if (sleepMillis > 0) {
                    Thread.sleep(sleepMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (unchecked != null) {
                inside.decrementAndGet();
                throw unchecked.get();
            }
            if (error != null) {
                inside.decrementAndGet();
                throw error;
            }
        }

        @Override
        public String get(String service, String account) throws PasswordAccessException {
            enter();
            try {
                String v = items.get(account);
                if (v == null) {
                    throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
                }
                return v;
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void set(String service, String account, String value) {
            enter();
            items.put(account, value);
            inside.decrementAndGet();
        }

        @Override
        public void delete(String service, String account) throws PasswordAccessException {
            enter();
            try {
                if (items.remove(account) == null) {
                    throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void close() {}
    }

    private static KeychainTokenStore store(KeyringAccess keyring, Duration timeout) {
        return new KeychainTokenStore("PinDesk-test", timeout, () -> keyring);
    }

    @Test
    void roundTripsThroughTheKeyring() {
        FakeKeyring k = new FakeKeyring();
        try (KeychainTokenStore s = store(k, Duration.ofSeconds(5))) {
            assertNull(s.probe());
            assertTrue(s.save("acct", TOKENS).isOk());
            assertEquals(TOKENS, s.load("acct").value());
            assertTrue(k.items.containsKey("tokens:acct"));
            assertTrue(s.delete("acct").isOk());
            assertTrue(s.load("acct").isNotFound());
            assertTrue(s.delete("acct").isOk(), "not found on delete is success");
            assertTrue(k.items.isEmpty(), "the probe item was removed");
        }
    }

    // E29: keychain calls run on the store's own thread, never on the caller's (e.g. the JavaFX thread)
    @Test
    void callsRunOnTheKeychainThreadOnly() {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeKeyring k = new FakeKeyring() {
            @Override
            public void set(String service, String account, String value) {
                threads.add(Thread.currentThread().getName());
                super.set(service, account, value);
            }
        };
        KeychainTokenStore s = store(k, Duration.ofSeconds(5));
        assertTrue(s.save("acct", TOKENS).isOk());
        assertEquals(List.of("keychain-io"), threads);
        s.close();
        s.close(); // idempotent
        assertTrue(s.load("acct").isFailed(), "a closed store reports instead of throwing");
    }

    // E31
    @Test
    void uncheckedFailuresAreReportedAsKeychainUnavailable() {
        List<Supplier<RuntimeException>> runtime = List.of(
                () -> new NullPointerException("Cannot read field \"a\" because \"response\" is null"),
                () -> new IllegalStateException("Missing peer public key. Call openSession() first."));
        List<Error> linkage = List.of(new UnsatisfiedLinkError("libsecret"), new ExceptionInInitializerError("jna"),
                new NoClassDefFoundError("com/sun/jna/Native"));
        List<KeychainTokenStore> stores = new ArrayList<>();
        for (Supplier<RuntimeException> r : runtime) {
            FakeKeyring k = new FakeKeyring();
            k.unchecked = r;
            stores.add(store(k, Duration.ofSeconds(5)));
        }
        for (Error e : linkage) {
            FakeKeyring k = new FakeKeyring();
            k.error = e;
            stores.add(store(k, Duration.ofSeconds(5)));
        }
        for (KeychainTokenStore s : stores) {
            StoreResult<Void> w = s.save("acct", TOKENS);
            assertTrue(w.isFailed());
            assertEquals(StoreProblem.Kind.UNAVAILABLE, w.problem().kind());
            assertTrue(w.problem().userMessage().contains("keychain is unavailable"), w.problem().userMessage());
            assertTrue(s.load("acct").isFailed());
            assertEquals(StoreProblem.Kind.UNAVAILABLE, s.probe().kind());
            assertFalse(s.isAvailable());
            assertTrue(w.problem().toException().keychainUnavailable());
            s.close();
        }
    }

    // E31: no backend at all, and a backend whose construction throws unchecked
    @Test
    void aMissingBackendIsUnavailableWithItsReason() {
        KeychainTokenStore none = new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(5), () -> {
            throw new BackendNotSupportedException("The backend 'GNOME_KEYRING' is not supported",
                    new IllegalStateException("Missing peer public key. Call openSession() first."));
        });
        StoreProblem p = none.probe();
        assertEquals(StoreProblem.Kind.UNAVAILABLE, p.kind());
        assertTrue(p.detail().contains("Missing peer public key"), p.detail());
        none.close();
        KeychainTokenStore broken = new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(5), () -> {
            throw new UnsatisfiedLinkError("no jnidispatch");
        });
        assertEquals(StoreProblem.Kind.UNAVAILABLE, broken.probe().kind());
        broken.close();
    }

    // E21/E30: a write the keychain silently drops (java-keyring + locked gnome-keyring) is a failure
    @Test
    void aSilentlyDroppedWriteIsAFailure() {
        FakeKeyring dropping = new FakeKeyring() {
            @Override
            public void set(String service, String account, String value) {
                // returns normally, stores nothing: what java-keyring does for an update in a locked collection
            }
        };
        dropping.items.put("tokens:acct", new StoredTokens("pina_old", "pinr_old", 1, null, "").toJson());
        try (KeychainTokenStore s = store(dropping, Duration.ofSeconds(5))) {
            StoreResult<Void> w = s.save("acct", TOKENS);
            assertTrue(w.isFailed());
            assertEquals(StoreProblem.Kind.UNAVAILABLE, w.problem().kind());
            assertTrue(w.problem().detail().contains("locked"));
        }
    }

    // E34
    @Test
    void duplicateItemsComeWithRepairInstructions() {
        FakeKeyring k = new FakeKeyring();
        k.unchecked = null;
        KeyringAccess dup = new FakeKeyring() {
            @Override
            public String get(String service, String account) throws PasswordAccessException {
                throw new PasswordAccessException("Too many stored credentials match " + service + " account: " + account);
            }
        };
        try (KeychainTokenStore s = store(dup, Duration.ofSeconds(5))) {
            StoreResult<StoredTokens> r = s.load("acct");
            assertEquals(StoreProblem.Kind.DUPLICATE_ITEMS, r.problem().kind());
            assertTrue(r.problem().detail().contains("secret-tool clear service PinDesk-test account tokens:acct"), r.problem().detail());
        }
    }

    @Test
    void aDamagedItemIsCorruptNotSignedOut() {
        FakeKeyring k = new FakeKeyring();
        k.items.put("tokens:acct", "garbage pina_CANARY");
        try (KeychainTokenStore s = store(k, Duration.ofSeconds(5))) {
            StoreResult<StoredTokens> r = s.load("acct");
            assertEquals(StoreProblem.Kind.CORRUPT, r.problem().kind());
            assertFalse(r.problem().userMessage().contains("CANARY"));
        }
    }

    // E29: every call is time-limited, and a hung call does not wedge the store forever
    @Test
    void aHangingKeychainTimesOut() {
        FakeKeyring k = new FakeKeyring();
        k.sleepMillis = 1500;
        try (KeychainTokenStore s = store(k, Duration.ofMillis(200))) {
            StoreResult<StoredTokens> r = s.load("acct");
            assertEquals(StoreProblem.Kind.TIMEOUT, r.problem().kind());
            assertFalse(s.isAvailable());
            k.sleepMillis = 0;
            // the queue drains behind the hung call; later calls work again
            StoreResult<Void> w = StoreResult.failed(StoreProblem.Kind.TIMEOUT, "");
            for (int i = 0; i < 20 && !w.isOk(); i++) {
                w = s.save("acct", TOKENS);
            }
            assertTrue(w.isOk());
            assertTrue(s.isAvailable());
        }
    }

    // E33 (adapter side): all access is serialized on one thread
    @Test
    void concurrentCallersNeverOverlapInsideTheKeyring() throws Exception {
        FakeKeyring k = new FakeKeyring();
        k.sleepMillis = 1;
        try (KeychainTokenStore s = store(k, Duration.ofSeconds(30))) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int id = t;
                fs.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 25; i++) {
                        assertTrue(s.save("acct", new StoredTokens("pina_" + id + "_" + i, "pinr", 1, null, "")).isOk());
                        assertTrue(s.load("acct").isOk());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(1, k.maxInside.get(), "two keychain calls ran at the same time");
        }
    }

    // E33 (second instance): writes wait for another process's lock file, reads do not
    @Test
    void writesHoldTheCrossProcessLockFile(@TempDir Path dir) throws Exception {
        Path lock = dir.resolve("keychain.lock");
        FakeKeyring k = new FakeKeyring();
        KeychainTokenStore s = new KeychainTokenStore("PinDesk-test", Duration.ofMillis(500), () -> k, lock);
        assertTrue(s.save("acct", TOKENS).isOk());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lock.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            assertEquals("locked true", line);
            StoreResult<Void> blocked = s.save("acct", new StoredTokens("pina_other", null, 1, null, ""));
            assertTrue(blocked.isFailed());
            assertEquals(StoreProblem.Kind.TIMEOUT, blocked.problem().kind());
            assertTrue(blocked.problem().detail().contains("another PinDesk"), blocked.problem().detail());
            assertEquals(TOKENS, s.load("acct").value(), "reads need no lock; the blocked write changed nothing");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        assertTrue(s.save("acct", new StoredTokens("pina_after", null, 1, null, "")).isOk(), "the lock is free again");
        s.close();
    }

    @Test
    void choosesTheSessionStoreWhenTheProbeFails(@TempDir Path config) {
        KeychainTokenStore none = new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(5), () -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        });
        TokenStores.Selection sel = TokenStores.choose(none, config);
        assertTrue(sel.sessionOnly());
        assertTrue(sel.store() instanceof SessionTokenStore);
        assertTrue(sel.keychainProblem().userMessage().contains("won't be remembered"));

        FakeKeyring k = new FakeKeyring();
        TokenStores.Selection ok = TokenStores.choose(store(k, Duration.ofSeconds(5)), config);
        assertFalse(ok.sessionOnly());
        assertNull(ok.keychainProblem());
        assertTrue(ok.store() instanceof MarkedTokenStore);
        assertTrue(ok.store().persistent());

        FakeKeyring slow = new FakeKeyring();
        slow.sleepMillis = 400;
        TokenStores.Selection waiting = TokenStores.choose(store(slow, Duration.ofMillis(100)), config);
        assertFalse(waiting.sessionOnly(), "a keychain waiting for an unlock is kept, not silently replaced");
        assertEquals(StoreProblem.Kind.TIMEOUT, waiting.keychainProblem().kind());
    }
}
