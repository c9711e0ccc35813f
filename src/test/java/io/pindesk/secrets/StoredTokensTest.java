package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTokensTest {

    /** Every OAuth scope in the Pinterest v5 spec: the longest scope string a grant can carry. */
    static final List<String> ALL_SCOPES = List.of("ads:read", "ads:write", "billing:read", "billing:write", "biz_access:read",
            "biz_access:write", "boards:read", "boards:read_secret", "boards:write", "boards:write_secret", "catalogs:read",
            "catalogs:write", "pins:read", "pins:read_secret", "pins:write", "pins:write_secret", "user_accounts:read",
            "user_accounts:write");

    /**
     * Pinterest's tokens are ~100 ASCII characters ({@code pina_…}/{@code pinr_…}, base32-ish). 300 characters
     * of token-alphabet per token is three times that, as a realistic worst case.
     */
    static String token(String prefix, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // E35
    @Test
    void theItemStaysUnder1200CharactersForMaximumLengthRealisticTokens() {
        StoredTokens t = new StoredTokens(token("pina_", 300), token("pinr_", 300), 4_102_444_800L, 4_102_444_800L,
                String.join(" ", ALL_SCOPES));
        String json = t.toJson();
        System.out.println("serialized token item: " + json.length() + " chars (limit " + StoredTokens.MAX_SERIALIZED_CHARS + ")");
        assertTrue(json.length() < 1200, json.length() + " chars");
        assertFalse(json.contains("\n") || json.contains("  "), "compact");
        assertEquals(t, StoredTokens.fromJson(json));
    }

    @Test
    void roundTripsAndKeepsTheShortFormat() {
        StoredTokens t = new StoredTokens("pina_a", null, 10, null, "pins:read boards:read");
        String json = t.toJson();
        assertTrue(json.startsWith("{\"v\":1,\"at\":\"pina_a\""), json);
        assertFalse(json.contains("rt"), "no refresh token, no member");
        StoredTokens back = StoredTokens.fromJson(json);
        assertNull(back.refreshToken());
        assertEquals(List.of("pins:read", "boards:read"), List.copyOf(back.scopes()));
    }

    @Test
    void neverHoldsAnEmptyRefreshToken() {
        assertNull(new StoredTokens("pina_a", "  ", 1, null, null).refreshToken());
        assertThrows(IllegalArgumentException.class, () -> new StoredTokens(" ", "pinr", 1, null, null));
    }

    @Test
    void rejectsDamagedItemsWithoutEchoingThem() {
        for (String bad : List.of("pina_SECRET", "{\"v\":2,\"at\":\"pina_SECRET\"}", "{\"v\":1}", "{\"v\":1,\"at\":\"pina_SECRET\"", "null")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredTokens.fromJson(bad), bad);
            assertFalse(e.getMessage().contains("SECRET"));
        }
    }

    // F37
    @Test
    void toStringMasksBothTokens() {
        String s = new StoredTokens("pina_CANARY1", "pinr_CANARY2", 1, 2L, "pins:read").toString();
        assertFalse(s.contains("CANARY"), s);
        assertTrue(s.contains("pins:read"));
    }
}
