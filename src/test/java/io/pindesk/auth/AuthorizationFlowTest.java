package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthorizationFlowTest {

    private final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();
    private final List<String> browserPages = new CopyOnWriteArrayList<>();
    private AuthorizationFlow flow;

    @AfterEach
    void close() {
        if (flow != null) {
            flow.close();
        }
    }

    private AuthorizationFlow flow(List<RedirectUri> uris, BrowserLauncher browser) {
        flow = new AuthorizationFlow(new AuthorizationFlow.Config(URI.create("https://www.pinterest.com/oauth/"), "app-1", uris,
                List.of("boards:read", "pins:read"), Duration.ofMinutes(1), 10), endpoint, browser);
        return flow;
    }

    /**
     * A "browser" that approves at once: the authorization server would redirect to redirect_uri with a
     * code and the same state, so it GETs exactly that on loopback. If the listener were not already up,
     * this would fail with "connection refused".
     */
    private BrowserLauncher approvingBrowser(String code) {
        return uri -> {
            Map<String, String> p = AuthorizationRequestTest.params(uri);
            URI redirect = URI.create(p.get("redirect_uri"));
            RawHttp.Response page = RawHttp.send(InetAddress.getByName("127.0.0.1"), redirect.getPort(), "GET",
                    redirect.getRawPath() + "?code=" + code + "&state=" + p.get("state"), redirect.getHost() + ":" + redirect.getPort());
            browserPages.add(page.status() + " " + page.body());
        };
    }

    @Test
    void completesWithTheGrantAfterExchangingTheCodeExactlyOnce() throws Exception {
        int port = Ports.free();
        AuthorizationFlow.Attempt attempt = flow(List.of(Ports.ipv4(port)), approvingBrowser("the-code")).start();
        TokenGrant grant = attempt.result().get(10, TimeUnit.SECONDS);
        assertEquals("pina_exchanged", grant.accessToken());
        assertTrue(attempt.browserOpened().get(5, TimeUnit.SECONDS), "the listener was up before the browser came");
        assertEquals(1, endpoint.exchanges.size());
        FakeTokenEndpoint.Exchange ex = endpoint.exchanges.get(0);
        assertEquals("the-code", ex.code());
        // C17: same redirect URI as the authorization request, and the verifier of the challenge sent
        Map<String, String> p = AuthorizationRequestTest.params(attempt.authorizationUri());
        assertEquals(p.get("redirect_uri"), ex.redirectUri());
        assertEquals(attempt.redirectUri().text(), ex.redirectUri());
        assertEquals(p.get("code_challenge"), Pkce.fromVerifier(ex.verifier()).challenge());
        assertTrue(browserPages.get(0).startsWith("200 "));
    }

    // C16 at the flow level: a failed exchange is never retried, and a second callback never exchanges again
    @Test
    void aFailedExchangeIsNotRetried() throws Exception {
        endpoint.exchangeScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.UNKNOWN_OUTCOME, "connection reset");
        };
        int port = Ports.free();
        AuthorizationFlow.Attempt attempt = flow(List.of(Ports.ipv4(port)), approvingBrowser("c1")).start();
        ExecutionException e = assertThrows(ExecutionException.class, () -> attempt.result().get(10, TimeUnit.SECONDS));
        SignInException s = assertInstanceOf(SignInException.class, e.getCause());
        assertEquals(SignInException.Reason.EXCHANGE_FAILED, s.reason());
        assertFalse(attempt.submitPastedAddress("http://127.0.0.1:" + port + "/callback?code=c2&state="
                + AuthorizationRequestTest.params(attempt.authorizationUri()).get("state")), "already finished");
        Thread.sleep(200);
        assertEquals(1, endpoint.exchanges.size());
    }

    // C28 for the exchange
    @Test
    void invalidClientIsReportedAsAppConfiguration() throws Exception {
        endpoint.exchangeScript = () -> {
            throw new TokenEndpointException(TokenEndpointException.Kind.INVALID_CLIENT, "invalid_client");
        };
        AuthorizationFlow.Attempt attempt = flow(List.of(Ports.ipv4(Ports.free())), approvingBrowser("c")).start();
        ExecutionException e = assertThrows(ExecutionException.class, () -> attempt.result().get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("App ID or App secret"), e.getCause().getMessage());
    }

    // B15: a browser that cannot start is not fatal; the pasted address finishes the sign-in
    @Test
    void browserFailureLeavesTheUrlAndThePasteFallback() throws Exception {
        int port = Ports.free();
        AuthorizationFlow.Attempt attempt = flow(List.of(Ports.ipv4(port)), uri -> {
            throw new InternalError("no X11");
        }).start();
        assertFalse(attempt.browserOpened().get(5, TimeUnit.SECONDS));
        String state = AuthorizationRequestTest.params(attempt.authorizationUri()).get("state");
        SignInException wrong = assertThrows(SignInException.class,
                () -> attempt.submitPastedAddress("http://127.0.0.1:" + port + "/callback?code=x&state=nope"));
        assertEquals(SignInException.Reason.INVALID_CALLBACK, wrong.reason());
        assertFalse(attempt.result().isDone(), "a bad paste does not end the attempt");
        assertTrue(attempt.submitPastedAddress("http://127.0.0.1:" + port + "/callback?code=pasted&state=" + state));
        assertEquals("pina_exchanged", attempt.result().get(10, TimeUnit.SECONDS).accessToken());
        assertEquals("pasted", endpoint.exchanges.get(0).code());
        assertEquals(1, endpoint.exchanges.size());
    }

    // A12, A5: a new attempt cancels the old one, frees its port, and the old state is dead
    @Test
    void aNewAttemptCancelsThePreviousOne() throws Exception {
        int port = Ports.free();
        AuthorizationFlow f = flow(List.of(Ports.ipv4(port)), uri -> { });
        AuthorizationFlow.Attempt first = f.start();
        String firstState = AuthorizationRequestTest.params(first.authorizationUri()).get("state");
        AuthorizationFlow.Attempt second = f.start();
        assertEquals(port, second.redirectUri().port(), "the first attempt released the port");
        ExecutionException e = assertThrows(ExecutionException.class, () -> first.result().get(5, TimeUnit.SECONDS));
        assertEquals(SignInException.Reason.CANCELLED, ((SignInException) e.getCause()).reason());
        String secondState = AuthorizationRequestTest.params(second.authorizationUri()).get("state");
        assertNotEquals(firstState, secondState);
        assertEquals(400, RawHttp.get(port, "/callback?code=late&state=" + firstState).status(), "attempt 1's late callback");
        assertFalse(second.result().isDone());
        assertEquals(200, RawHttp.get(port, "/callback?code=fresh&state=" + secondState).status());
        second.result().get(10, TimeUnit.SECONDS);
        assertEquals(List.of("fresh"), endpoint.exchanges.stream().map(FakeTokenEndpoint.Exchange::code).toList());
    }

    @Test
    void aBadConfigurationIsRejectedBeforeAnyPortIsOpened() {
        assertThrows(IllegalArgumentException.class, () -> new AuthorizationFlow.Config(URI.create("https://www.pinterest.com/oauth/"),
                " ", List.of(RedirectUri.parse("http://localhost:8085/")), List.of("pins:read")));
        assertThrows(IllegalArgumentException.class, () -> new AuthorizationFlow.Config(URI.create("https://www.pinterest.com/oauth/"),
                "app", List.of(RedirectUri.parse("http://localhost:8085/")), List.of()));
    }

    // A9: app shutdown
    @Test
    void closingTheFlowReleasesThePort() throws Exception {
        int port = Ports.free();
        AuthorizationFlow f = flow(List.of(Ports.ipv4(port)), uri -> { });
        AuthorizationFlow.Attempt attempt = f.start();
        f.close();
        assertTrue(Ports.canBind(InetAddress.getByName("127.0.0.1"), port));
        assertTrue(attempt.result().isCompletedExceptionally());
    }

    // C18 (the part the auth layer owns): a grant without access token or lifetime cannot exist
    @Test
    void aGrantNeedsAnAccessTokenAndALifetime() {
        assertThrows(IllegalArgumentException.class, () -> new TokenGrant(null, "r", 3600, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TokenGrant(" ", "r", 3600, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TokenGrant("a", "r", 0, null, null));
        assertEquals(null, new TokenGrant("a", "", 1, null, null).refreshToken());
    }

    // A9: cancel
    @Test
    void cancelEndsTheAttemptAndFreesThePort() throws Exception {
        int port = Ports.free();
        AuthorizationFlow.Attempt attempt = flow(List.of(Ports.ipv4(port)), uri -> { }).start();
        attempt.cancel();
        assertTrue(Ports.canBind(InetAddress.getByName("127.0.0.1"), port));
        ExecutionException e = assertThrows(ExecutionException.class, () -> attempt.result().get(5, TimeUnit.SECONDS));
        assertEquals(SignInException.Reason.CANCELLED, ((SignInException) e.getCause()).reason());
        assertTrue(endpoint.exchanges.isEmpty());
    }
}
