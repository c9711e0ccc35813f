package io.pindesk.sandbox;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v5/oauth/token} and {@code /v5/oauth/token/revoke}: HTTP Basic client authentication, then the
 * grant. Errors carry Pinterest's {@code code}/{@code message} and RFC 6749's {@code error}.
 */
final class TokenEndpoint {

    private final OAuthClient client;
    private final SandboxProfile profile;
    private final TokenService tokens;

    TokenEndpoint(OAuthClient client, SandboxProfile profile, TokenService tokens) {
        this.client = client;
        this.profile = profile;
        this.tokens = tokens;
    }

    SandboxResponse token(String authorization, String contentType, Map<String, String> form) throws ApiError {
        authenticateClient(authorization);
        requireForm(contentType);
        String grantType = form.get("grant_type");
        if (grantType == null) {
            throw new ApiError(400, 1, "grant_type is required.", "invalid_request");
        }
        TokenService.TokenSet set = switch (grantType) {
            case "authorization_code" -> {
                String continuous = form.get("continuous_refresh");
                if (continuous != null && !continuous.equals("true") && !continuous.equals("false")) {
                    throw new ApiError(400, 1, "continuous_refresh must be true or false.", "invalid_request");
                }
                if (form.get("code") == null) {
                    throw new ApiError(400, 1, "code is required.", "invalid_request");
                }
                yield tokens.exchangeCode(client.clientId(), form.get("code"), form.get("redirect_uri"),
                        form.get("code_verifier"));
            }
            case "refresh_token" -> {
                if (form.get("refresh_token") == null) {
                    throw new ApiError(400, 1, "refresh_token is required.", "invalid_request");
                }
                yield tokens.refresh(form.get("refresh_token"), form.get("scope"));
            }
            case "client_credentials" -> {
                Set<String> scopes;
                try {
                    scopes = Scopes.parse(form.get("scope"));
                } catch (IllegalArgumentException e) {
                    throw new ApiError(400, 1, e.getMessage(), "invalid_scope");
                }
                if (scopes.isEmpty()) {
                    throw new ApiError(400, 1, "scope is required for client_credentials.", "invalid_scope");
                }
                yield tokens.clientCredentials(scopes);
            }
            default -> throw new ApiError(400, 1, "grant_type '" + grantType + "' is not supported.",
                    "unsupported_grant_type");
        };
        JsonObject o = new JsonObject();
        o.addProperty("access_token", set.accessToken());
        o.addProperty("token_type", "bearer");
        o.addProperty("expires_in", set.expiresIn());
        o.addProperty("scope", String.join(" ", set.scopes()));
        o.addProperty("response_type", set.responseType());
        if (set.refreshToken() != null) {
            o.addProperty("refresh_token", set.refreshToken());
            o.addProperty("refresh_token_expires_in", set.refreshExpiresIn());
            o.addProperty("refresh_token_expires_at", set.refreshExpiresAt());
        }
        return SandboxResponse.json(200, o).header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    SandboxResponse revoke(String authorization, String contentType, Map<String, String> form) throws ApiError {
        authenticateClient(authorization);
        requireForm(contentType);
        if (profile == SandboxProfile.PINTEREST) {
            // Pinterest: "Only tokens issued for system users are currently supported."
            throw ApiError.forbidden();
        }
        String hint = form.get("token_type_hint");
        if (hint != null && !hint.equals("access_token") && !hint.equals("refresh_token")) {
            throw new ApiError(400, 1, "token_type_hint must be access_token or refresh_token.", "invalid_request");
        }
        if (form.get("token") == null) {
            throw new ApiError(400, 1, "token is required.", "invalid_request");
        }
        tokens.revoke(form.get("token"));
        // RFC 7009 §2.2: unknown tokens are not an error.
        return new SandboxResponse(200, null, SandboxResponse.EMPTY, new java.util.LinkedHashMap<>());
    }

    private void authenticateClient(String authorization) throws ApiError {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw clientError();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw clientError();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals(client.clientId())
                || !client.secretMatches(decoded.substring(colon + 1))) {
            throw clientError();
        }
    }

    private static void requireForm(String contentType) throws ApiError {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw new ApiError(400, 1, "The body must be application/x-www-form-urlencoded.", "invalid_request");
        }
    }

    private static ApiError clientError() {
        return new ApiError(401, 2, "Authentication failed.", "invalid_client");
    }
}
