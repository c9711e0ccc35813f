package io.pindesk.api;

/** The caller cancelled the operation (a {@link Cancellation} or a thread interrupt) while it waited or paged. */
public class ApiCancelledException extends ApiException {
    public ApiCancelledException(String message) {
        super(message, 0, null, null, null, null);
    }
}
