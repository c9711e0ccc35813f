package io.pindesk.service;

import io.pindesk.testing.LogCapture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.sandbox.SandboxClock;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist F37 for the whole account service: sign-in, silent refresh, failures, restart and sign-out with
 * logging at TRACE; no token, code, state or App secret may appear in a log line, an exception message, a
 * toString or any file under PINDESK_HOME.
 */
class ServiceCanaryTest {

    private static final String APP_SECRET = "CANARYAPPSECRET0123456789";
    private static final String WRONG_SECRET = "CANARYWRONGSECRET987";

    @TempDir Path home;
    @TempDir Path sandboxData; // outside PINDESK_HOME: the sandbox keeps its own client secret in its folder

    @Test
    void noSecretLeaksAnywhere() throws Exception {
        Set<String> canaries = new LinkedHashSet<>(List.of(APP_SECRET, WRONG_SECRET));
        List<String> texts = new ArrayList<>();
        TokenStore keychain = TestAccounts.memoryKeychain();
        SandboxClock clock = new SandboxClock(Clock.systemUTC());
        try (LogCapture logs = new LogCapture()) {
            String key;
            int port;
            try (AccountService service = TestAccounts.service(home, keychain, sandboxData,
                    b -> b.clock(clock).clientSecret(APP_SECRET), Map.of())) {
                LocalSandboxService.Endpoint sb = service.sandbox().ensureRunning();
                port = sb.apiBase().getPort();
                ConsentBrowser browser = ConsentBrowser.allowing();
                SignInAttempt attempt = service.beginSignIn(new SignInTarget(AccountEnvironment.CUSTOM, sb.apiBase(),
                        sb.clientId(), APP_SECRET), browser);
                texts.add(attempt.toString());
                AccountSession session = attempt.result().get();
                Map<String, String> back = ConsentBrowser.query(URI.create(browser.lastRedirect()));
                canaries.add(back.get("code"));
                canaries.add(back.get("state"));
                key = session.accountKey();
                StoredTokens first = keychain.load(key).value();
                canaries.add(first.accessToken());
                canaries.add(first.refreshToken());

                clock.advance(Duration.ofMinutes(61));
                session.client().userAccount(); // silent refresh
                StoredTokens rotated = keychain.load(key).value();
                canaries.add(rotated.accessToken());
                canaries.add(rotated.refreshToken());
                texts.add(session.toString());
                texts.add(service.toString());
                texts.add(sb.toString());

                for (SignInTarget t : List.of(new SignInTarget(AccountEnvironment.CUSTOM, sb.apiBase(), sb.clientId(), WRONG_SECRET))) {
                    texts.add(t.toString());
                    SignInProblem p = SandboxSignInTest.failure(service, t, ConsentBrowser.allowing());
                    collect(p, texts);
                }
                SignInProblem denied = SandboxSignInTest.failure(service, SignInTarget.localSandbox(),
                        new ConsentBrowser(ConsentBrowser.Decision.DENY, Set.of(), true));
                collect(denied, texts);
                // The secret of the wrong attempt must not have replaced the saved one.
                assertEquals(APP_SECRET, keychain.loadAppSecret(sb.clientId()).value());
            }
            // Restart; the custom server (our sandbox) comes back on its port.
            try (AccountService restarted = TestAccounts.service(home, keychain, sandboxData, port,
                    b -> b.clock(clock).clientSecret(APP_SECRET), Map.of())) {
                restarted.sandbox().ensureRunning();
                AccountSession s = restarted.restore().orElseThrow();
                s.client().userAccount();
                restarted.signOut(key);
            }
            texts.addAll(logs.texts());
        }
        texts.addAll(filesUnder(home));
        assertTrue(texts.size() > 5);
        for (String canary : canaries) {
            assertFalse(canary == null || canary.length() < 8, "a usable canary");
            for (String t : texts) {
                assertFalse(t != null && t.contains(canary), () -> "secret leaked into: " + t);
            }
        }
    }

    /** Checklist G38: HttpClient's wire and header loggers stay silent even when everything else logs at TRACE. */
    @Test
    void httpWireAndHeaderLoggersStayOffAtTrace() {
        try (LogCapture logs = new LogCapture()) {
            assertTrue(org.slf4j.LoggerFactory.getLogger(AccountService.class).isTraceEnabled(), "capture is at TRACE");
            for (String name : List.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers")) {
                org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger(name);
                assertFalse(l.isDebugEnabled(), name + " must never log at DEBUG (it prints Authorization headers)");
            }
        }
    }

    private static void collect(Throwable t, List<String> texts) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            texts.add(c.toString());
            texts.add(String.valueOf(c.getMessage()));
        }
    }

    private static List<String> filesUnder(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.add(p + ": " + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        assertFalse(out.isEmpty(), "accounts.json and friends exist");
        return out;
    }
}
