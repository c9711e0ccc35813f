package io.pindesk.api;

import java.time.Duration;
import java.time.Instant;

/**
 * HTTP 429 code 8 that the client did not (or could not) wait out: the wait was longer than the cap, the retry
 * budget was spent, or the request was a write that is never re-sent blindly.
 */
public class RateLimitedException extends ApiException {

    private final Duration retryAfter;
    private final Instant retryAt;

    RateLimitedException(String message, ErrorReply reply, Duration retryAfter, Instant retryAt) {
        super(message, reply, null);
        this.retryAfter = retryAfter;
        this.retryAt = retryAt;
    }

    /** The server's {@code Retry-After}, or null when it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** When trying again makes sense (server-given or our backoff estimate); never null. */
    public Instant retryAt() {
        return retryAt;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
