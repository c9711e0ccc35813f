package io.pindesk.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard the client tries an idempotent request (GET, DELETE) again after a 5xx, a 429 or an I/O failure:
 * capped exponential backoff with full jitter, a bounded number of attempts, and a cap on how long a
 * {@code Retry-After} may make it wait (beyond that the caller gets a {@link RateLimitedException} with the time).
 * POST and PATCH are never retried by this policy.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** 4 attempts, 0.5 s doubling up to 8 s, Retry-After honoured up to 60 s (oauth-and-keychain.md G.41). */
    public static final RetryPolicy STANDARD =
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

    /** Exactly one attempt: nothing is retried. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** The wait before attempt {@code attempt + 1}, where {@code attempt} counts from 1: random in [d/2, d]. */
    public Duration backoff(int attempt) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 20);
        long exp = Math.min(cap, base << shift);
        if (exp <= 0) {
            return Duration.ZERO;
        }
        // "Equal jitter": never less than half the step, so a burst of clients still spreads out but backs off.
        long half = exp / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exp - half + 1));
    }
}
