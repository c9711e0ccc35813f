package io.pindesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RepeatedTest {

    @Test
    void equalValuesComeBackAsOneInstance() {
        String a = new String("1120000000000000");
        String b = new String("1120000000000000");
        assertSame(Repeated.string(a), Repeated.string(b));
        assertEquals("1120000000000000", Repeated.string(b));
        assertNull(Repeated.string(null));
        assertSame(Repeated.integer(Integer.valueOf(new String("1000"))), Repeated.integer(1000));
        Integer big = 1_000_000;
        assertSame(big, Repeated.integer(big), "beyond the shared range, as given");
        assertNull(Repeated.integer(null));
        assertEquals(-5, Repeated.integer(-5));
    }
}
