package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    static Map<String, String> params(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    // A2, B14
    @Test
    void carriesEveryParameterWithTheRedirectUriByteForByte() {
        OAuthState state = OAuthState.generate();
        Pkce pkce = Pkce.generate();
        RedirectUri redirect = RedirectUri.parse("http://localhost:8085/");
        URI uri = AuthorizationRequest.builder()
                .authorizeEndpoint(URI.create("https://www.pinterest.com/oauth/"))
                .clientId("1234567")
                .redirectUri(redirect)
                .scopes(List.of("user_accounts:read", "boards:read", "pins:write"))
                .state(state)
                .pkce(pkce)
                .build()
                .uri();
        assertTrue(uri.toString().startsWith("https://www.pinterest.com/oauth/?"));
        Map<String, String> p = params(uri);
        assertEquals("code", p.get("response_type"));
        assertEquals("1234567", p.get("client_id"));
        assertEquals("http://localhost:8085/", p.get("redirect_uri"));
        assertEquals("user_accounts:read,boards:read,pins:write", p.get("scope"));
        assertTrue(uri.getRawQuery().contains("scope=user_accounts:read,boards:read,pins:write"), "commas as Pinterest documents");
        assertEquals(state.value(), p.get("state"));
        assertEquals(pkce.challenge(), p.get("code_challenge"));
        assertEquals("S256", p.get("code_challenge_method"));
        assertFalse(p.containsKey("code_verifier"), "the verifier never leaves the app before the token request");
        assertEquals(7, p.size());
    }

    @Test
    void appendsToAnEndpointThatAlreadyHasAQuery() {
        URI uri = AuthorizationRequest.builder()
                .authorizeEndpoint(URI.create("http://127.0.0.1:9999/oauth/?tenant=x"))
                .clientId("c").redirectUri(RedirectUri.parse("http://127.0.0.1:8085/cb")).scopes(List.of("pins:read"))
                .state(OAuthState.generate()).pkce(Pkce.generate()).build().uri();
        assertEquals("x", params(uri).get("tenant"));
        assertEquals("http://127.0.0.1:8085/cb", params(uri).get("redirect_uri"));
    }

    // B14: no way to build without state or PKCE
    @Test
    void refusesToBuildWithoutStatePkceClientOrScopes() {
        AuthorizationRequest.Builder base = AuthorizationRequest.builder()
                .authorizeEndpoint(URI.create("https://www.pinterest.com/oauth/")).clientId("c")
                .redirectUri(RedirectUri.parse("http://localhost:8085/")).scopes(List.of("pins:read"));
        assertThrows(NullPointerException.class, () -> base.state(OAuthState.generate()).pkce(null).build());
        assertThrows(NullPointerException.class, () -> base.state(null).pkce(Pkce.generate()).build());
        assertThrows(IllegalArgumentException.class, () -> base.state(OAuthState.generate()).pkce(Pkce.generate()).clientId(" ").build());
        assertThrows(IllegalArgumentException.class, () -> base.clientId("c").scopes(List.of()).build());
    }

    // F37
    @Test
    void toStringOmitsTheQuery() {
        OAuthState state = OAuthState.generate();
        AuthorizationRequest r = AuthorizationRequest.builder().authorizeEndpoint(URI.create("https://www.pinterest.com/oauth/"))
                .clientId("c").redirectUri(RedirectUri.parse("http://localhost:8085/")).scopes(List.of("pins:read"))
                .state(state).pkce(Pkce.generate()).build();
        assertFalse(r.toString().contains(state.value()));
    }
}
