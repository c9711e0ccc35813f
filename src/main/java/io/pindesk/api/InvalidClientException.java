package io.pindesk.api;

/**
 * {@code invalid_client} (or a 401 from the token endpoint): the App ID / App secret were refused. An app
 * configuration problem, not a reason to ask the user to sign in again.
 */
public class InvalidClientException extends OAuthException {
    InvalidClientException(String message, ErrorReply reply) {
        super(message, reply, "invalid_client");
    }
}
