package io.pindesk.service;

import io.pindesk.api.AccessTokenSource;
import io.pindesk.auth.TokenManager;
import io.pindesk.auth.TokenUnavailableException;
import java.util.Optional;

/**
 * The API client's token hook over the account's {@link TokenManager}: every request asks for a fresh token
 * (refreshed ahead of expiry, single-flight), and a 401 asks for a replacement of exactly the rejected token,
 * so fifty requests failing together still cause one refresh.
 */
final class ManagedTokenSource implements AccessTokenSource {

    private final TokenManager tokens;

    ManagedTokenSource(TokenManager tokens) {
        this.tokens = tokens;
    }

    @Override
    public String accessToken() {
        try {
            return tokens.accessToken();
        } catch (TokenUnavailableException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<String> renewAfterRejection(String rejectedToken) {
        try {
            return Optional.of(tokens.forceRefresh(rejectedToken));
        } catch (TokenUnavailableException e) {
            return Optional.empty();
        }
    }

    static AccountUnavailableException unavailable(TokenUnavailableException e) {
        AccountUnavailableException.Reason reason = switch (e.kind()) {
            case SIGNED_OUT -> AccountUnavailableException.Reason.SIGNED_OUT;
            case NEEDS_SIGN_IN -> AccountUnavailableException.Reason.NEEDS_SIGN_IN;
            case APP_MISCONFIGURED -> AccountUnavailableException.Reason.APP_MISCONFIGURED;
            case TEMPORARY -> AccountUnavailableException.Reason.TEMPORARY;
        };
        return new AccountUnavailableException(reason, e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "ManagedTokenSource[" + tokens + "]";
    }
}
