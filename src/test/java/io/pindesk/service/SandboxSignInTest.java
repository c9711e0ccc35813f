package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.MissingScopeException;
import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.SandboxClock;
import io.pindesk.sandbox.SandboxProfile;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStore;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sign-in against the local sandbox, with an HTTP client as the browser: consent page, Allow, the
 * redirect to the loopback receiver, the code exchange, the account read, tokens in the (fake) keychain.
 */
class SandboxSignInTest {

    @TempDir Path home;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private AccountService service(TokenStore keychain, UnaryOperator<io.pindesk.sandbox.SandboxConfig.Builder> sandbox) throws Exception {
        AccountService s = TestAccounts.service(home, keychain, home.resolve("sandbox-data"), sandbox, Map.of());
        toClose.add(s);
        return s;
    }

    static AccountSession signIn(AccountService service, SystemBrowser browser) throws Exception {
        SignInAttempt attempt = service.beginSignIn(SignInTarget.localSandbox(), browser);
        return attempt.result().get(30, TimeUnit.SECONDS);
    }

    static SignInProblem failure(AccountService service, SignInTarget target, SystemBrowser browser) throws Exception {
        SignInAttempt attempt = service.beginSignIn(target, browser);
        ExecutionException e = assertThrows(ExecutionException.class, () -> attempt.result().get(30, TimeUnit.SECONDS));
        return assertInstanceOf(SignInProblem.class, e.getCause());
    }

    @Test
    void anEarlyRestoreIsTakenByTheNextRestoreCallAndRunsOnlyOnce() throws Exception {
        AccountService first = TestAccounts.service(home, TestAccounts.memoryKeychain());
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        first.restoreEarly(r -> {
            started.incrementAndGet();
            new Thread(r).start();
        });
        first.restoreEarly(r -> started.incrementAndGet()); // a second early start changes nothing
        assertEquals(java.util.Optional.empty(), first.restore(), "nothing remembered in a fresh home");
        assertEquals(1, started.get());
        assertEquals(java.util.Optional.empty(), first.restore(), "later calls restore afresh");
        first.close();
    }

