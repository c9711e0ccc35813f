package io.pindesk.auth;

import io.pindesk.secrets.Masking;
import java.util.Set;

/**
 * What the token endpoint granted (code exchange or refresh), already validated by the API client.
 *
 * @param accessToken      the bearer token
 * @param refreshToken     a (rotated) refresh token, or null when the response carried none
 * @param expiresIn        access token lifetime in seconds, counted from receipt
 * @param refreshExpiresIn refresh token lifetime in seconds, or null when not given
 * @param scopes           granted scopes (may be narrower than requested)
 */
public record TokenGrant(String accessToken, String refreshToken, long expiresIn, Long refreshExpiresIn, Set<String> scopes) {

    public TokenGrant {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("the token response has no access token");
        }
        if (expiresIn <= 0) {
            throw new IllegalArgumentException("the token response has no valid expires_in");
        }
        if (refreshToken != null && refreshToken.isBlank()) {
            refreshToken = null;
        }
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=" + Masking.mask(accessToken) + ", refreshToken=" + Masking.mask(refreshToken)
                + ", expiresIn=" + expiresIn + ", refreshExpiresIn=" + refreshExpiresIn + ", scopes=" + scopes + "]";
    }
}
