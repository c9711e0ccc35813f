package io.pindesk.api;

/** HTTP 401 (Pinterest code 2): the access token is invalid, expired or revoked, even after one refresh. */
public class AuthenticationException extends ApiException {
    AuthenticationException(String message, ErrorReply reply) {
        super(message, reply, null);
    }
}
