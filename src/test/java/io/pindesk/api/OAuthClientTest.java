package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token endpoint client: exact requests, never retried, typed OAuth errors, no secret in any message. */
class OAuthClientTest {

    private static final String CANARY_CODE = "CANARYCODE123456";
    private static final String CANARY_REFRESH = "pinr_CANARYREFRESH987654321";
    private static final String CANARY_SECRET = "CANARYSECRETabcdef";
    private static final String CANARY_VERIFIER = "CANARYVERIFIER-" + "v".repeat(40);

    private StubServer stub;
    private OAuthClient oauth;

    @BeforeEach
    void start() {
        stub = new StubServer();
        oauth = new OAuthClient(stub.base(), new ClientCredentials("1481234", CANARY_SECRET), null,
                Pacers.unspaced(2), TestClients.SHORT_TIMEOUTS);
    }

    @AfterEach
    void stop() {
        oauth.close();
        stub.close();
    }

    @Test
    void codeExchangeSendsTheGrantWithBasicAuthAndContinuousRefresh() {
        stub.on("POST", "/oauth/token", StubServer.json(200, StubServer.fixture("token_code.json")));
        TokenResponse t = oauth.exchangeCode(CANARY_CODE, CANARY_VERIFIER, "http://localhost:8085/");
        assertEquals("bearer", t.tokenType());
        StubServer.Recorded r = stub.last();
        assertEquals("Basic " + Base64.getEncoder().encodeToString(("1481234:" + CANARY_SECRET)
                .getBytes(StandardCharsets.UTF_8)), r.header("authorization"));
        assertEquals(List.of(
                Map.entry("grant_type", "authorization_code"),
                Map.entry("code", CANARY_CODE),
                Map.entry("redirect_uri", "http://localhost:8085/"),
                Map.entry("code_verifier", CANARY_VERIFIER),
                Map.entry("continuous_refresh", "true")), form(r));
        assertNull(r.rawQuery());
    }

    @Test
    void refreshSendsTheRefreshTokenAndOptionalScope() {
        stub.on("POST", "/oauth/token", StubServer.json(200, "{\"access_token\":\"pina_x\",\"token_type\":\"Bearer\","
                + "\"expires_in\":3600,\"scope\":\"pins:read\"}"));
        TokenResponse t = oauth.refresh(CANARY_REFRESH, "pins:read");
        assertNull(t.refreshToken(), "no refresh token in the reply: the stored one stays");
        assertNull(t.refreshTokenExpiresIn());
        assertEquals(List.of(Map.entry("grant_type", "refresh_token"), Map.entry("refresh_token", CANARY_REFRESH),
                Map.entry("scope", "pins:read")), form(stub.last()));
    }

    @Test
    void revokeSendsTokenAndHint() {
        stub.on("POST", "/oauth/token/revoke", StubServer.noContent());
        oauth.revoke(CANARY_REFRESH, TokenTypeHint.REFRESH_TOKEN);
        assertEquals(List.of(Map.entry("token", CANARY_REFRESH), Map.entry("token_type_hint", "refresh_token")),
                form(stub.last()));
    }

    @Test
    void neverRetriedOn503Or429() {
        stub.on("POST", "/oauth/token", StubServer.json(503, "{}"));
        assertThrows(ServerErrorException.class, () -> oauth.refresh(CANARY_REFRESH, null));
        stub.on("POST", "/oauth/token", (r, ex) -> {
            ex.getResponseHeaders().set("Retry-After", "1");
            StubServer.json(ex, 429, "{\"code\":8,\"message\":\"rate limit\"}");
        });
        assertThrows(RateLimitedException.class, () -> oauth.exchangeCode(CANARY_CODE, null, "http://localhost:8085/"));
        assertEquals(2, stub.requests().size());
    }

    @Test
    void aResetAfterSendingIsAnUnknownOutcome() throws IOException {
        try (RawServer raw = new RawServer(RawServer.RESET);
                OAuthClient c = new OAuthClient(raw.base(), new ClientCredentials("1", CANARY_SECRET), null,
                        Pacers.unspaced(1), TestClients.SHORT_TIMEOUTS)) {
            UnknownOutcomeException e = assertThrows(UnknownOutcomeException.class,
                    () -> c.refresh(CANARY_REFRESH, null));
            assertEquals(1, raw.requests());
            assertNoCanary(e);
        }
    }

    @Test
    void oauthErrorsAreTyped() {
        stub.on("POST", "/oauth/token", StubServer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"Refresh token " + CANARY_REFRESH + " was revoked\"}"));
        InvalidGrantException grant = assertThrows(InvalidGrantException.class, () -> oauth.refresh(CANARY_REFRESH, null));
        assertNoCanary(grant);

        stub.on("POST", "/oauth/token", StubServer.json(401, "{\"error\":\"invalid_client\"}"));
        assertThrows(InvalidClientException.class, () -> oauth.refresh(CANARY_REFRESH, null));

        stub.on("POST", "/oauth/token", StubServer.json(401, "{\"code\":2,\"message\":\"Authentication failed.\"}"));
        InvalidClientException client = assertThrows(InvalidClientException.class,
                () -> oauth.exchangeCode(CANARY_CODE, null, "http://localhost:8085/"));
        assertTrue(client.getMessage().contains("app"), client.getMessage());

        stub.on("POST", "/oauth/token", StubServer.json(400, "{\"code\":1,\"message\":\"Invalid authorization code\"}"));
        assertThrows(InvalidGrantException.class, () -> oauth.exchangeCode(CANARY_CODE, null, "http://localhost:8085/"));

        stub.on("POST", "/oauth/token", StubServer.json(400, "{\"error\":\"invalid_scope\"}"));
        OAuthException other = assertThrows(OAuthException.class, () -> oauth.refresh(CANARY_REFRESH, "x"));
        assertEquals("invalid_scope", other.error());
        assertFalse(other instanceof InvalidGrantException);
    }

    @Test
    void unusableTokenRepliesAreRejected() {
        for (String body : List.of(
                "{\"token_type\":\"bearer\",\"expires_in\":10}",
                "{\"access_token\":\"pina_" + CANARY_CODE + "\",\"token_type\":\"bearer\"}",
                "{\"access_token\":\"pina_" + CANARY_CODE + "\",\"token_type\":\"mac\",\"expires_in\":10}",
                "{\"access_token\":\"pina_" + CANARY_CODE + "\",\"expires_in\":\"soon\"}",
                "<html>login</html>")) {
            stub.on("POST", "/oauth/token", StubServer.json(200, body));
            MalformedResponseException e = assertThrows(MalformedResponseException.class,
                    () -> oauth.refresh(CANARY_REFRESH, null), body);
            assertNoCanary(e);
        }
    }

    @Test
    void credentialsAndTokensNeverShowInToString() {
        assertFalse(new ClientCredentials("1", CANARY_SECRET).toString().contains("CANARY"));
        TokenResponse t = new TokenResponse("pina_" + CANARY_CODE, CANARY_REFRESH, java.time.Duration.ofSeconds(1),
                null, null, "x", "bearer");
        assertFalse(t.toString().contains("CANARY"));
    }

    private static void assertNoCanary(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.toString();
            assertFalse(text.contains("CANARY"), text);
        }
    }

    private static List<Map.Entry<String, String>> form(StubServer.Recorded r) {
        StubServer.Recorded asQuery = new StubServer.Recorded(r.method(), r.path(), r.bodyText(), r.headers(),
                new byte[0]);
        return asQuery.query();
    }
}
