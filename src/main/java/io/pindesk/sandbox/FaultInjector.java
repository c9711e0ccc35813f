package io.pindesk.sandbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Applies a {@link FaultSpec}: decides per request whether it fails, stalls or is rate limited. */
final class FaultInjector {

    enum Outcome { PROCEED, SERVER_ERROR, RESET, STALL }

    /** A 429 decision with what the headers should say. */
    record Throttle(RateLimit limit, long resetEpochSecond, long retryAfterSeconds) {}

    private final Clock clock;
    private FaultSpec spec;
    private Random random;
    private final Map<String, long[]> windows = new HashMap<>();

    FaultInjector(Clock clock, FaultSpec spec) {
        this.clock = clock;
        set(spec);
    }

    synchronized void set(FaultSpec newSpec) {
        this.spec = newSpec;
        this.random = new Random(newSpec.seed());
        windows.clear();
    }

    synchronized FaultSpec spec() {
        return spec;
    }

    synchronized Outcome draw() {
        if (spec.resetRate() > 0 && random.nextDouble() < spec.resetRate()) {
            return Outcome.RESET;
        }
        if (spec.serverErrorRate() > 0 && random.nextDouble() < spec.serverErrorRate()) {
            return Outcome.SERVER_ERROR;
        }
        if (spec.stallRate() > 0 && random.nextDouble() < spec.stallRate()) {
            return Outcome.STALL;
        }
        return Outcome.PROCEED;
    }

    /** Counts the request against its category; returns a throttle when over quota, else null. */
    synchronized Throttle admit(String category) {
        RateLimit limit = spec.rateLimits().get(category);
        if (limit == null) {
            return null;
        }
        long now = clock.millis();
        long windowMillis = limit.window().toMillis();
        long[] w = windows.computeIfAbsent(category, k -> new long[] {now, 0});
        if (now - w[0] >= windowMillis) {
            w[0] = now - (now - w[0]) % windowMillis;
            w[1] = 0;
        }
        w[1]++;
        long resetMillis = w[0] + windowMillis;
        if (w[1] <= limit.limit()) {
            return null;
        }
        long retryAfter = Math.max(1, (resetMillis - now + 999) / 1000);
        return new Throttle(limit, Math.floorDiv(resetMillis + 999, 1000), retryAfter);
    }

    /** Requests left in the current window, for x-ratelimit-remaining on successful answers. */
    synchronized long remaining(String category) {
        RateLimit limit = spec.rateLimits().get(category);
        long[] w = windows.get(category);
        return limit == null || w == null ? -1 : Math.max(0, limit.limit() - w[1]);
    }
}
