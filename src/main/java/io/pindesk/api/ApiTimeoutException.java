package io.pindesk.api;

/** The server did not connect or answer within the configured time. */
public class ApiTimeoutException extends NetworkException {
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
