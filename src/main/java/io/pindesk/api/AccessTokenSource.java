package io.pindesk.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the client gets the bearer token for each request. The sign-in work implements it over its token manager
 * (single-flight refresh, keychain); the CLI uses {@link #fixed} with {@code PINDESK_ACCESS_TOKEN}.
 *
 * <p>Both methods may block (keychain, token endpoint); the client only calls them from the caller's I/O thread.
 */
public interface AccessTokenSource {

    /** The token to send now. */
    String accessToken();

    /**
     * Pinterest rejected {@code rejectedToken} (401 code 2). Return a fresher token if one can be had (another
     * thread may already have refreshed it), or empty. The client retries once, and only when the returned token
     * differs from the rejected one.
     */
    default Optional<String> renewAfterRejection(String rejectedToken) {
        return Optional.empty();
    }

    /** A token that never changes: scripts, tests. */
    static AccessTokenSource fixed(String token) {
        Objects.requireNonNull(token, "token");
        return () -> token;
    }
}
