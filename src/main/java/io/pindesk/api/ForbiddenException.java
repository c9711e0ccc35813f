package io.pindesk.api;

/**
 * HTTP 403 (often code 29). Pinterest's message is kept because it is the useful part, e.g. "Apps with Trial
 * access may not create Pins in production … use API Sandbox … instead."
 */
public class ForbiddenException extends ApiException {
    ForbiddenException(String message, ErrorReply reply) {
        super(message, reply, null);
    }
}
