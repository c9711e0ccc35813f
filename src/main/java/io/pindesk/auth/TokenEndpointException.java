package io.pindesk.auth;

/**
 * A failed token endpoint call, classified so the auth layer can react correctly. The message must be
 * built from the parsed {@code error}/{@code code}/{@code message} only, never from the raw body or a token.
 */
public class TokenEndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Code or refresh token invalid, expired, revoked or already used: the user must sign in again. */
        INVALID_GRANT,
        /** Bad or rotated App ID/secret: an app configuration problem, not "sign in again". */
        INVALID_CLIENT,
        /** The request may or may not have reached the server (timeout, reset after sending). */
        UNKNOWN_OUTCOME,
        /** Failed before anything was sent, or a 5xx/429 answer: nothing was consumed, retry later. */
        TRANSIENT,
        /** Anything else (invalid_request, invalid_scope, malformed response…). */
        OTHER
    }

    private final Kind kind;

    public TokenEndpointException(Kind kind, String message) {
        this(kind, message, null);
    }

    public TokenEndpointException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
