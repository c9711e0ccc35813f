package io.pindesk.auth;

import io.pindesk.testing.LogCapture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javakeyring.PasswordAccessException;
import io.pindesk.secrets.KeychainTokenStore;
import io.pindesk.secrets.KeyringAccess;
import io.pindesk.secrets.MarkedTokenStore;
import io.pindesk.secrets.SavedSignInMarkers;
import io.pindesk.secrets.StoreResult;
import io.pindesk.secrets.StoredTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F37: runs sign-in, refresh and failure paths with known canary secrets, logging at TRACE, and checks
 * that no canary (nor the generated state or PKCE verifier) appears in any log event, exception
 * (message, toString, stack trace, causes) or toString of the objects involved.
 */
class CanaryLeakTest {

    private static final String ACCESS = "pina_CANARYACCESS0123456789";
    private static final String REFRESH = "pinr_CANARYREFRESH0123456789";
    private static final String ACCESS2 = "pina_CANARYROTATEDACCESS";
    private static final String REFRESH2 = "pinr_CANARYROTATEDREFRESH";
    private static final String CODE = "CANARYCODE0123456789";
    private static final String APP_SECRET = "CANARYAPPSECRET0123";

    private final List<String> surfaces = new ArrayList<>();
    private final List<String> canaries = new ArrayList<>(List.of(ACCESS, REFRESH, ACCESS2, REFRESH2, CODE, APP_SECRET, "CANARY"));

    private void record(Object o) {
        surfaces.add(String.valueOf(o));
        if (o instanceof Throwable t) {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            surfaces.add(w.toString());
        }
    }

    private void attempt(ThrowingRunnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            record(t);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Throwable;
    }

    @Test
    void noSecretReachesLogsExceptionsOrToString(@TempDir Path config) throws Exception {
        try (LogCapture logs = new LogCapture()) {
            tokenManagerPaths(config);
            signInPaths();
            keychainPaths();
            surfaces.addAll(logs.texts());
            assertTrue(logs.count() > 5, "the scenarios did log something");
        }
        for (String surface : surfaces) {
            for (String canary : canaries) {
                assertFalse(surface.contains(canary), "leaked " + canary.substring(0, Math.min(12, canary.length())) + "… in: " + surface);
            }
        }
        // the marker file and anything else written holds no secret
        try (var files = Files.walk(config)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(p);
                canaries.forEach(c -> assertFalse(content.contains(c), p.toString()));
            }
        }
    }

    private void tokenManagerPaths(Path config) {
        AtomicLong nanos = new AtomicLong();
        MarkedTokenStore store = new MarkedTokenStore(new io.pindesk.secrets.SessionTokenStore(), new SavedSignInMarkers(config));
        store.save("acct", new StoredTokens(ACCESS, REFRESH, 0, null, "pins:read"));
        store.saveAppSecret("app", APP_SECRET);
        record(store.loadAppSecret("app"));
        record(store.load("acct"));
        record(store.load("acct").value());
        FakeTokenEndpoint endpoint = new FakeTokenEndpoint();
        TokenManager m = new TokenManager("acct", store, endpoint, nanos::get, Clock.systemUTC(), Duration.ofSeconds(60));
        m.load();
        endpoint.refreshScript = () -> new TokenGrant(ACCESS2, REFRESH2, 3600, 100L, Set.of("pins:read"));
        attempt(() -> record(m.accessToken()));
        surfaces.remove(surfaces.size() - 1); // the token itself is the legitimate result
        record(new TokenGrant(ACCESS2, REFRESH2, 3600, 100L, Set.of()));
        record(m);
        for (TokenEndpointException.Kind kind : TokenEndpointException.Kind.values()) {
            nanos.addAndGet(7200L * 1_000_000_000L);
            endpoint.refreshScript = () -> {
                throw new TokenEndpointException(kind, "token endpoint said " + kind);
            };
            attempt(m::accessToken);
            attempt(() -> m.forceRefresh(ACCESS2));
            m.signedIn(new TokenGrant(ACCESS2, REFRESH2, 3600, null, Set.of()));
        }
        endpoint.refreshScript = () -> {
            throw new IllegalStateException("unexpected");
        };
        nanos.addAndGet(7200L * 1_000_000_000L);
        attempt(m::accessToken);
        record(m.signOut());
        attempt(m::accessToken);
    }

    private void signInPaths() throws Exception {
        FakeTokenEndpoint endpoint = new FakeTokenEndpoint();
        endpoint.exchangeScript = () -> new TokenGrant(ACCESS, REFRESH, 3600, null, Set.of());
        int port = Ports.free();
        try (AuthorizationFlow flow = new AuthorizationFlow(new AuthorizationFlow.Config(URI.create("https://www.pinterest.com/oauth/"),
                "app", List.of(Ports.ipv4(port)), List.of("pins:read"), Duration.ofMinutes(1), 3), endpoint, uri -> {
                    throw new IllegalStateException("no browser");
                })) {
            AuthorizationFlow.Attempt a = flow.start();
            String state = AuthorizationRequestTest.params(a.authorizationUri()).get("state");
            canaries.add(state);
            record(a);
            RawHttp.get(port, "/callback?code=" + CODE + "&state=wrong" + CODE);
            attempt(() -> a.submitPastedAddress("http://127.0.0.1:" + port + "/callback?code=" + CODE + "&state=" + CODE));
            RawHttp.Response page = RawHttp.send(InetAddress.getByName("127.0.0.1"), port, "GET",
                    "/callback?code=" + CODE + "&state=" + state, "127.0.0.1:" + port);
            surfaces.add(page.body());
            a.result().get(10, TimeUnit.SECONDS);
            canaries.add(endpoint.exchanges.get(0).verifier());
            record(endpoint.exchanges.get(0).verifier().length());

            endpoint.exchangeScript = () -> {
                throw new TokenEndpointException(TokenEndpointException.Kind.INVALID_GRANT, "invalid_grant");
            };
            AuthorizationFlow.Attempt b = flow.start();
            String stateB = AuthorizationRequestTest.params(b.authorizationUri()).get("state");
            canaries.add(stateB);
            RawHttp.get(port, "/callback?code=" + CODE + "&state=" + stateB);
            attempt(() -> b.result().get(10, TimeUnit.SECONDS));
            canaries.add(endpoint.exchanges.get(1).verifier());

            AuthorizationFlow.Attempt c = flow.start();
            canaries.add(AuthorizationRequestTest.params(c.authorizationUri()).get("state"));
            for (int i = 0; i < 3; i++) {
                RawHttp.get(port, "/callback?code=" + CODE + "&state=" + CODE + i);
            }
            attempt(() -> c.result().get(10, TimeUnit.SECONDS));
        }
    }

    private void keychainPaths() {
        KeyringAccess npe = new KeyringAccess() {
            @Override
            public String get(String service, String account) {
                throw new NullPointerException("Cannot read the array length because \"value\" is null");
            }

            @Override
            public void set(String service, String account, String value) throws PasswordAccessException {
                throw new PasswordAccessException("Error code 1312");
            }

            @Override
            public void delete(String service, String account) {
                throw new IllegalStateException("locked");
            }

            @Override
            public void close() {}
        };
        try (KeychainTokenStore s = new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(5), () -> npe)) {
            StoreResult<Void> w = s.save("acct", new StoredTokens(ACCESS, REFRESH, 1, null, ""));
            record(w);
            record(w.problem().userMessage());
            record(w.problem().toException());
            record(s.load("acct"));
            record(s.saveAppSecret("app", APP_SECRET));
            record(s.delete("acct"));
            record(s.probe());
            record(s);
        }
    }
}
