package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void secondsAndDatesAndGarbage() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Sat, 28 Nov 2026 12:00:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Sat, 28 Nov 2026 11:00:00 GMT", NOW));
        assertEquals(Duration.ofDays(365), RetryAfter.parse("99999999999999999999999", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse(" ", NOW));
        assertNull(RetryAfter.parse(null, NOW));
    }
}
