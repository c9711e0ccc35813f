package io.pindesk.api;

/** HTTP 400, 409 or another 4xx: Pinterest refused what was sent. Sending it again unchanged will fail again. */
public class InvalidRequestException extends ApiException {
    InvalidRequestException(String message, ErrorReply reply) {
        super(message, reply, null);
    }
}
