package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.secrets.MarkedTokenStore;
import io.pindesk.secrets.SavedSignInMarkers;
import io.pindesk.secrets.SessionTokenStore;
import io.pindesk.secrets.StoreProblem;
import io.pindesk.secrets.StoredTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenManagerTest {

    private static final String ACCOUNT = "pinterest.user-1";
    private static final long SECOND = 1_000_000_000L;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingTokenStore store = new RecordingTokenStore(events);
    private final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();
    /** Monotonic clock under test control; starts at an arbitrary (even negative) value like System.nanoTime. */
    private final AtomicLong nanos = new AtomicLong(-5_000 * SECOND);
    private final Clock wall = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final List<String> states = new CopyOnWriteArrayList<>();
    private final List<StoreProblem> persistenceProblems = new CopyOnWriteArrayList<>();

    private TokenManager manager(io.pindesk.secrets.TokenStore s) {
        TokenManager m = new TokenManager(ACCOUNT, s, endpoint, nanos::get, wall, Duration.ofSeconds(60));
        m.addListener(new TokenManager.Listener() {
            @Override
            public void stateChanged(TokenManager.State state, String message) {
                states.add(state.name());
            }

            @Override
            public void persistenceFailed(StoreProblem problem) {
                persistenceProblems.add(problem);
            }
        });
        return m;
    }

    private TokenManager managerWithStored(String access, String refresh, long secondsLeft) {
        store.inner.save(ACCOUNT, new StoredTokens(access, refresh, wall.instant().getEpochSecond() + secondsLeft, null, "boards:read"));
        TokenManager m = manager(store);
        assertEquals(TokenManager.State.SIGNED_IN, m.load());
        events.clear();
        return m;
    }

    // D19
    @Test
    void fiftyConcurrentCallersWithAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -10);
        int n = 50;
        CountDownLatch arrived = new CountDownLatch(n);
        endpoint.refreshScript = () -> {
            try {
                arrived.await(10, TimeUnit.SECONDS);
                Thread.sleep(200); // let the other callers pile up on the in-flight refresh
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeTokenEndpoint.grant("pina_new", "pinr_new");
        };
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> results = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    arrived.countDown();
                    return m.accessToken();
                }));
            }
            go.countDown();
            for (Future<String> f : results) {
                assertEquals("pina_new", f.get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("pinr_old"), endpoint.refreshedWith, "exactly one refresh request");
        assertEquals(1, store.saves.get());
        System.out.println("50 concurrent callers -> refresh requests: " + endpoint.refreshedWith.size());
    }

    // D20
    @Test
    void a401ForATokenAlreadyReplacedCausesNoNewRefresh() throws Exception {
        TokenManager m = managerWithStored("pina_a", "pinr_a", 3600);
        assertEquals("pina_refreshed1", m.forceRefresh("pina_a"), "401 on the current token: refresh");
        assertEquals("pina_refreshed1", m.forceRefresh("pina_a"), "401 on a token another thread already replaced");
        assertEquals(1, endpoint.refreshedWith.size());
    }

    // D21
    @Test
    void theRotatedPairIsPersistedBeforeAnyCallerGetsTheNewAccessToken() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        store.saveDelayMillis = 2000; // a slow keychain
        AtomicReference<String> seenDuringSave = new AtomicReference<>("nothing");
        ExecutorService observer = Executors.newSingleThreadExecutor();
        store.duringSave = () -> {
            // Another request during the keychain write: it must not get the new token before the write is done.
            Future<String> f = observer.submit(() -> {
                String t = m.accessToken();
                events.add("observer got " + t);
                return t;
            });
            try {
                seenDuringSave.set(f.get(500, TimeUnit.MILLISECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                seenDuringSave.set("still waiting");
            } catch (Exception e) {
                seenDuringSave.set(e.toString());
            }
        };
        String token = m.accessToken();
        events.add("caller got " + token);
        observer.shutdown();
        assertTrue(observer.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals("pina_refreshed1", token);
        assertEquals("still waiting", seenDuringSave.get());
        int saved = events.indexOf("saved pina_refreshed1");
        assertTrue(saved >= 0, events.toString());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).contains(" got pina_refreshed1")) {
                assertTrue(i > saved, "used before persisted: " + events);
            }
        }
        assertEquals("pinr_refreshed1", store.inner.load(ACCOUNT).value().refreshToken());
    }

    // D22
    @Test
    void aFailedSaveKeepsTheNewPairInMemoryWarnsAndNeverReusesTheOldRefreshToken() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        store.failSaves = true;
        assertEquals("pina_refreshed1", m.accessToken());
        assertTrue(m.unsaved());
        assertEquals(1, persistenceProblems.size());
        // the store still holds the old pair; the next refresh must use the new refresh token, not adopt the stale one
        nanos.addAndGet(3600 * SECOND);
        store.failSaves = false;
        assertEquals("pina_refreshed2", m.accessToken());
        assertEquals(List.of("pinr_old", "pinr_refreshed1"), endpoint.refreshedWith);
        assertFalse(m.unsaved());
        assertEquals("pinr_refreshed2", store.inner.load(ACCOUNT).value().refreshToken(), "the next good write stores the newest pair");
    }

    // D (rotation)
    @Test
    void everyRefreshStoresTheRotatedRefreshToken() throws Exception {
        TokenManager m = managerWithStored("pina_0", "pinr_0", -1);
        for (int i = 1; i <= 3; i++) {
            assertEquals("pina_refreshed" + i, m.accessToken());
            assertEquals("pinr_refreshed" + i, store.inner.load(ACCOUNT).value().refreshToken());
            nanos.addAndGet(3600 * SECOND);
        }
        assertEquals(List.of("pinr_0", "pinr_refreshed1", "pinr_refreshed2"), endpoint.refreshedWith);
    }

    // D23
    @Test
    void aResponseWithoutRefreshTokenKeepsTheStoredOne() throws Exception {
        store.inner.save(ACCOUNT, new StoredTokens("pina_old", "pinr_keep", wall.instant().getEpochSecond() - 1, 999L, "boards:read"));
        TokenManager m = manager(store);
        m.load();
        endpoint.refreshScript = () -> new TokenGrant("pina_new", null, 3600, null, java.util.Set.of());
        assertEquals("pina_new", m.accessToken());
        StoredTokens saved = store.inner.load(ACCOUNT).value();
        assertEquals("pinr_keep", saved.refreshToken());
        assertEquals(999L, saved.refreshExpiresAt());
        assertEquals("boards:read", saved.scope(), "a response without scope keeps the granted scopes");
        endpoint.refreshScript = () -> new TokenGrant("pina_newer", "  ", 3600, null, java.util.Set.of());
        nanos.addAndGet(3600 * SECOND);
        assertEquals("pina_newer", m.accessToken());
        assertEquals("pinr_keep", store.inner.load(ACCOUNT).value().refreshToken(), "never an empty refresh token");
    }

    // D24
    @Test
    void invalidGrantMovesToNeedsSignInWithoutRetrying() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_dead", -1);
        endpoint.refreshScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.INVALID_GRANT, "invalid_grant");
        };
        TokenUnavailableException e = assertThrows(TokenUnavailableException.class, m::accessToken);
        assertEquals(TokenUnavailableException.Kind.NEEDS_SIGN_IN, e.kind());
        assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
        assertEquals(TokenManager.State.NEEDS_SIGN_IN, m.state());
        assertTrue(states.contains("NEEDS_SIGN_IN"));
        TokenUnavailableException again = assertThrows(TokenUnavailableException.class, m::accessToken);
        assertEquals(TokenUnavailableException.Kind.NEEDS_SIGN_IN, again.kind());
        assertEquals(1, endpoint.refreshedWith.size(), "no retry loop");
        // signing in again restores everything
        m.signedIn(FakeTokenEndpoint.grant("pina_fresh", "pinr_fresh"));
        assertEquals(TokenManager.State.SIGNED_IN, m.state());
        assertEquals("pina_fresh", m.accessToken());
    }

    // D25 (re-read after invalid_grant)
    @Test
    void invalidGrantAdoptsANewerPairAnotherProcessStored() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        endpoint.refreshScript = () -> {
            // another PinDesk process rotated first and saved its pair
            store.inner.save(ACCOUNT, new StoredTokens("pina_other", "pinr_other", wall.instant().getEpochSecond() + 3600, null, "boards:read"));
            throw new TokenEndpointException(TokenEndpointException.Kind.INVALID_GRANT, "invalid_grant");
        };
        assertEquals("pina_other", m.accessToken());
        assertEquals(TokenManager.State.SIGNED_IN, m.state());
        assertEquals("pinr_other", store.inner.load(ACCOUNT).value().refreshToken(), "the newer item is not wiped");
        assertEquals(List.of("pinr_old"), endpoint.refreshedWith);
    }

    // D25 (re-read before refresh)
    @Test
    void aPairRotatedByAnotherProcessIsUsedWithoutRefreshing() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        store.inner.save(ACCOUNT, new StoredTokens("pina_other", "pinr_other", wall.instant().getEpochSecond() + 3600, null, ""));
        assertEquals("pina_other", m.accessToken());
        assertTrue(endpoint.refreshedWith.isEmpty());
    }

    // D26
    @Test
    void refreshesAheadOfExpiryOnTheMonotonicClock() throws Exception {
        TokenManager m = manager(store);
        m.signedIn(FakeTokenEndpoint.grant("pina_1", "pinr_1")); // expires in 3600 s from receipt
        nanos.addAndGet(3539 * SECOND);
        assertEquals("pina_1", m.accessToken(), "61 s left: still fresh");
        assertTrue(endpoint.refreshedWith.isEmpty());
        nanos.addAndGet(2 * SECOND);
        assertEquals("pina_refreshed1", m.accessToken(), "59 s left: refreshed ahead of expiry");
        assertEquals(List.of("pinr_1"), endpoint.refreshedWith);
    }

    // D26: the wall clock jumping does not matter while running
    @Test
    void aWrongWallClockCausesNoRefreshLoop() throws Exception {
        TokenManager m = new TokenManager(ACCOUNT, store, endpoint, nanos::get,
                Clock.offset(wall, Duration.ofDays(400)), Duration.ofSeconds(60));
        m.signedIn(FakeTokenEndpoint.grant("pina_1", "pinr_1"));
        for (int i = 0; i < 10; i++) {
            assertEquals("pina_1", m.accessToken());
        }
        assertTrue(endpoint.refreshedWith.isEmpty());
    }

    // D27
    @Test
    void anUnknownOutcomeIsRetriedAtMostOnce() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        endpoint.refreshScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.UNKNOWN_OUTCOME, "read timed out");
        };
        TokenUnavailableException e = assertThrows(TokenUnavailableException.class, m::accessToken);
        assertEquals(TokenUnavailableException.Kind.TEMPORARY, e.kind());
        assertEquals(2, endpoint.refreshedWith.size());
        assertEquals(TokenManager.State.SIGNED_IN, m.state(), "a network problem is not a sign-out");
    }

    // D27: no retry when a newer token was persisted meanwhile
    @Test
    void anUnknownOutcomeAdoptsANewerStoredPairInsteadOfRetrying() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        endpoint.refreshScript = () -> {
            store.inner.save(ACCOUNT, new StoredTokens("pina_other", "pinr_other", wall.instant().getEpochSecond() + 3600, null, ""));
            throw new TokenEndpointException(TokenEndpointException.Kind.UNKNOWN_OUTCOME, "read timed out");
        };
        assertEquals("pina_other", m.accessToken());
        assertEquals(1, endpoint.refreshedWith.size());
    }

    @Test
    void aTransientFailureKeepsUsingATokenThatHasNotExpiredYet() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", 30); // inside the 60 s window, not expired
        endpoint.refreshScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.TRANSIENT, "503");
        };
        assertEquals("pina_old", m.accessToken());
        nanos.addAndGet(31 * SECOND);
        assertEquals(TokenUnavailableException.Kind.TEMPORARY, assertThrows(TokenUnavailableException.class, m::accessToken).kind());
    }

    // D28
    @Test
    void invalidClientIsAnAppConfigurationProblemNotASignOut() throws Exception {
        TokenManager m = managerWithStored("pina_old", "pinr_old", -1);
        endpoint.refreshScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.INVALID_CLIENT, "invalid_client");
        };
        TokenUnavailableException e = assertThrows(TokenUnavailableException.class, m::accessToken);
        assertEquals(TokenUnavailableException.Kind.APP_MISCONFIGURED, e.kind());
        assertEquals(TokenManager.State.APP_MISCONFIGURED, m.state());
        assertFalse(e.getMessage().toLowerCase().contains("sign in again"));
        assertTrue(store.inner.load(ACCOUNT).isOk(), "the saved sign-in is kept");
    }

    // E32
    @Test
    void aLostKeychainItemIsAKeychainProblemNotASignOut(@TempDir Path config) {
        SessionTokenStore keychain = new SessionTokenStore();
        MarkedTokenStore marked = new MarkedTokenStore(keychain, new SavedSignInMarkers(config));
        TokenManager m = manager(marked);
        m.signedIn(FakeTokenEndpoint.grant("pina_1", "pinr_1"));
        keychain.delete(ACCOUNT); // the keychain lost the item behind PinDesk's back
        TokenManager restarted = manager(marked);
        assertEquals(TokenManager.State.KEYCHAIN_PROBLEM, restarted.load());
        assertTrue(restarted.stateMessage().contains("could not be read from the keychain"), restarted.stateMessage());
    }

    // E36
    @Test
    void signOutRevokesBestEffortDeletesTheItemAndForgetsTheTokens() throws Exception {
        TokenManager m = managerWithStored("pina_a", "pinr_a", 3600);
        FakeTokenEndpoint failingRevoke = new FakeTokenEndpoint() {
            @Override
            public void revoke(String token) throws TokenEndpointException {
                revoked.add(token);
                throw new TokenEndpointException(TokenEndpointException.Kind.OTHER, "only system users");
            }
        };
        TokenManager m2 = new TokenManager(ACCOUNT, store, failingRevoke, nanos::get, wall, Duration.ofSeconds(60));
        m2.load();
        assertTrue(m2.signOut().isOk());
        assertEquals(List.of("pinr_a", "pina_a"), failingRevoke.revoked);
        assertTrue(store.inner.load(ACCOUNT).isNotFound());
        assertEquals(TokenManager.State.SIGNED_OUT, m2.state());
        assertEquals(TokenUnavailableException.Kind.SIGNED_OUT, assertThrows(TokenUnavailableException.class, m2::accessToken).kind());
        assertTrue(m.signOut().isOk(), "deleting an item that is already gone is success");
    }

    @Test
    void signedInSavesBeforeUse() throws Exception {
        TokenManager m = manager(store);
        assertNull(m.signedIn(FakeTokenEndpoint.grant("pina_1", "pinr_1")));
        assertEquals(List.of("save-start pina_1", "saved pina_1"), events);
        store.failSaves = true;
        StoreProblem p = m.signedIn(FakeTokenEndpoint.grant("pina_2", "pinr_2"));
        assertNotEquals(null, p);
        assertEquals("pina_2", m.accessToken(), "works for the session even when it cannot be saved");
        assertTrue(m.unsaved());
    }
}
