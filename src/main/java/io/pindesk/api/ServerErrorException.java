package io.pindesk.api;

/** HTTP 5xx after the retries allowed for the operation (none for writes). */
public class ServerErrorException extends ApiException {
    ServerErrorException(String message, ErrorReply reply) {
        super(message, reply, null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
