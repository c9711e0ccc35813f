package io.pindesk.sandbox;

import static io.pindesk.sandbox.SandboxClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxOAuthTest {

    /** RFC 7636 appendix B test vector. */
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    static final String REDIRECT = "http://localhost:8085/";
    static final String SCOPES = "user_accounts:read,boards:read,pins:read";

    private SandboxServer server;
    private SandboxClient client;

    private void start(SandboxProfile profile) throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().profile(profile).seed(SandboxSeed.empty()).build());
        client = new SandboxClient(server, null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Map<String, String> authorizeParams() {
        return new HashMap<>(params("client_id", server.clientId(), "redirect_uri", REDIRECT, "response_type", "code",
                "scope", SCOPES, "state", "st-123", "code_challenge", CHALLENGE, "code_challenge_method", "S256"));
    }

    /** POSTs the consent form and returns the redirect target. */
    private URI consent(Map<String, String> p) throws Exception {
        SandboxClient.Reply r = client.form("/oauth/", p, false);
        assertEquals(302, r.status(), r.text());
        return URI.create(r.header("Location"));
    }

    private String code() throws Exception {
        Map<String, String> p = authorizeParams();
        p.put("decision", "allow");
        URI back = consent(p);
        Map<String, String> q = SandboxClient.query(back);
        assertEquals("st-123", q.get("state"));
        return q.get("code");
    }

    private SandboxClient.Reply exchange(String code, String verifier) throws Exception {
        Map<String, String> f = params("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "continuous_refresh", "true");
        if (verifier != null) {
            f.put("code_verifier", verifier);
        }
        return client.form("/v5/oauth/token", f, true);
    }

    private SandboxClient.Reply refresh(String refreshToken) throws Exception {
        return client.form("/v5/oauth/token", params("grant_type", "refresh_token", "refresh_token", refreshToken), true);
    }

    private int status(String accessToken) throws Exception {
        return new SandboxClient(server, accessToken).get("/v5/user_account").status();
    }

    @Test
    void fullFlowIssuesPinterestShapedTokensThatWork() throws Exception {
        start(SandboxProfile.STRICT);
        SandboxClient.Reply page = client.raw(client.request("/oauth/?" + SandboxClient.encode(authorizeParams())).GET());
        assertEquals(200, page.status());
        assertTrue(page.text().contains("user_accounts:read") && page.text().contains("Allow"), page.text());
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        SandboxClient.Reply r = exchange(code(), VERIFIER);
        assertEquals(200, r.status(), r.text());
        JsonObject t = r.json();
        assertTrue(t.get("access_token").getAsString().startsWith("pina_"));
        assertTrue(t.get("refresh_token").getAsString().startsWith("pinr_"));
        assertEquals("bearer", t.get("token_type").getAsString());
        assertEquals(3600, t.get("expires_in").getAsLong());
        assertEquals(365L * 86400, t.get("refresh_token_expires_in").getAsLong());
        assertTrue(Math.abs(t.get("refresh_token_expires_at").getAsLong()
                - Instant.now().plus(Duration.ofDays(365)).getEpochSecond()) < 60);
        assertEquals(Set.of("user_accounts:read", "boards:read", "pins:read"),
                Set.of(t.get("scope").getAsString().split(" ")));
        assertEquals("authorization_code", t.get("response_type").getAsString());
        assertEquals("no-store", r.header("Cache-Control"));
        assertEquals(200, status(t.get("access_token").getAsString()));
        assertEquals(1, server.testApi().tokenGrants("authorization_code"));
    }

    @Test
    void issuedTokensAreMaskedByTheLogRedactor() throws Exception {
        start(SandboxProfile.STRICT);
        SandboxTestApi.MintedTokens t = server.testApi().mintTokens(Set.of("boards:read"));
        String cc = client.form("/v5/oauth/token", params("grant_type", "client_credentials", "scope", "boards:read"),
                true).json().get("access_token").getAsString();
        for (String token : new String[] {t.accessToken(), t.refreshToken(), cc}) {
            String line = io.pindesk.logging.Redactor.redact("sent Authorization: Bearer " + token + " and " + token);
            assertFalse(line.contains(token.substring(5, 20)), line);
        }
    }

    @Test
    void untickedScopesAreNotGranted() throws Exception {
        start(SandboxProfile.STRICT);
        Map<String, String> p = authorizeParams();
        p.put("decision", "allow");
        p.put("consent_form", "1");
        p.put("grant_boards:read", "1");
        String code = SandboxClient.query(consent(p)).get("code");
        JsonObject t = exchange(code, VERIFIER).json();
        assertEquals("boards:read", t.get("scope").getAsString());
        assertEquals(401, status(t.get("access_token").getAsString()), "user_account needs the unticked scope");
    }

    @Test
    void denyAndEmptyConsentRedirectWithAccessDenied() throws Exception {
        start(SandboxProfile.STRICT);
        Map<String, String> p = authorizeParams();
        p.put("decision", "deny");
        Map<String, String> q = SandboxClient.query(consent(p));
        assertEquals("access_denied", q.get("error"));
        assertEquals("st-123", q.get("state"));
        assertNull(q.get("code"));
        p.put("decision", "allow");
        p.put("consent_form", "1");
        assertEquals("access_denied", SandboxClient.query(consent(p)).get("error"));
    }

    @Test
    void untrustedClientOrRedirectGetsAnErrorPageNotARedirect() throws Exception {
        start(SandboxProfile.STRICT);
        Map<String, String> p = authorizeParams();
        p.put("client_id", "999");
        SandboxClient.Reply r = client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET());
        assertEquals(400, r.status());
        assertNull(r.header("Location"));
        p = authorizeParams();
        p.put("redirect_uri", "http://localhost:8085/evil<script>");
        r = client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET());
        assertEquals(400, r.status());
        assertNull(r.header("Location"));
        assertFalse(r.text().contains("<script>"), "echoed values are escaped");
        assertTrue(r.text().contains("&lt;script&gt;"));
        p.put("redirect_uri", "http://localhost:8085");
        assertEquals(400, client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET()).status(),
                "exact match: no trailing-slash leniency");
        p.put("redirect_uri", "http://127.0.0.1:8087/");
        assertEquals(200, client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET()).status());
    }

    @Test
    void consentPageEscapesState() throws Exception {
        start(SandboxProfile.STRICT);
        Map<String, String> p = authorizeParams();
        p.put("state", "\"><script>alert(1)</script>");
        SandboxClient.Reply r = client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET());
        assertEquals(200, r.status());
        assertFalse(r.text().contains("<script>alert"));
    }

    @Test
    void badAuthorizationRequestsRedirectWithTheRightError() throws Exception {
        start(SandboxProfile.STRICT);
        Map<String, String> p = authorizeParams();
        p.put("response_type", "token");
        assertEquals("unsupported_response_type", SandboxClient.query(getRedirect(p)).get("error"));
        p = authorizeParams();
        p.put("scope", "boards:read,boards:fly");
        assertEquals("invalid_scope", SandboxClient.query(getRedirect(p)).get("error"));
        p = authorizeParams();
        p.remove("code_challenge");
        p.remove("code_challenge_method");
        assertEquals("invalid_request", SandboxClient.query(getRedirect(p)).get("error"), "strict requires PKCE");
        p = authorizeParams();
        p.put("code_challenge_method", "plain");
        assertEquals("invalid_request", SandboxClient.query(getRedirect(p)).get("error"));
    }

    private URI getRedirect(Map<String, String> p) throws Exception {
        SandboxClient.Reply r = client.raw(client.request("/oauth/?" + SandboxClient.encode(p)).GET());
        assertEquals(302, r.status(), r.text());
        return URI.create(r.header("Location"));
    }

    @Test
    void pinterestProfileAcceptsNoPkceAndHasLongLifetimes() throws Exception {
        start(SandboxProfile.PINTEREST);
        Map<String, String> p = authorizeParams();
        p.remove("code_challenge");
        p.remove("code_challenge_method");
        p.put("decision", "allow");
        String code = SandboxClient.query(consent(p)).get("code");
        JsonObject t = exchange(code, null).json();
        assertEquals(30L * 86400, t.get("expires_in").getAsLong());
        assertEquals(60L * 86400, t.get("refresh_token_expires_in").getAsLong());
    }

    @Test
    void tokenEndpointRefusesBadClientAuthentication() throws Exception {
        start(SandboxProfile.STRICT);
        String code = code();
        SandboxClient.Reply r = client.form("/v5/oauth/token", params("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", VERIFIER), false);
        assertEquals(401, r.status());
        assertEquals("invalid_client", r.json().get("error").getAsString());
        assertEquals(2, r.code());
        r = client.raw(client.request("/v5/oauth/token").header("Authorization",
                SandboxClient.basic(server.clientId(), "wrong")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code)));
        assertEquals(401, r.status());
        // The code survived the unauthenticated attempts.
        assertEquals(200, exchange(code, VERIFIER).status());
    }

    @Test
    void codeExchangeChecksVerifierRedirectAndExpiry() throws Exception {
        SandboxClock clock = SandboxClock.system();
        server = SandboxServer.start(SandboxConfig.builder().clock(clock).seed(SandboxSeed.empty()).build());
        client = new SandboxClient(server, null);
        SandboxClient.Reply r = exchange(code(), "A".repeat(43));
        assertEquals("invalid_grant", r.json().get("error").getAsString());
        assertEquals(400, r.status());
        assertEquals("invalid_grant", exchange(code(), null).json().get("error").getAsString());
        String code = code();
        r = client.form("/v5/oauth/token", params("grant_type", "authorization_code", "code", code, "redirect_uri",
                "http://localhost:8086/", "code_verifier", VERIFIER), true);
        assertEquals("invalid_grant", r.json().get("error").getAsString());
        code = code();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals("invalid_grant", exchange(code, VERIFIER).json().get("error").getAsString());
        assertEquals("invalid_grant", exchange("made-up", VERIFIER).json().get("error").getAsString());
        assertEquals(0, server.testApi().tokenGrants("authorization_code"));
    }

    @Test
    void reusedCodeFailsAndRevokesWhatItIssued() throws Exception {
        start(SandboxProfile.STRICT);
        String code = code();
        JsonObject t = exchange(code, VERIFIER).json();
        SandboxClient.Reply again = exchange(code, VERIFIER);
        assertEquals(400, again.status());
        assertEquals("invalid_grant", again.json().get("error").getAsString());
        assertEquals(401, status(t.get("access_token").getAsString()));
        assertEquals("invalid_grant", refresh(t.get("refresh_token").getAsString()).json().get("error").getAsString());
    }

    @Test
    void refreshRotatesAndReuseRevokesTheFamily() throws Exception {
        start(SandboxProfile.STRICT);
        JsonObject first = exchange(code(), VERIFIER).json();
        SandboxClient.Reply r = refresh(first.get("refresh_token").getAsString());
        assertEquals(200, r.status(), r.text());
        JsonObject second = r.json();
        assertEquals("refresh_token", second.get("response_type").getAsString());
        assertNotEquals(first.get("refresh_token").getAsString(), second.get("refresh_token").getAsString());
        assertTrue(second.has("refresh_token_expires_at"));
        assertEquals(200, status(second.get("access_token").getAsString()));
        // The rotated token comes back: theft or a racing client; everything of this sign-in dies.
        SandboxClient.Reply reuse = refresh(first.get("refresh_token").getAsString());
        assertEquals("invalid_grant", reuse.json().get("error").getAsString());
        assertEquals(401, status(second.get("access_token").getAsString()));
        assertEquals("invalid_grant", refresh(second.get("refresh_token").getAsString()).json().get("error").getAsString());
        assertEquals(1, server.testApi().tokenGrants("refresh_token"));
    }

    @Test
    void refreshCanNarrowButNotWidenScopes() throws Exception {
        start(SandboxProfile.STRICT);
        JsonObject t = exchange(code(), VERIFIER).json();
        SandboxClient.Reply wider = client.form("/v5/oauth/token", params("grant_type", "refresh_token",
                "refresh_token", t.get("refresh_token").getAsString(), "scope", "boards:read,pins:write"), true);
        assertEquals("invalid_scope", wider.json().get("error").getAsString());
        SandboxClient.Reply narrower = client.form("/v5/oauth/token", params("grant_type", "refresh_token",
                "refresh_token", t.get("refresh_token").getAsString(), "scope", "boards:read"), true);
        assertEquals(200, narrower.status(), narrower.text());
        assertEquals("boards:read", narrower.json().get("scope").getAsString());
    }

    @Test
    void tokensExpireWithTheClockAndOnDemand() throws Exception {
        SandboxClock clock = SandboxClock.system();
        server = SandboxServer.start(SandboxConfig.builder().clock(clock).seed(SandboxSeed.empty()).build());
        client = new SandboxClient(server, null);
        JsonObject t = exchange(code(), VERIFIER).json();
        clock.advance(Duration.ofMinutes(61));
        SandboxClient.Reply r = new SandboxClient(server, t.get("access_token").getAsString()).get("/v5/user_account");
        assertEquals(401, r.status());
        assertEquals(2, r.code());
        assertTrue(r.header("WWW-Authenticate").contains("invalid_token"));
        JsonObject next = refresh(t.get("refresh_token").getAsString()).json();
        assertEquals(200, status(next.get("access_token").getAsString()));
        server.testApi().expireToken(next.get("access_token").getAsString());
        assertEquals(401, status(next.get("access_token").getAsString()));
        clock.advance(Duration.ofDays(366));
        assertEquals("invalid_grant", refresh(next.get("refresh_token").getAsString()).json().get("error").getAsString());
    }

    @Test
    void clientCredentialsAndRevocation() throws Exception {
        start(SandboxProfile.STRICT);
        SandboxClient.Reply cc = client.form("/v5/oauth/token",
                params("grant_type", "client_credentials", "scope", "boards:read"), true);
        assertEquals(200, cc.status(), cc.text());
        assertTrue(cc.json().get("access_token").getAsString().startsWith("pinc_"));
        assertFalse(cc.json().has("refresh_token"));
        SandboxClient.Reply twice = client.raw(client.request("/v5/oauth/token")
                .header("Authorization", SandboxClient.basic(server.clientId(), server.clientSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("grant_type=client_credentials&scope=boards:read&scope=pins:read")));
        assertEquals(400, twice.status(), "RFC 6749 §3.1: no repeated parameters");
        assertEquals("invalid_request", twice.json().get("error").getAsString());
        assertEquals("unsupported_grant_type", client.form("/v5/oauth/token", params("grant_type", "password"), true)
                .json().get("error").getAsString());
        String access = server.testApi().mintAccessToken(Set.of("user_accounts:read"));
        assertEquals(200, status(access));
        SandboxClient.Reply revoke = client.form("/v5/oauth/token/revoke",
                params("token", access, "token_type_hint", "access_token"), true);
        assertEquals(200, revoke.status());
        assertEquals(401, status(access));
    }

    @Test
    void pinterestProfileRefusesRevocationOfUserTokens() throws Exception {
        start(SandboxProfile.PINTEREST);
        String access = server.testApi().mintAccessToken(Set.of("user_accounts:read"));
        SandboxClient.Reply revoke = client.form("/v5/oauth/token/revoke", params("token", access), true);
        assertEquals(403, revoke.status());
        assertEquals(29, revoke.code());
        assertEquals(200, status(access));
    }
}
