package io.pindesk.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link Pacer} per rate-limit category. Create one instance for the whole application (the composition root
 * does) and give it to every client, so the quota is shared by all callers, including the token endpoint.
 */
public final class Pacers {

    private final Map<RateCategory, Pacer> pacers = new EnumMap<>(RateCategory.class);

    public Pacers(Pacer read, Pacer write) {
        if (read.category() != RateCategory.ORG_READ || write.category() != RateCategory.ORG_WRITE) {
            throw new IllegalArgumentException("pacers given for the wrong categories");
        }
        pacers.put(RateCategory.ORG_READ, read);
        pacers.put(RateCategory.ORG_WRITE, write);
    }

    /** Reads allowed in flight at once; see {@link #standard()}. */
    public static final int READS_IN_FLIGHT = 64;
    /** Pinterest's Standard access limit: 100 requests per second per user per app (pinterest-v5.md §11). */
    public static final int READS_PER_SECOND = 100;

    /**
     * Reads: up to {@value #READS_IN_FLIGHT} in flight, but never more than {@value #READS_PER_SECOND} starts in any
     * rolling second. A sync is a latency-bound fan-out (every board's pages at once), so it is the rate cap, not
     * a small in-flight count, that keeps PinDesk within the published limit; a 429 still pauses the category.
     * Writes: one at a time and at least 600 ms apart, i.e. the reported org_write limit of 100 per minute;
     * serialising writes also avoids the "multiple write operations on one object" 429 (pinterest-v5.md §11).
     */
    public static Pacers standard() {
        return new Pacers(new Pacer(RateCategory.ORG_READ, READS_IN_FLIGHT, Duration.ZERO, READS_PER_SECOND),
                new Pacer(RateCategory.ORG_WRITE, 1, Duration.ofMillis(600)));
    }

    /** Bounded concurrency only, no spacing: tests, benchmarks and the local sandbox. */
    public static Pacers unspaced(int maxConcurrent) {
        return new Pacers(new Pacer(RateCategory.ORG_READ, maxConcurrent, Duration.ZERO),
                new Pacer(RateCategory.ORG_WRITE, maxConcurrent, Duration.ZERO));
    }

    public Pacer forCategory(RateCategory category) {
        return pacers.get(category);
    }
}
