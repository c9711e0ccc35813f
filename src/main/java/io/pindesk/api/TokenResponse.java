package io.pindesk.api;

import io.pindesk.domain.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A successful token-endpoint reply. {@code refreshToken} is null when the server sent none (then the stored
 * one stays valid, RFC 6749 §6); the refresh-token lifetimes are null when not sent. Lifetimes always come from
 * here, never from constants. {@link #toString()} never shows a token.
 */
public record TokenResponse(String accessToken, String refreshToken, Duration expiresIn,
        Duration refreshTokenExpiresIn, Instant refreshTokenExpiresAt, String scope, String tokenType) {

    /** The granted scopes PinDesk knows, parsed from the space- (or comma-) separated {@code scope}. */
    public Set<Scope> grantedScopes() {
        return Scope.parseList(scope);
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=[redacted], refreshToken=" + (refreshToken == null ? "none" : "[redacted]")
                + ", expiresIn=" + expiresIn + ", refreshTokenExpiresIn=" + refreshTokenExpiresIn
                + ", refreshTokenExpiresAt=" + refreshTokenExpiresAt + ", scope=" + scope + ", tokenType="
                + tokenType + "]";
    }
}
