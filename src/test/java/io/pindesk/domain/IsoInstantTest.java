package io.pindesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read shape gives what Instant.parse gives, and everything else is Instant.parse's to accept or refuse. */
class IsoInstantTest {

    @Test
    void agreesWithInstantParseOnEdgesAndNearMisses() {
        for (String text : List.of("2026-01-05T07:19:00Z", "2026-01-05T07:19:00.1Z", "2026-01-05T07:19:00.123456789Z",
                "2026-01-05T07:19:00.1234567890Z", "2026-01-05T07:19:00.Z", "2026-01-05T07:19:00+01:00",
                "2026-01-05T07:19:00-05:30", "2026-01-05T07:19:00+18:00", "2026-01-05T07:19:00+19:00",
                "2026-01-05T07:19:00+01:00:30", "2026-01-05T07:19:00", "2026-01-05T07:19Z", "2026-02-29T00:00:00Z",
                "2024-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-05T24:00:00Z", "2026-01-05T23:59:60Z",
                "2026-01-05t07:19:00Z", "2026-01-05T07:19:00z", "+12026-01-05T07:19:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z", "2026-01-05T07:19:00ZZ", "2026-1-05T07:19:00Z", "２０２６-01-05T07:19:00Z",
                "2026-01-05T07:19:00.12a3Z", "")) {
            assertSame(text);
        }
    }

    @Test
    void agreesWithInstantParseOnRandomInstantsAndMutations() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            String text = instant.toString();
            assertSame(text);
            char[] mutated = text.toCharArray();
            mutated[random.nextInt(mutated.length)] = "0189:-T.Z+x".charAt(random.nextInt(11));
            assertSame(new String(mutated));
        }
    }

    private static void assertSame(String text) {
        assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> IsoInstant.parse(text)), text);
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