    @Test
    void closingTheServiceLetsGoOfTheKeychain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        io.pindesk.secrets.TokenStore memory = TestAccounts.memoryKeychain();
        io.pindesk.secrets.TokenStore keychain = (io.pindesk.secrets.TokenStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {io.pindesk.secrets.TokenStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        closed.incrementAndGet();
                        return null;
                    }
                    return m.invoke(memory, args);
                });
        AccountService service = TestAccounts.service(home, keychain);
        service.restore(); // opens the store, as every start does
        service.close();
        // The keychain's D-Bus connection runs a non-daemon thread: left open, PinDesk would not exit.
        assertEquals(1, closed.get());
    }

    @Test
    void signsInThroughTheConsentPageAndARestartStaysSignedIn() throws Exception {
        TokenStore keychain = TestAccounts.memoryKeychain();
        AccountService first = service(keychain, UnaryOperator.identity());
        List<String> heard = new ArrayList<>();
        first.addListener(a -> heard.add(a.map(AccountSession::username).orElse("-")));
        ConsentBrowser browser = ConsentBrowser.allowing();

        AccountSession session = signIn(first, browser);

        assertEquals(1, browser.timesOpened());
        assertTrue(browser.lastRedirect().startsWith("http://127.0.0.1:808"), browser.lastRedirect());
        assertEquals("Local sandbox", session.environmentName());
        assertFalse(session.username().isBlank());
        assertEquals(List.of(session.username()), heard);
        assertEquals(Set.of(Scope.values()), session.grantedScopes());
        List<Board> boards = session.client().boards().page(null).items();
        assertFalse(boards.isEmpty(), "the demo library is visible");
        assertTrue(keychain.load(session.accountKey()).isOk(), "tokens are in the keychain");
        assertEquals(AccountService.Status.SIGNED_IN, first.status().status());
        String username = session.username();
        first.close();

        // Restart: a new service (and a new sandbox process on another port) over the same folders and keychain.
        AccountService second = service(keychain, UnaryOperator.identity());
        AccountSession restored = second.restore().orElseThrow();
        assertEquals(username, restored.username());
        assertFalse(restored.client().boards().page(null).items().isEmpty());
        assertEquals(1, second.accounts().size());
    }

    @Test
    void strictOneHourTokensAreRefreshedSilentlyOnceForFiftyConcurrentCallsWithoutReuseDetection() throws Exception {
        SandboxClock clock = new SandboxClock(Clock.systemUTC());
        AccountService service = service(TestAccounts.memoryKeychain(),
                b -> b.profile(SandboxProfile.STRICT).clock(clock));
        AccountSession session = signIn(service, ConsentBrowser.allowing());
        SandboxTestApi testApi = service.sandbox().server().map(SandboxServer::testApi).orElseThrow();
        assertEquals(0, testApi.tokenGrants("refresh_token"));

        for (int round = 1; round <= 2; round++) {
            clock.advance(Duration.ofMinutes(61)); // the laptop slept: the sandbox now finds the access token expired
            ExecutorService pool = Executors.newFixedThreadPool(50);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return session.client().userAccount().username();
                }));
            }
            go.countDown();
            for (Future<String> f : calls) {
                assertEquals(session.username(), f.get(60, TimeUnit.SECONDS), "every call succeeds without the user noticing");
            }
            pool.shutdown();
            assertEquals(round, testApi.tokenGrants("refresh_token"), "exactly one refresh per expiry");
        }
        // Reuse detection would have revoked the whole family: the account still works and nothing asks to sign in.
        assertEquals(AccountService.Status.SIGNED_IN, service.status().status());
        assertNotNull(session.client().userAccount());
        assertEquals(2, testApi.tokenGrants("refresh_token"));
    }

    @Test
    void denyingOnTheConsentPageIsACalmCancellation() throws Exception {
        AccountService service = service(TestAccounts.memoryKeychain(), UnaryOperator.identity());
        SignInProblem p = failure(service, SignInTarget.localSandbox(),
                new ConsentBrowser(ConsentBrowser.Decision.DENY, Set.of(), true));
        assertEquals(SignInProblem.Kind.DENIED, p.kind());
        assertTrue(p.getMessage().contains("declined"), p.getMessage());
        assertTrue(service.current().isEmpty());
        assertTrue(service.accounts().isEmpty());
    }

    @Test
    void untickingARequiredScopeSaysWhichAndStoresNothing() throws Exception {
        TokenStore keychain = TestAccounts.memoryKeychain();
        AccountService service = service(keychain, UnaryOperator.identity());
        SignInProblem p = failure(service, SignInTarget.localSandbox(),
                new ConsentBrowser(ConsentBrowser.Decision.ALLOW, Set.of("pins:read"), true));
        assertEquals(SignInProblem.Kind.MISSING_SCOPES, p.kind());
        assertEquals(List.of("pins:read"), p.missingScopes());
        assertTrue(p.getMessage().contains("pins:read"));
        assertTrue(service.accounts().isEmpty());
        assertTrue(service.current().isEmpty());
    }

    @Test
    void aWrongAppSecretIsReportedAsInvalidClient() throws Exception {
        AccountService service = service(TestAccounts.memoryKeychain(), UnaryOperator.identity());
        LocalSandboxService.Endpoint sandbox = service.sandbox().ensureRunning();
        SignInProblem p = failure(service, new SignInTarget(AccountEnvironment.CUSTOM, sandbox.apiBase(), sandbox.clientId(),
                "not-the-secret"), ConsentBrowser.allowing());
        assertEquals(SignInProblem.Kind.INVALID_CLIENT, p.kind());
        assertTrue(p.getMessage().contains("check App ID and secret"), p.getMessage());
    }

    @Test
    void busyPortsAreNamed() throws Exception {
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket b = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AccountService service = new AccountService(io.pindesk.store.AppDirs.under(home).ensureCreated(),
                    () -> new io.pindesk.secrets.TokenStores.Selection(TestAccounts.memoryKeychain(), null, false),
                    new LocalSandboxService(home.resolve("sb"), 0, UnaryOperator.identity()),
                    new AccountService.Options(List.of("http://127.0.0.1:" + a.getLocalPort() + "/",
                            "http://127.0.0.1:" + b.getLocalPort() + "/"), Duration.ofSeconds(5), Map.of()));
            toClose.add(service);
            SignInProblem p = assertThrows(SignInProblem.class,
                    () -> service.beginSignIn(SignInTarget.localSandbox(), ConsentBrowser.allowing()));
            assertEquals(SignInProblem.Kind.PORTS_BUSY, p.kind());
            assertEquals(List.of(a.getLocalPort(), b.getLocalPort()), p.ports());
            assertTrue(p.getMessage().contains(String.valueOf(a.getLocalPort())));
        }
    }

    @Test
    void aMissingWriteScopeLeadsToReConsentNotToARefresh() throws Exception {
        AccountService service = service(TestAccounts.memoryKeychain(), UnaryOperator.identity());
        AccountSession narrow = signIn(service, new ConsentBrowser(ConsentBrowser.Decision.ALLOW, Set.of("boards:write"), true));
        assertFalse(narrow.has(Scope.BOARDS_WRITE), "the narrower grant is recorded");
        SandboxTestApi testApi = service.sandbox().server().map(SandboxServer::testApi).orElseThrow();
        assertThrows(MissingScopeException.class,
                () -> narrow.client().createBoard(new NewBoard("Scope test", null, BoardPrivacy.PUBLIC)));
        assertEquals(0, testApi.tokenGrants("refresh_token"), "403 insufficient scope never triggers a refresh");

        AccountSession wide = signIn(service, ConsentBrowser.allowing()); // re-consent asks for every scope again
        assertEquals(narrow.accountKey(), wide.accountKey(), "same account, replaced grant");
        assertTrue(wide.has(Scope.BOARDS_WRITE));
        assertEquals(1, service.accounts().size());
        assertNotNull(wide.client().createBoard(new NewBoard("Scope test", null, BoardPrivacy.PUBLIC)).id());
    }

    @Test
    void signOutDeletesTheKeychainItemAndSwitchingBetweenAccountsWorks() throws Exception {
        TokenStore keychain = TestAccounts.memoryKeychain();
        AccountService service = service(keychain, UnaryOperator.identity());
        AccountSession local = signIn(service, ConsentBrowser.allowing());
        LocalSandboxService.Endpoint sandbox = service.sandbox().ensureRunning();
        // A second account: the same sandbox reached as a custom server with its App ID and secret.
        SignInAttempt attempt = service.beginSignIn(new SignInTarget(AccountEnvironment.CUSTOM, sandbox.apiBase(),
                sandbox.clientId(), sandbox.clientSecret()), ConsentBrowser.allowing());
        AccountSession custom = attempt.result().get(30, TimeUnit.SECONDS);
        assertEquals("Custom server", custom.environmentName());
        assertEquals(2, service.accounts().size());
        assertEquals(custom.accountKey(), service.current().orElseThrow().accountKey());

        assertEquals(local.accountKey(), service.switchTo(local.accountKey()).accountKey());
        assertEquals(local.accountKey(), service.current().orElseThrow().accountKey());

        service.signOut(local.accountKey());
        assertTrue(service.current().isEmpty());
        assertTrue(keychain.load(local.accountKey()).isNotFound(), "the keychain item is gone");
        assertEquals(1, service.accounts().size());
        assertTrue(keychain.load(custom.accountKey()).isOk(), "the other account is untouched");
        assertTrue(keychain.loadAppSecret(sandbox.clientId()).isOk(), "the App secret went to the keychain");
    }

    @Test
    void aPastedRedirectAddressFinishesTheSignIn() throws Exception {
        AccountService service = service(TestAccounts.memoryKeychain(), UnaryOperator.identity());
        ConsentBrowser unreachable = new ConsentBrowser(ConsentBrowser.Decision.ALLOW, Set.of(), false);
        SignInAttempt attempt = service.beginSignIn(SignInTarget.localSandbox(), unreachable);
        assertTrue(attempt.browserOpened().get(30, TimeUnit.SECONDS));
        SignInProblem bad = assertThrows(SignInProblem.class, () -> attempt.submitPastedAddress("http://example.com/?code=x"));
        assertEquals(SignInProblem.Kind.INVALID_ADDRESS, bad.kind());
        attempt.submitPastedAddress(unreachable.lastRedirect());
        assertFalse(attempt.result().get(30, TimeUnit.SECONDS).username().isBlank());
    }

    @Test
    void theRefreshTokenInTheKeychainIsTheRotatedOne() throws Exception {
        SandboxClock clock = new SandboxClock(Clock.systemUTC());
        TokenStore keychain = TestAccounts.memoryKeychain();
        AccountService service = service(keychain, b -> b.clock(clock));
        AccountSession session = signIn(service, ConsentBrowser.allowing());
        StoredTokens before = keychain.load(session.accountKey()).value();
        clock.advance(Duration.ofMinutes(61));
        session.client().userAccount();
        StoredTokens after = keychain.load(session.accountKey()).value();
        assertFalse(before.refreshToken().equals(after.refreshToken()), "rotated refresh token saved");
    }
}
