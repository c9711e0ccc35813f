package io.pindesk.service;

import io.pindesk.api.ApiException;
import io.pindesk.api.InvalidClientException;
import io.pindesk.api.InvalidGrantException;
import io.pindesk.api.NetworkException;
import io.pindesk.api.OAuthClient;
import io.pindesk.api.RateLimitedException;
import io.pindesk.api.ServerErrorException;
import io.pindesk.api.TokenResponse;
import io.pindesk.api.UnknownOutcomeException;
import io.pindesk.auth.TokenEndpoint;
import io.pindesk.auth.TokenEndpointException;
import io.pindesk.auth.TokenGrant;
import io.pindesk.domain.Scope;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The auth layer's token endpoint over the API client's {@link OAuthClient}. Neither side retries; this only
 * classifies failures so the token manager reacts right: a lost reply is UNKNOWN_OUTCOME (the refresh may have
 * rotated the token), network failures before sending, 429 and 5xx are TRANSIENT (nothing was consumed).
 */
final class OAuthTokenEndpoint implements TokenEndpoint {

    private final OAuthClient client;

    OAuthTokenEndpoint(OAuthClient client) {
        this.client = client;
    }

    @Override
    public TokenGrant exchange(String code, String codeVerifier, String redirectUri) throws TokenEndpointException {
        try {
            return grant(client.exchangeCode(code, codeVerifier, redirectUri));
        } catch (ApiException e) {
            throw map(e);
        }
    }

    @Override
    public TokenGrant refresh(String refreshToken) throws TokenEndpointException {
        try {
            return grant(client.refresh(refreshToken, null));
        } catch (ApiException e) {
            throw map(e);
        }
    }

    @Override
    public void revoke(String token) throws TokenEndpointException {
        try {
            client.revoke(token, null); // the server tells access from refresh tokens itself
        } catch (ApiException e) {
            throw map(e);
        }
    }

    private static TokenGrant grant(TokenResponse r) throws TokenEndpointException {
        Set<String> scopes = new LinkedHashSet<>();
        if (r.scope() != null) {
            for (String s : r.scope().split("[\\s,]+")) {
                if (!s.isBlank()) {
                    scopes.add(s);
                }
            }
        }
        try {
            return new TokenGrant(r.accessToken(), r.refreshToken(), r.expiresIn().toSeconds(),
                    r.refreshTokenExpiresIn() == null ? null : r.refreshTokenExpiresIn().toSeconds(), scopes);
        } catch (IllegalArgumentException e) {
            throw new TokenEndpointException(TokenEndpointException.Kind.OTHER, e.getMessage());
        }
    }

    /** ApiException messages never carry tokens or bodies (api contract), so they may be passed on. */
    static TokenEndpointException map(ApiException e) {
        TokenEndpointException.Kind kind;
        if (e instanceof InvalidGrantException) {
            kind = TokenEndpointException.Kind.INVALID_GRANT;
        } else if (e instanceof InvalidClientException) {
            kind = TokenEndpointException.Kind.INVALID_CLIENT;
        } else if (e instanceof UnknownOutcomeException) {
            kind = TokenEndpointException.Kind.UNKNOWN_OUTCOME;
        } else if (e instanceof NetworkException || e instanceof RateLimitedException
                || e instanceof ServerErrorException) {
            kind = TokenEndpointException.Kind.TRANSIENT;
        } else {
            kind = TokenEndpointException.Kind.OTHER;
        }
        return new TokenEndpointException(kind, e.getMessage(), e);
    }

    /** Scope wire names PinDesk knows, for recording what was granted. */
    static Set<Scope> known(Set<String> wire) {
        return Scope.parseList(String.join(" ", wire));
    }
}
