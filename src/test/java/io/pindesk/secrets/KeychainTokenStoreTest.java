package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KeychainTokenStore} against the REAL Secret Service (gnome-keyring) through java-keyring 1.0.4.
 *
 * <p>Skips, with the reason, when no working Secret Service is reachable; with
 * {@code PINDESK_REQUIRE_KEYCHAIN=1} it fails instead. Run it in a private, throwaway keyring
 * (a NON-empty unlock password: an empty one leaves gnome-keyring without a usable collection):
 * <pre>
 * H=$(mktemp -d) &amp;&amp; HOME=$H dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets &gt;/dev/null;
 *   PINDESK_REQUIRE_KEYCHAIN=1 mvn -B -o test -Dtest=KeychainTokenStoreTest'
 * </pre>
 * The locked-keychain test LOCKS the default collection, so it only runs in that disposable setup
 * ({@code PINDESK_REQUIRE_KEYCHAIN=1}) and runs last. The no-provider case is {@link KeychainNoProviderTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeychainTokenStoreTest {

    private static final boolean REQUIRED = "1".equals(System.getenv("PINDESK_REQUIRE_KEYCHAIN"));
    private static final String SERVICE = "PinDesk-test-" + UUID.randomUUID().toString().substring(0, 8);

    private static KeychainTokenStore store;
    private static StoreProblem unreachable;

    @BeforeAll
    static void reachTheKeychain() {
        Path lockDir;
        try {
            lockDir = java.nio.file.Files.createTempDirectory("pindesk-keychain-lock");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // as in the app: writes also hold the cross-process lock file
        store = new KeychainTokenStore(SERVICE, Duration.ofSeconds(15), KeyringAccess::openJavaKeyring, lockDir.resolve("keychain.lock"));
        unreachable = store.probe();
    }

    /** Per test (not in @BeforeAll) so every skipped test is reported with its reason. */
    @BeforeEach
    void requireTheKeychain() {
        StoreProblem problem = unreachable;
        if (problem != null) {
            String reason = "No working Secret Service (" + problem.kind() + ": " + problem.detail()
                    + "); run inside dbus-run-session with an unlocked gnome-keyring (see class comment)";
            if (REQUIRED) {
                fail("PINDESK_REQUIRE_KEYCHAIN=1 but: " + reason);
            }
            Assumptions.abort(reason);
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static StoredTokens tokens(String suffix) {
        return new StoredTokens("pina_" + suffix, "pinr_" + suffix, 1_900_000_000L, 1_950_000_000L, "boards:read pins:read");
    }

    // E (round trip), E35 in a real keychain
    @Test
    @Order(1)
    void unlockedRoundTripOfTokensAndAppSecret() {
        String acct = "round-trip";
        assertTrue(store.load(acct).isNotFound());
        StoredTokens big = new StoredTokens(StoredTokensTest.token("pina_", 300), StoredTokensTest.token("pinr_", 300),
                1_900_000_000L, null, String.join(" ", StoredTokensTest.ALL_SCOPES));
        assertTrue(store.save(acct, big).isOk());
        assertEquals(big, store.load(acct).value());
        assertTrue(store.save(acct, tokens("2")).isOk(), "overwrite in place");
        assertEquals(tokens("2"), store.load(acct).value());
        assertEquals(1, countItems(ItemTokenStore.tokensItem(acct)));
        assertTrue(store.saveAppSecret("app-1", "app-secret-value").isOk());
        assertEquals("app-secret-value", store.loadAppSecret("app-1").value());
        assertTrue(store.deleteAppSecret("app-1").isOk());
        assertTrue(store.delete(acct).isOk());
        assertTrue(store.load(acct).isNotFound());
        assertTrue(store.delete(acct).isOk(), "deleting a missing item is success");
        assertEquals(0, countItems(ItemTokenStore.tokensItem(acct)));
    }

    // E33
    @Test
    @Order(2)
    void sixteenThreadsTimesTwentyFiveWritesLeaveExactlyOneReadableItem() throws Exception {
        String acct = "concurrent";
        assertTrue(store.load(acct).isNotFound(), "start without an item, so the first writes race to create it");
        int threads = 16;
        int writes = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int id = t;
            results.add(pool.submit(() -> {
                go.await();
                int ok = 0;
                for (int i = 0; i < writes; i++) {
                    StoredTokens value = tokens(id + "-" + i);
                    written.add(value.accessToken());
                    if (store.save(acct, value).isOk()) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        go.countDown();
        int ok = 0;
        for (Future<Integer> f : results) {
            ok += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("keychain: %d threads x %d writes: %d ok in %d ms (%.1f ms per write)%n", threads, writes, ok, millis,
                (double) millis / (threads * writes));
        assertEquals(threads * writes, ok);
        StoreResult<StoredTokens> read = store.load(acct);
        assertTrue(read.isOk(), String.valueOf(read));
        assertTrue(written.contains(read.value().accessToken()));
        assertEquals(1, countItems(ItemTokenStore.tokensItem(acct)), "exactly one keychain item");
        assertTrue(store.delete(acct).isOk());
    }

    // E30/E31/E32 with a locked keychain (last: it leaves the collection locked)
    @Test
    @Order(3)
    void aLockedKeychainIsReportedNeverThrownAndALostItemIsDetected(@TempDir Path config) throws Exception {
        Assumptions.assumeTrue(REQUIRED, "locks the default collection: only in the disposable keyring (PINDESK_REQUIRE_KEYCHAIN=1)");
        SavedSignInMarkers markers = new SavedSignInMarkers(config);
        MarkedTokenStore marked = new MarkedTokenStore(store, markers);
        assertTrue(marked.save("kept", tokens("kept")).isOk());
        markers.put("vanished", tokens("vanished")); // a marker whose item the (locked) keychain will not show

        lockDefaultCollection();

        StoreResult<Void> write = marked.save("kept", tokens("new"));
        assertTrue(write.isFailed(), "a write to a locked keychain must fail, not pretend");
        assertTrue(write.problem().toException().keychainUnavailable(), write.problem().toString());
        System.out.println("locked keychain, write: " + write.problem().userMessage());
        StoreResult<StoredTokens> read = marked.load("kept");
        assertTrue(read.isFailed(), String.valueOf(read));
        assertFalse(store.isAvailable());
        StoreResult<StoredTokens> lost = marked.load("vanished");
        assertTrue(lost.isFailed(), "locked + missing looks like signed out without the marker: " + lost);
        assertEquals(StoreProblem.Kind.ITEM_LOST, lost.problem().kind());
        StoreProblem probe = store.probe();
        assertTrue(probe != null && probe.toException().keychainUnavailable(), String.valueOf(probe));

        // The startup choice on this locked keychain. (The same store, so no new connection is opened:
        // opening one makes gnome-keyring wait 120 s on an unlock prompt no one can see.)
        TokenStores.Selection selection = TokenStores.choose(store, config);
        assertTrue(selection.sessionOnly(), "the app falls back to session-only storage with a banner");
        assertTrue(selection.keychainProblem().userMessage().contains("won't be remembered"));
    }

    /** Items with this account attribute, counted by secret-tool (independent of java-keyring). */
    private static int countItems(String account) {
        try {
            Process p = new ProcessBuilder("secret-tool", "search", "--all", "service", SERVICE, "account", account)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("(?m)^\\[(/[^\\]]*)\\]$").matcher(out);
            Set<String> paths = new HashSet<>();
            while (m.find()) {
                paths.add(m.group(1));
            }
            return paths.size();
        } catch (IOException e) {
            if (REQUIRED) {
                fail("secret-tool (libsecret-tools) is needed to count keychain items: " + e.getMessage());
            }
            Assumptions.abort("secret-tool is not installed");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void lockDefaultCollection() throws Exception {
        String alias = run("gdbus", "call", "--session", "--dest", "org.freedesktop.secrets", "--object-path", "/org/freedesktop/secrets",
                "--method", "org.freedesktop.Secret.Service.ReadAlias", "default");
        Matcher m = Pattern.compile("'(/org/freedesktop/secrets/collection/[^']+)'").matcher(alias);
        assertTrue(m.find(), "no default collection: " + alias);
        run("gdbus", "call", "--session", "--dest", "org.freedesktop.secrets", "--object-path", "/org/freedesktop/secrets",
                "--method", "org.freedesktop.Secret.Service.Lock", "['" + m.group(1) + "']");
        String locked = run("gdbus", "call", "--session", "--dest", "org.freedesktop.secrets", "--object-path", m.group(1),
                "--method", "org.freedesktop.DBus.Properties.Get", "org.freedesktop.Secret.Collection", "Locked");
        assertTrue(locked.contains("true"), "collection did not lock: " + locked);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    @Test
    @Order(0)
    void probeLeavesNoItemBehind() {
        assertNull(store.probe());
    }
}
