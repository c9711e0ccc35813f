package io.pindesk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of "now" (token and code expiry, rate-limit windows, created_at). Tests advance it
 * instead of sleeping; it never goes backwards.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetMillis;

    public SandboxClock(Clock base) {
        this(base, new AtomicLong());
    }

    private SandboxClock(Clock base, AtomicLong offsetMillis) {
        this.base = base;
        this.offsetMillis = offsetMillis;
    }

    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC());
    }

    /** Moves time forward for everything that uses this clock. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis.get());
    }

    @Override
    public long millis() {
        return base.millis() + offsetMillis.get();
    }
}
