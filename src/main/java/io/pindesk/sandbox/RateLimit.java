package io.pindesk.sandbox;

import java.time.Duration;

/**
 * A per-category quota: at most {@code limit} requests per fixed {@code window}. When exceeded the sandbox answers
 * 429 with code 8; {@code retryAfter} adds a Retry-After header and {@code headers} the (undocumented but seen)
 * {@code x-ratelimit-limit/remaining/reset} headers.
 */
public record RateLimit(int limit, Duration window, boolean retryAfter, boolean headers) {

    public RateLimit {
        if (limit < 0) {
            throw new IllegalArgumentException("rate limit must be 0 or more");
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("rate-limit window must be positive");
        }
    }
}
