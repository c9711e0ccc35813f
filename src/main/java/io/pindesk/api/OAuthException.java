package io.pindesk.api;

/**
 * The token endpoint refused a request. {@link #error()} is the RFC 6749 §5.2 error ({@code invalid_request},
 * {@code unsupported_grant_type} …) when the server sent one, otherwise null.
 */
public class OAuthException extends ApiException {

    private final String error;

    OAuthException(String message, ErrorReply reply, String error) {
        super(message, reply, null);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
