package io.pindesk.api;

/** {@code invalid_grant}: the code or refresh token is invalid, expired, revoked or already used. Sign in again. */
public class InvalidGrantException extends OAuthException {
    InvalidGrantException(String message, ErrorReply reply) {
        super(message, reply, "invalid_grant");
    }
}
