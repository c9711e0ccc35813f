package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionTokenStoreTest {

    @Test
    void roundTripsTokensAndAppSecretsPerKeyAndDeletesIdempotently() {
        SessionTokenStore s = new SessionTokenStore();
        assertTrue(s.load("a").isNotFound());
        StoredTokens t = new StoredTokens("pina_1", "pinr_1", 5, null, "pins:read");
        assertTrue(s.save("a", t).isOk());
        assertEquals(t, s.load("a").value());
        assertTrue(s.load("b").isNotFound());
        assertTrue(s.saveAppSecret("app-1", " secret ").isOk());
        assertEquals("secret", s.loadAppSecret("app-1").value());
        assertTrue(s.load("app-1").isNotFound(), "app secrets and tokens are separate items");
        assertTrue(s.delete("a").isOk());
        assertTrue(s.delete("a").isOk(), "already gone counts as success");
        assertTrue(s.deleteAppSecret("app-1").isOk());
        assertTrue(s.loadAppSecret("app-1").isNotFound());
        assertFalse(s.persistent());
    }

    @Test
    void rejectsKeysThatCannotBeKeychainNames() {
        SessionTokenStore s = new SessionTokenStore();
        for (String bad : new String[] {"", "with space", "ümlaut", "x".repeat(201), null}) {
            StoreResult<Void> r = s.save(bad, new StoredTokens("pina_1", null, 1, null, ""));
            assertTrue(r.isFailed());
            assertEquals(StoreProblem.Kind.INVALID_KEY, r.problem().kind());
        }
        assertTrue(s.saveAppSecret("app", " ").isFailed());
    }

    @Test
    void toStringOfResultsNeverShowsValues() {
        SessionTokenStore s = new SessionTokenStore();
        s.saveAppSecret("app", "CANARY_SECRET");
        assertFalse(s.loadAppSecret("app").toString().contains("CANARY"));
        assertFalse(s.toString().contains("CANARY"));
    }
}
