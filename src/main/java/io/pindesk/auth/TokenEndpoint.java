package io.pindesk.auth;

/**
 * The token endpoint calls, supplied by the API client ({@code POST /v5/oauth/token} and
 * {@code /oauth/token/revoke}, HTTP Basic client credentials, automatic retries disabled).
 * Implementations never retry by themselves: a duplicate code exchange or refresh is harmful.
 */
public interface TokenEndpoint {

    /** {@code grant_type=authorization_code} with the same redirect URI as the authorization request. */
    TokenGrant exchange(String code, String codeVerifier, String redirectUri) throws TokenEndpointException;

    /** {@code grant_type=refresh_token}; the refresh token in the result is null when the server sent none. */
    TokenGrant refresh(String refreshToken) throws TokenEndpointException;

    /** Best effort; Pinterest currently revokes only system-user tokens. */
    void revoke(String token) throws TokenEndpointException;
}
