package io.pindesk.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The authorize URL opened in the browser: {@code response_type=code}, {@code client_id},
 * {@code redirect_uri} (byte for byte the registered one), {@code scope} (comma-separated, as Pinterest's
 * docs show), {@code state}, {@code code_challenge} and {@code code_challenge_method=S256}. PKCE and state
 * are mandatory: the builder refuses to build without them.
 */
public final class AuthorizationRequest {

    private final URI uri;

    private AuthorizationRequest(URI uri) {
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The URL contains the state, which is single-use but still not for logs. */
    @Override
    public String toString() {
        return "AuthorizationRequest[" + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?…]";
    }

    public static final class Builder {
        private URI authorizeEndpoint;
        private String clientId;
        private RedirectUri redirectUri;
        private List<String> scopes = List.of();
        private OAuthState state;
        private Pkce pkce;

        public Builder authorizeEndpoint(URI endpoint) {
            this.authorizeEndpoint = endpoint;
            return this;
        }

        public Builder clientId(String id) {
            this.clientId = id;
            return this;
        }

        public Builder redirectUri(RedirectUri uri) {
            this.redirectUri = uri;
            return this;
        }

        public Builder scopes(List<String> list) {
            this.scopes = List.copyOf(list);
            return this;
        }

        public Builder state(OAuthState s) {
            this.state = s;
            return this;
        }

        public Builder pkce(Pkce p) {
            this.pkce = p;
            return this;
        }

        public AuthorizationRequest build() {
            Objects.requireNonNull(authorizeEndpoint, "authorize endpoint");
            Objects.requireNonNull(redirectUri, "redirect URI");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(pkce, "PKCE");
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("The App ID is missing");
            }
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("At least one scope is required");
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("response_type", "code");
            params.put("client_id", clientId.strip());
            params.put("redirect_uri", redirectUri.text());
            params.put("scope", String.join(",", scopes));
            params.put("state", state.value());
            params.put("code_challenge", pkce.challenge());
            params.put("code_challenge_method", Pkce.METHOD);
            List<String> pairs = new ArrayList<>();
            params.forEach((k, v) -> pairs.add(k + "=" + encode(v)));
            String base = authorizeEndpoint.toString();
            String sep = authorizeEndpoint.getRawQuery() == null ? "?" : "&";
            return new AuthorizationRequest(URI.create(base + sep + String.join("&", pairs)));
        }

        /** Form-style encoding, but %20 for spaces and readable commas and colons in scopes. */
        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",").replace("%3A", ":");
        }
    }
}
