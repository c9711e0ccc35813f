package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthStateTest {

    // A5
    @Test
    void hasAtLeast128BitsAndIsFreshEveryTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            OAuthState s = OAuthState.generate();
            assertTrue(Base64.getUrlDecoder().decode(s.value()).length * 8 >= 128);
            assertTrue(s.value().matches("[A-Za-z0-9_-]+"), "URL-safe without escaping");
            assertTrue(seen.add(s.value()));
        }
    }

    // A5
    @Test
    void matchesOnlyTheExactValue() {
        OAuthState s = OAuthState.generate();
        assertTrue(s.matches(s.value()));
        assertFalse(s.matches(null));
        assertFalse(s.matches(""));
        assertFalse(s.matches(s.value().substring(1)));
        assertFalse(s.matches(s.value() + "x"));
        assertFalse(s.matches(s.value().toUpperCase()));
        assertFalse(s.matches(OAuthState.generate().value()), "another attempt's state is rejected");
    }

    // F37
    @Test
    void toStringHidesTheValue() {
        OAuthState s = OAuthState.generate();
        assertFalse(s.toString().contains(s.value()));
        assertEquals(43, s.value().length());
    }
}
