package io.pindesk.api;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Pinterest's token endpoint ({@code POST /v5/oauth/token}, {@code POST /v5/oauth/token/revoke}; pinterest-v5.md
 * §2.2, §2.7): HTTP Basic client authentication, form-encoded bodies.
 *
 * <p>Nothing here is ever retried: an authorization code is single-use and refresh tokens rotate, so a second
 * attempt could burn the grant or trigger reuse detection. A lost reply is an {@link UnknownOutcomeException};
 * the caller (the sign-in work's token manager) decides. Blocking: call from I/O threads only.
 */
public final class OAuthClient implements AutoCloseable {

    private final ApiTransport transport;
    private final ClientCredentials client;
    private final CloseableHttpClient ownedHttp;

    public OAuthClient(URI apiBase, ClientCredentials client, CloseableHttpClient http, Pacers pacers,
            HttpSettings settings) {
        this.client = Objects.requireNonNull(client, "client credentials");
        CloseableHttpClient h = http != null ? http : HttpClientFactory.create(settings);
        this.ownedHttp = http == null ? h : null;
        this.transport = new ApiTransport(PinterestClient.checkBase(apiBase), h,
                pacers != null ? pacers : Pacers.standard(), RetryPolicy.NONE, 64 * 1024,
                settings.requestDeadline(), Clock.systemUTC());
    }

    /** A client with its own HTTP client and pacers (scripts, tests). */
    public OAuthClient(URI apiBase, ClientCredentials client) {
        this(apiBase, client, null, null, HttpSettings.STANDARD);
    }

    /**
     * Exchanges an authorization code. Sends {@code continuous_refresh=true} (needed by apps created before
     * 2025-09-25, harmless otherwise) and the PKCE {@code code_verifier} when given (defence in depth; Pinterest
     * does not document it). {@code redirectUri} must be the one of the authorization request.
     */
    public TokenResponse exchangeCode(String code, String codeVerifier, String redirectUri) {
        Checks.nonBlank("authorization code", code);
        Checks.nonBlank("redirect URI", redirectUri);
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("grant_type", "authorization_code"));
        form.add(Map.entry("code", code));
        form.add(Map.entry("redirect_uri", redirectUri));
        if (codeVerifier != null) {
            form.add(Map.entry("code_verifier", codeVerifier));
        }
        form.add(Map.entry("continuous_refresh", "true"));
        return token(form);
    }

    /** Refreshes; {@code scope} may narrow the grant (null keeps it). The reply usually carries a new refresh token. */
    public TokenResponse refresh(String refreshToken, String scope) {
        Checks.nonBlank("refresh token", refreshToken);
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("grant_type", "refresh_token"));
        form.add(Map.entry("refresh_token", refreshToken));
        if (scope != null && !scope.isBlank()) {
            form.add(Map.entry("scope", scope));
        }
        return token(form);
    }

    /**
     * Revokes a token. Pinterest documents it for system users only, so callers treat failure as "delete locally
     * and point the user to Pinterest's settings".
     */
    public void revoke(String token, TokenTypeHint hint) {
        Checks.nonBlank("token", token);
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("token", token));
        if (hint != null) {
            form.add(Map.entry("token_type_hint", hint.wire()));
        }
        transport.execute(formRequest(ApiOperation.OAUTH_REVOKE, "/oauth/token/revoke", form), basic(), null,
                OAuthClient::mapError, Cancellation.none());
    }

    @Override
    public void close() {
        if (ownedHttp != null) {
            HostClients.closeQuietly(ownedHttp);
        }
    }

    private TokenResponse token(List<Map.Entry<String, String>> form) {
        return transport.execute(formRequest(ApiOperation.OAUTH_TOKEN, "/oauth/token", form), basic(),
                OAuthClient::readToken, OAuthClient::mapError, Cancellation.none());
    }

    private Credentials basic() {
        String header = client.basicAuthorization();
        return new Credentials() {
            @Override
            public String authorization() {
                return header;
            }

            @Override
            public Optional<Credentials> renewAfterRejection() {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "Basic[redacted]";
            }
        };
    }

    private static ApiRequest formRequest(ApiOperation op, String path, List<Map.Entry<String, String>> form) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : form) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return new ApiRequest(op, path, List.of(), body.toString(), ApiRequest.FORM);
    }

    private static final TypeAdapter<Wire.TokenJson> TOKEN_ADAPTER = Wire.GSON.getAdapter(Wire.TokenJson.class);

    /** Validates before anything is stored (oauth-and-keychain.md C.18). Messages never include token values. */
    static TokenResponse readToken(JsonReader reader) throws IOException {
        Wire.TokenJson j = TOKEN_ADAPTER.read(reader);
        if (j == null || j.accessToken() == null || j.accessToken().isBlank()) {
            throw new IllegalStateException("token reply without access_token");
        }
        if (j.expiresIn() == null || j.expiresIn() <= 0) {
            throw new IllegalStateException("token reply without a positive expires_in");
        }
        String type = j.tokenType() == null ? "bearer" : j.tokenType();
        if (!type.equalsIgnoreCase("bearer")) {
            throw new IllegalStateException("token reply with token_type '" + ErrorReply.sanitise(type)
                    + "' instead of bearer");
        }
        String refresh = j.refreshToken() == null || j.refreshToken().isBlank() ? null : j.refreshToken();
        return new TokenResponse(j.accessToken(), refresh, Duration.ofSeconds(j.expiresIn()),
                positiveSeconds(j.refreshTokenExpiresIn()),
                j.refreshTokenExpiresAt() == null ? null : Instant.ofEpochSecond(j.refreshTokenExpiresAt()),
                j.scope(), type.toLowerCase(Locale.ROOT));
    }

    private static Duration positiveSeconds(Long seconds) {
        return seconds == null || seconds <= 0 ? null : Duration.ofSeconds(seconds);
    }

    /**
     * RFC 6749 §5.2 {@code error} first, then Pinterest's {@code {code, message}}: a 401 from the token endpoint
     * means the client credentials were refused; a 400 whose message is about the code or refresh token being
     * invalid/expired/revoked/used is treated as {@code invalid_grant}.
     */
    static ApiException mapError(ApiOperation op, ErrorReply reply, Duration retryAfter, Instant retryAt) {
        String error = reply.error() == null ? null : reply.error().trim().toLowerCase(Locale.ROOT);
        String detail = ErrorMapper.describe(reply);
        if ("invalid_grant".equals(error) || error == null && reply.status() == 400 && looksLikeBadGrant(reply)) {
            return new InvalidGrantException("The sign-in has expired or was revoked; sign in again" + detail, reply);
        }
        if ("invalid_client".equals(error) || error == null && reply.status() == 401) {
            return new InvalidClientException("Pinterest refused the app's ID or secret; check the app settings"
                    + detail, reply);
        }
        if (error != null) {
            return new OAuthException("Pinterest refused the sign-in request (" + ErrorReply.sanitise(error) + ")"
                    + detail, reply, ErrorReply.sanitise(error));
        }
        return ErrorMapper.map(op, reply, retryAfter, retryAt);
    }

    private static boolean looksLikeBadGrant(ErrorReply reply) {
        String m = reply.bestMessage();
        if (m == null) {
            return false;
        }
        String t = m.toLowerCase(Locale.ROOT);
        boolean aboutGrant = t.contains("grant") || t.contains("refresh token") || t.contains("refresh_token")
                || t.contains("authorization code") || t.contains("code");
        boolean bad = t.contains("invalid") || t.contains("expired") || t.contains("revoked") || t.contains("used");
        return aboutGrant && bad;
    }
}
