package io.pindesk.api;

/**
 * HTTP 429 whose message mentions spam: Pinterest considers the action spam. Waiting does not help, so it is
 * never retried (the quickstart's SpamException rule).
 */
public class SpamBlockedException extends ApiException {
    SpamBlockedException(String message, ErrorReply reply) {
        super(message, reply, null);
    }
}
