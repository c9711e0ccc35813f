package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PkceTest {

    // B13: RFC 7636 Appendix B
    @Test
    void reproducesTheRfc7636AppendixBVector() {
        int[] octets = {116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
                240, 91, 88, 5, 88, 83, 132, 141, 121};
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) octets[i];
        }
        // the generator's construction from those 32 octets
        Pkce fromOctets = Pkce.generate(new FixedRandom(bytes));
        assertEquals("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", fromOctets.verifier());
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", fromOctets.challenge());
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").challenge());
        assertEquals("S256", fromOctets.method());
    }

    // B14
    @Test
    void verifiersAreUnreservedFortyThreeToOneTwentyEightAndFresh() {
        Pattern unreserved = Pattern.compile("^[A-Za-z0-9\\-._~]{43,128}$");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Pkce p = Pkce.generate();
            assertTrue(unreserved.matcher(p.verifier()).matches(), p.verifier().length() + " chars");
            assertFalse(p.challenge().contains("=") || p.challenge().contains("+") || p.challenge().contains("/"));
            assertEquals(43, p.challenge().length());
            assertTrue(seen.add(p.verifier()), "verifiers must differ on every attempt");
        }
        // 32 random octets = 256 bits (RFC 7636 §7.1)
        assertEquals(32, Base64.getUrlDecoder().decode(Pkce.generate().verifier()).length);
    }

    // B14
    @Test
    void rejectsVerifiersOutsideTheGrammarAndMismatchedChallenges() {
        assertThrows(IllegalArgumentException.class, () -> Pkce.fromVerifier("short"));
        assertThrows(IllegalArgumentException.class, () -> Pkce.fromVerifier("a".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> Pkce.fromVerifier("a".repeat(42) + "+"));
        Pkce.fromVerifier("a".repeat(128));
        assertThrows(IllegalArgumentException.class,
                () -> new Pkce("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    // B14: there is no code path that emits "plain"
    @Test
    void hasNoPlainMethod() {
        for (Method m : Pkce.class.getDeclaredMethods()) {
            assertFalse(m.getName().toLowerCase().contains("plain"), m.getName());
        }
        assertEquals("S256", Pkce.METHOD);
    }

    // F37
    @Test
    void toStringHidesTheVerifier() {
        Pkce p = Pkce.generate();
        assertFalse(p.toString().contains(p.verifier()));
        assertNotEquals(p.verifier(), p.challenge());
    }

    /** Hands out fixed bytes, to replay the RFC's octets through the real generator. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void nextBytes(byte[] out) {
            assertEquals(bytes.length, out.length);
            System.arraycopy(bytes, 0, out, 0, out.length);
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
